import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { EventPanel } from './EventPanel';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import userEvent from '@testing-library/user-event';
import {
  makeActor,
  makeDataset,
  makeDocument,
  makeEvent,
  makeReaction,
  makeSource,
} from '../../../tests/helpers/builders';
import type { EventId, ParleyEvent, Quote } from '../../domain/types';

const xi = makeActor({ id: 'xi', name: 'Xi Jinping', kind: 'person', memberOf: 'china' });
const china = makeActor({ id: 'china', name: 'China' });
const russia = makeActor({ id: 'russia', name: 'Russia' });
const visit: ParleyEvent = {
  ...makeEvent({
    id: 'visit',
    date: '2023-03-20',
    endDate: '2023-03-22',
    actors: ['xi', 'russia'],
  }),
  title: 'Xi visits Moscow',
  kind: 'visit',
  location: 'Moscow, Russia',
  disputed: 'Reports differ on the length of the talks.',
  quotes: [
    { text: 'A verbatim line.', speaker: 'xi', source: 'src-a', date: '2023-03-21' } as Quote,
  ],
  related: ['announce' as never],
  sources: ['src-a' as never, 'src-b' as never],
};
const announce = { ...makeEvent({ id: 'announce', date: '2023-03-17' }), title: 'Visit announced' };
const dataset = makeDataset({
  events: [visit, announce],
  actors: [china, russia, xi],
  sources: [
    makeSource({
      id: 'src-a',
      publisher: 'Xinhua',
      title: 'Talks held',
      url: 'https://example.org/a',
    }),
    makeSource({ id: 'src-b', publisher: 'Kremlin', title: 'Press statement' }),
  ],
});

function renderPanel(event: ParleyEvent = visit, lang = 'en') {
  const onSelectEvent = vi.fn();
  const onSelectActor = vi.fn();
  const onOpenDocument = vi.fn();
  const r = renderWithStore(
    <EventPanel
      event={event}
      dataset={dataset}
      onSelectEvent={onSelectEvent}
      onSelectActor={onSelectActor}
      onOpenDocument={onOpenDocument}
    />,
    { dataset, initial: { lang } },
  );
  return { ...r, onSelectEvent, onSelectActor, onOpenDocument };
}

describe('EventPanel', () => {
  it('shows the title, the date range, the kind, the place and the summary', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'Xi visits Moscow' })).toBeInTheDocument();
    expect(screen.getByText(/^20\s*–\s*22 March 2023$/)).toBeInTheDocument();
    expect(screen.getByText('Visit')).toBeInTheDocument();
    expect(screen.getByText('Moscow, Russia')).toBeInTheDocument();
    expect(screen.getByText(/Reports differ/)).toBeInTheDocument();
  });

  it('lists the actors with their role, and opens an actor', async () => {
    const { user, onSelectActor } = renderPanel();
    const button = screen.getByRole('button', { name: /Xi Jinping \(participant\)/ });
    await user.click(button);
    expect(onSelectActor).toHaveBeenCalledWith('xi');
  });

  it('shows quotes with their speaker and date', () => {
    renderPanel();
    const quote = screen.getByRole('figure');
    expect(within(quote).getByText('A verbatim line.')).toBeInTheDocument();
    expect(within(quote).getByText(/Xi Jinping/)).toBeInTheDocument();
    expect(within(quote).getByText('21 March 2023')).toBeInTheDocument();
  });

  it('links a source only where its address is known', () => {
    renderPanel();
    expect(screen.getByRole('link', { name: 'Talks held' })).toHaveAttribute(
      'href',
      'https://example.org/a',
    );
    expect(screen.queryByRole('link', { name: 'Press statement' })).toBeNull();
    expect(screen.getByText('Press statement')).toBeInTheDocument();
  });

  it('selects a related event', async () => {
    const { user, onSelectEvent } = renderPanel();
    await user.click(screen.getByRole('button', { name: /Visit announced/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('announce');
  });

  it('shows a vote with its counts and how each actor voted', () => {
    const vote = {
      ...makeEvent({
        id: 'ga',
        date: '2022-03-02',
        vote: { body: 'UNGA', votes: { china: 'abstain', russia: 'no' } },
      }),
    };
    renderPanel({
      ...vote,
      vote: { ...vote.vote!, document: 'A/RES/ES-11/1', yes: 141, no: 5, abstain: 35 },
    });
    expect(screen.getByText(/A\/RES\/ES-11\/1/)).toBeInTheDocument();
    expect(screen.getByText('141')).toBeInTheDocument();
    const byActor = screen.getByRole('list', { name: 'How each actor voted' });
    expect(within(byActor).getByText('China').nextElementSibling).toHaveTextContent('Abstained');
    expect(within(byActor).getByText('Russia').nextElementSibling).toHaveTextContent('Against');
  });
});

describe('EventPanel links to documents', () => {
  const paper = {
    ...makeDocument({
      id: 'doc-paper',
      reactions: [
        makeReaction({ actor: 'russia', response: 'welcomed', event: 'ev-moscow' }),
        makeReaction({ actor: 'russia', response: 'noted', event: 'ev-moscow', points: [2] }),
      ],
    }),
    shortTitle: "China's 12-point position paper",
    event: 'ev-paper' as EventId,
  };
  const docsData = makeDataset({
    actors: [china, russia],
    events: [
      makeEvent({ id: 'ev-paper', date: '2023-02-24', title: 'China publishes its paper' }),
      makeEvent({ id: 'ev-moscow', date: '2023-02-24', title: 'Moscow welcomes the paper' }),
      makeEvent({ id: 'ev-other', date: '2023-02-25', title: 'Unrelated' }),
    ],
    documents: [paper],
  });

  function renderEvent(id: string) {
    const onOpenDocument = vi.fn();
    renderWithStore(
      <EventPanel
        event={docsData.eventsById.get(id as EventId)!}
        dataset={docsData}
        onSelectEvent={vi.fn()}
        onSelectActor={vi.fn()}
        onOpenDocument={onOpenDocument}
      />,
      { dataset: docsData },
    );
    return onOpenDocument;
  }

  it('opens the document issued at the event', async () => {
    const onOpenDocument = renderEvent('ev-paper');
    await userEvent.click(
      screen.getByRole('button', { name: "Open the document: China's 12-point position paper" }),
    );
    expect(onOpenDocument).toHaveBeenCalledWith('doc-paper');
  });

  it('names each reaction recorded at the event and opens its document', async () => {
    const onOpenDocument = renderEvent('ev-moscow');
    const items = screen.getByRole('heading', { name: 'Documents' }).nextElementSibling!;
    expect([...items.children].map((li) => li.textContent)).toEqual([
      "Russia✓WelcomedReaction to China's 12-point position paper",
      "RussiaiNotedReaction to China's 12-point position paper",
    ]);
    await userEvent.click(screen.getAllByRole('button', { name: /^Reaction to/ })[0]!);
    expect(onOpenDocument).toHaveBeenCalledWith('doc-paper');
  });

  it('shows no document section for other events', () => {
    renderEvent('ev-other');
    expect(screen.queryByRole('heading', { name: 'Documents' })).toBeNull();
  });
});

describe('EventPanel in French', () => {
  const invasion: ParleyEvent = { ...visit, date: '2022-02-24', endDate: undefined };

  it('shows the interface in French and the date in French', () => {
    const { container } = renderPanel(invasion, 'fr');
    expect(container.querySelector('.panel-kicker time')).toHaveTextContent(/^24 février 2022$/);
    expect(screen.getByText('Visite')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Qui' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Ce qui a été dit' })).toBeInTheDocument();
  });

  it('marks the dataset’s English words as English, and only when the interface is not', () => {
    renderPanel(invasion, 'fr');
    expect(screen.getByRole('heading', { level: 2, name: 'Xi visits Moscow' })).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getByText('A verbatim line.').closest('blockquote')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('adds no lang attribute in English', () => {
    const { container } = renderPanel(invasion, 'en');
    expect(container.querySelector('.panel-kicker time')).toHaveTextContent(/^24 February 2022$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Xi visits Moscow' })).not.toHaveAttribute(
      'lang',
    );
  });
});
