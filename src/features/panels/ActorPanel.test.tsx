import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { ActorPanel } from './ActorPanel';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import {
  day,
  makeActor,
  makeDataset,
  makeEvent,
  makePosition,
  makeSource,
  makeTopic,
} from '../../../tests/helpers/builders';
import type { ActorId, EventId, SourceId } from '../../domain/types';

const china = { ...makeActor({ id: 'china', name: 'China' }), description: 'A permanent member.' };
const xi = {
  ...makeActor({ id: 'xi', name: 'Xi Jinping', kind: 'person', memberOf: 'china' }),
  title: 'President of China',
};
const russia = makeActor({ id: 'russia', name: 'Russia' });
const dataset = makeDataset({
  actors: [china, russia, xi],
  events: [
    { ...makeEvent({ id: 'call', date: '2022-02-25', actors: ['xi', 'russia'] }), title: 'A call' },
    { ...makeEvent({ id: 'vote', date: '2022-03-02', actors: ['china'] }), title: 'A vote' },
    { ...makeEvent({ id: 'other', date: '2022-04-01', actors: ['russia'] }), title: 'Elsewhere' },
  ],
});

function renderPanel(actor = china) {
  const onSelectEvent = vi.fn();
  const onSelectActor = vi.fn();
  const r = renderWithStore(
    <ActorPanel
      actor={actor}
      dataset={dataset}
      onSelectEvent={onSelectEvent}
      onSelectActor={onSelectActor}
    />,
    { dataset },
  );
  return { ...r, onSelectEvent, onSelectActor };
}

describe('ActorPanel', () => {
  it('shows the name, kind and description', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'China' })).toBeInTheDocument();
    expect(screen.getByText('State')).toBeInTheDocument();
    expect(screen.getByText('A permanent member.')).toBeInTheDocument();
  });

  it("lists the events of a state, including its people's, and selects one", async () => {
    const { user, onSelectEvent } = renderPanel();
    expect(screen.getByRole('heading', { name: 'Events (2)' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Events (2)' })
      .nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('A call'), expect.stringContaining('A vote')]);
    await user.click(within(list).getByRole('button', { name: /A vote/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('vote');
  });

  it('links a person to the state they speak for, and a state to its people', async () => {
    const { user, onSelectActor, unmount } = renderPanel(xi);
    expect(screen.getByText('President of China')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'China' }));
    expect(onSelectActor).toHaveBeenCalledWith('china');
    unmount();
    const second = renderPanel(china);
    await second.user.click(screen.getByRole('button', { name: 'Xi Jinping' }));
    expect(second.onSelectActor).toHaveBeenCalledWith('xi');
  });
});

describe('ActorPanel positions', () => {
  const positionsData = makeDataset({
    actors: [china, russia, xi],
    topics: [
      makeTopic({ id: 'sanctions', title: 'Sanctions' }),
      makeTopic({ id: 'talks', title: 'Ceasefire and talks' }),
      makeTopic({ id: 'nuclear', title: 'Nuclear risk' }),
    ],
    sources: [makeSource({ id: 'src-test' }), makeSource({ id: 'src-q', publisher: 'Xinhua' })],
    events: [
      { ...makeEvent({ id: 'ev-feb', date: '2022-02-23' }), title: 'Sanctions criticised' },
      { ...makeEvent({ id: 'ev-sep', date: '2022-09-05' }), title: 'Oil price cap questioned' },
      { ...makeEvent({ id: 'ev-talks', date: '2022-09-21' }), title: 'Call for talks' },
    ],
    positions: [
      {
        ...makePosition({
          actor: 'china',
          topic: 'sanctions',
          date: '2022-02-23',
          stance: 'opposes',
          events: ['ev-feb'],
          summary: 'Opposes unilateral sanctions.',
        }),
        evidence: {
          events: ['ev-feb' as EventId],
          quote: {
            text: 'Sanctions never work.',
            speaker: 'xi' as ActorId,
            source: 'src-q' as SourceId,
          },
        },
      },
      makePosition({
        actor: 'china',
        topic: 'sanctions',
        date: '2022-09-05',
        stance: 'opposes',
        events: ['ev-sep'],
      }),
      makePosition({ actor: 'china', topic: 'talks', date: '2022-09-21', events: ['ev-talks'] }),
    ],
  });

  function renderPositions(actor = china) {
    const onSelectEvent = vi.fn();
    const onSelectActor = vi.fn();
    const r = renderWithStore(
      <ActorPanel
        actor={actor}
        dataset={positionsData}
        onSelectEvent={onSelectEvent}
        onSelectActor={onSelectActor}
      />,
      { dataset: positionsData, initial: { asOf: day('2022-06-01') } },
    );
    return { ...r, onSelectEvent, onSelectActor };
  }

  function topic(name: string): HTMLElement {
    return screen.getByRole('heading', { level: 4, name }).closest('li')!;
  }

  /** The stance in force, as the line under the topic's heading says it (symbol included). */
  function stanceLine(name: string): string | null | undefined {
    return topic(name).querySelector('.topic-stance')?.textContent;
  }

  it('shows each recorded topic as of the date: stance in words, summary, quote, evidence', async () => {
    const { user, onSelectEvent } = renderPositions();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Positions as of 1 June 2022' }),
    ).toBeInTheDocument();
    const sanctions = topic('Sanctions');
    expect(stanceLine('Sanctions')).toBe('✕Opposessince 23 Feb 2022');
    expect(within(sanctions).getByText('Opposes unilateral sanctions.')).toBeInTheDocument();
    expect(
      within(within(sanctions).getByRole('figure')).getByText('Sanctions never work.'),
    ).toBeInTheDocument();
    await user.click(
      within(sanctions).getByRole('button', { name: /^23 February 2022 Sanctions criticised/ }),
    );
    expect(onSelectEvent).toHaveBeenCalledWith('ev-feb');
  });

  it('says "no recorded position" before the first record, and names topics never recorded', () => {
    renderPositions();
    const talks = topic('Ceasefire and talks');
    expect(stanceLine('Ceasefire and talks')).toBe('—No recorded position');
    expect(
      within(talks).getByText('No recorded position on or before this date.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No recorded position on: Nuclear risk.')).toBeInTheDocument();
  });

  it('has a history per topic: each record selectable, the one in force marked', async () => {
    const { user, onSelectEvent } = renderPositions();
    const history = screen.getByRole('list', { name: 'How the stance on Sanctions was recorded' });
    const entries = within(history).getAllByRole('button');
    expect(entries.map((b) => b.textContent)).toEqual([
      '23 Feb 2022✕Opposes',
      '5 Sept 2022✕Opposes(restated, after the date)',
    ]);
    expect(entries[0]).toHaveAttribute('aria-current', 'true');
    await user.click(entries[1]!);
    expect(onSelectEvent).toHaveBeenCalledWith('ev-sep');
  });

  it('moves with the "as of" date', () => {
    const { store } = renderPositions();
    act(() => store.getState().pinAsOf(day('2022-10-01')));
    expect(stanceLine('Ceasefire and talks')).toBe('✓Supportssince 21 Sept 2022');
    expect(
      within(
        screen.getByRole('list', { name: 'How the stance on Sanctions was recorded' }),
      ).getAllByRole('button')[1],
    ).toHaveAttribute('aria-current', 'true');
  });

  it('shows a person the positions of the state they speak for, saying whose they are', async () => {
    const { user, onSelectActor } = renderPositions(xi);
    expect(
      screen.getByText(/Positions are recorded for the state or body a person speaks for/),
    ).toBeInTheDocument();
    expect(stanceLine('Sanctions')).toBe('✕Opposessince 23 Feb 2022');
    await user.click(
      screen
        .getByText(/Positions are recorded/)
        .closest('p')!
        .querySelector('button')!,
    );
    expect(onSelectActor).toHaveBeenCalledWith('china');
  });

  it('says when an actor has no recorded positions', () => {
    renderPositions(russia);
    expect(screen.getByText('No positions are recorded for this actor.')).toBeInTheDocument();
  });
});
