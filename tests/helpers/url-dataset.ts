/** The small dataset of the URL sync and view tests (src/url): three events and a two-step story. */
import type { EventId } from '../../src/domain/types';
import { knownIdsOf } from '../../src/url/url-codec';
import { makeDataset, makeEvent } from './builders';

export const dataset = makeDataset({
  events: [
    makeEvent({ id: '2022-02-24-invasion', date: '2022-02-24', actors: ['russia', 'ukraine'] }),
    makeEvent({ id: '2022-03-18-xi-biden', date: '2022-03-18' }),
    makeEvent({ id: '2022-09-15-samarkand', date: '2022-09-15', actors: ['china', 'russia'] }),
  ],
  stories: [
    {
      id: 'tour',
      title: 'A tour',
      steps: [
        { title: 'One', narration: 'First.' },
        { title: 'Two', narration: 'Second.' },
      ],
    },
  ],
});
export const known = knownIdsOf(dataset, ['en', 'fr']);
export const invasion = '2022-02-24-invasion' as EventId;
export const samarkand = '2022-09-15-samarkand' as EventId;
