import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { VotesView } from './VotesView';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeActor, makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { ActorId, ParleyEvent } from '../../domain/types';

const veto = makeEvent({
  id: 'ev-veto',
  date: '2022-02-25',
  title: 'Russia vetoes a draft',
  vote: { body: 'UNSC', adopted: false, votes: { china: 'abstain', russia: 'no', usa: 'yes' } },
});
const events: ParleyEvent[] = [
  { ...veto, vote: { ...veto.vote!, vetoedBy: ['russia' as ActorId], document: 'S/2022/155' } },
  makeEvent({
    id: 'ev-deplores',
    date: '2022-03-02',
    title: 'Assembly deplores the aggression',
    vote: { votes: { china: 'abstain', russia: 'no', india: 'abstain' } },
  }),
  makeEvent({
    id: 'ev-reparations',
    date: '2022-11-14',
    title: 'Assembly backs a reparations register',
    vote: { votes: { china: 'no', russia: 'no', usa: 'yes', india: 'absent' } },
  }),
];
const dataset = makeDataset({
  actors: [
    makeActor({ id: 'china', name: 'China' }),
    makeActor({ id: 'russia', name: 'Russia' }),
    { ...makeActor({ id: 'usa', name: 'United States' }), shortName: 'US' },
    makeActor({ id: 'india', name: 'India' }),
  ],
  events,
});

function renderVotes() {
  return renderWithStore(<VotesView />, { dataset });
}

/** The cells of a vote's row, by column header. */
function rowCells(title: string): Record<string, string> {
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(title) })
    .closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  return Object.fromEntries(cells.map((c, i) => [headers[i + 1]!, c.textContent]));
}

describe('VotesView', () => {
  it('is a table of every vote, with a column per tracked actor', () => {
    renderVotes();
    const table = screen.getByRole('table', { name: /3 UN votes/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Vote',
      'Body and document',
      'In favour–against–abstained',
      'China',
      'Russia',
      'US',
      'India',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      '25 Feb 2022Russia vetoes a draft',
      '2 Mar 2022Assembly deplores the aggression',
      '14 Nov 2022Assembly backs a reparations register',
      'Pattern',
    ]);
  });

  it('shows the body, document, result and outcome, and each vote in words and letters', () => {
    renderVotes();
    const veto = rowCells('Russia vetoes');
    expect(veto['Body and document']).toBe('Security CouncilS/2022/155');
    expect(veto['In favour–against–abstained']).toBe('1–1–1Vetoed by Russia');
    expect(veto.China).toBe('AAbstained');
    expect(veto.Russia).toBe('NAgainst');
    expect(veto.US).toBe('YIn favour');
    expect(veto.India).toBe('·No recorded vote');
    expect(rowCells('reparations').India).toBe('—Did not vote');
    expect(rowCells('deplores')['In favour–against–abstained']).toMatch(/Adopted$/);
  });

  it("puts China's pattern first, in words, and each actor's counts under its column", () => {
    renderVotes();
    expect(screen.getByRole('heading', { name: 'China’s pattern' })).toBeInTheDocument();
    expect(screen.getByText(/2 abstentions, 1 against\./)).toBeInTheDocument();
    const pattern = screen.getByRole('rowheader', { name: 'Pattern' }).closest('tr')!;
    expect(within(pattern).getAllByRole('cell')[1]).toHaveTextContent('2 abstentions, 1 against');
  });

  it('selects the event of a vote', async () => {
    const { store, user } = renderVotes();
    await user.click(screen.getByRole('button', { name: 'Assembly deplores the aggression' }));
    expect(store.getState().selectedEventId).toBe('ev-deplores');
  });

  it('explains the letters in a legend', () => {
    renderVotes();
    const legend = screen.getByRole('list', { name: 'Key to the votes' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'YIn favour',
      'NAgainst',
      'AAbstained',
      '—Did not vote',
      '·No recorded vote',
      '∅Not a member of the body that day',
    ]);
  });

  it('tells "not a member" from "no recorded vote" where the membership is known', () => {
    const seated = ['china', 'russia', 'usa'].map((a) => ({ name: a, actor: a as ActorId }));
    const memberships = [
      {
        body: 'UNSC' as const,
        startDay: '2022-01-01',
        endDay: '2022-12-31',
        start: Date.UTC(2022, 0, 1),
        end: Date.UTC(2023, 0, 1),
        members: seated,
        sources: [],
      },
    ];
    renderWithStore(<VotesView />, { dataset: { ...dataset, memberships } });
    expect(rowCells('Russia vetoes').India).toBe('∅Not a member of the body that day');
    expect(rowCells('deplores').US).toBe('·No recorded vote');
  });
});
