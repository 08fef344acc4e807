/** A small dataset for the classroom tests: four events of three kinds, sources, and a story. */
import type { EventId, ParleyEvent, Story } from '../../src/domain/types';
import { day, makeActor, makeDataset, makeEvent, makeSource } from './builders';

const withSources = (e: ParleyEvent, sources: string[], summary: string): ParleyEvent => ({
  ...e,
  summary,
  sources: sources as never,
});

export const classroomEvents = [
  withSources(
    makeEvent({
      id: 'invasion',
      date: '2022-02-24',
      title: 'Russia invades Ukraine',
      kind: 'military',
      actors: ['russia'],
    }),
    ['src-a'],
    'Russian forces crossed the border.',
  ),
  withSources(
    makeEvent({
      id: 'ga-vote',
      date: '2022-03-02',
      title: 'General Assembly deplores the aggression',
      kind: 'vote',
      actors: ['un', 'china'],
    }),
    ['src-b', 'src-c'],
    'Adopted by 141 votes; China abstained.',
  ),
  withSources(
    makeEvent({
      id: 'call',
      date: '2022-03-18',
      title: 'Xi and Biden talk by video',
      kind: 'call',
      actors: ['china', 'usa'],
    }),
    ['src-a'],
    'A two-hour call.',
  ),
  withSources(
    makeEvent({
      id: 'hrc-vote',
      date: '2022-04-07',
      title: 'Russia suspended from the Human Rights Council',
      kind: 'vote',
      actors: ['un'],
    }),
    ['src-b'],
    'China voted against.',
  ),
];

export const classroomStory: Story = {
  id: 'spring',
  title: 'Spring 2022',
  steps: [
    { event: 'invasion' as EventId, title: 'The invasion', narration: 'It begins.' },
    {
      event: 'ga-vote' as EventId,
      window: { start: day('2022-02-25'), end: day('2022-03-10') },
      title: 'At the UN',
      narration: 'China abstains.',
    },
    { event: 'call' as EventId, title: 'A warning', narration: 'Biden warns Xi.' },
  ],
};

export const classroomDataset = makeDataset({
  events: classroomEvents,
  actors: [
    makeActor({ id: 'russia', name: 'Russia' }),
    makeActor({ id: 'un', name: 'United Nations', kind: 'organisation' }),
    makeActor({ id: 'china', name: 'China' }),
    makeActor({ id: 'usa', name: 'United States' }),
  ],
  sources: [
    makeSource({
      id: 'src-a',
      publisher: 'Reuters',
      title: 'Russia attacks',
      date: '2022-02-24',
      url: 'https://example.org/a',
    }),
    makeSource({ id: 'src-b', publisher: 'UN News', title: 'General Assembly votes' }),
    makeSource({ id: 'src-c', publisher: 'Xinhua', title: 'China explains its vote' }),
  ],
  stories: [classroomStory],
});
