import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { StanceMatrix } from './StanceMatrix';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import {
  day,
  makeActor,
  makeDataset,
  makeEvent,
  makePosition,
  makeTopic,
} from '../../../tests/helpers/builders';

const dataset = makeDataset({
  actors: [
    makeActor({ id: 'china', name: 'China' }),
    makeActor({ id: 'russia', name: 'Russia' }),
    makeActor({ id: 'xi', name: 'Xi Jinping', kind: 'person', memberOf: 'china' }),
    makeActor({ id: 'atlantis', name: 'Atlantis' }),
  ],
  topics: [
    makeTopic({ id: 'sanctions', title: 'Sanctions' }),
    makeTopic({ id: 'talks', title: 'Ceasefire and talks' }),
  ],
  events: [
    makeEvent({ id: 'ev-march', date: '2022-03-01', title: 'China criticises sanctions' }),
    makeEvent({ id: 'ev-october', date: '2022-10-01', title: 'China hedges on sanctions' }),
    makeEvent({ id: 'ev-talks', date: '2022-05-01', title: 'Russia calls for talks' }),
  ],
  positions: [
    makePosition({
      actor: 'china',
      topic: 'sanctions',
      date: '2022-03-01',
      stance: 'opposes',
      events: ['ev-march'],
      summary: 'Opposes unilateral sanctions.',
    }),
    makePosition({
      actor: 'china',
      topic: 'sanctions',
      date: '2022-10-01',
      stance: 'ambivalent',
      events: ['ev-october'],
    }),
    makePosition({ actor: 'russia', topic: 'talks', date: '2022-05-01', events: ['ev-talks'] }),
  ],
});

function renderMatrix(asOf = '2022-06-01') {
  return renderWithStore(<StanceMatrix />, { dataset, initial: { asOf: day(asOf) } });
}

/** The cell of `actor`'s row under `topic`'s column, found through the table's headers. */
function cell(actor: string, topic: string): HTMLElement {
  const table = screen.getByRole('table');
  const columns = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const row = within(table).getByRole('rowheader', { name: actor }).closest('tr')!;
  // Cells follow the row header, so the topic's column index counts the "Actor" column.
  return within(row).getAllByRole('cell')[columns.indexOf(topic) - 1]!;
}

describe('StanceMatrix', () => {
  it('is a table with a caption, topics as column headers and actors as row headers', () => {
    renderMatrix();
    const table = screen.getByRole('table', { name: /stance of each actor.*as of 1 June 2022/i });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Actor', 'Sanctions', 'Ceasefire and talks']);
    // People and actors with no position are left out; the most recorded actor leads.
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['China', 'Russia']);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Positions as of 1 June 2022',
    );
  });

  it('shows each stance in words, with since when, and says where nothing is recorded', () => {
    renderMatrix();
    expect(cell('China', 'Sanctions')).toHaveTextContent('Opposes');
    expect(cell('China', 'Sanctions')).toHaveTextContent('since 1 Mar 2022');
    expect(within(cell('China', 'Sanctions')).getByRole('button')).toHaveAccessibleDescription(
      'Opposes unilateral sanctions.',
    );
    expect(cell('Russia', 'Ceasefire and talks')).toHaveTextContent('Supports');
    expect(cell('China', 'Ceasefire and talks')).toHaveTextContent('No recorded position');
    expect(within(cell('China', 'Ceasefire and talks')).queryByRole('button')).toBeNull();
  });

  it('reads the stances at the date typed into the "as of" field', () => {
    const { store } = renderMatrix();
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2022-11-15' } });
    expect(store.getState().asOf).toBe(day('2022-11-15'));
    expect(cell('China', 'Sanctions')).toHaveTextContent('Ambivalent');
    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2022-02-01' } });
    expect(cell('China', 'Sanctions')).toHaveTextContent('No recorded position');
    expect(cell('Russia', 'Ceasefire and talks')).toHaveTextContent('No recorded position');
  });

  it('opens the evidence of a cell on the timeline', async () => {
    const { store, user } = renderMatrix();
    await user.click(within(cell('China', 'Sanctions')).getByRole('button'));
    const s = store.getState();
    expect(s.selectedEventId).toBe('ev-march');
    expect(s.panel).toBe('event');
    expect(s.view).toBe('timeline');
  });

  it('lets the reader choose actors and topics, kept in the store', async () => {
    const { store, user } = renderMatrix();
    await user.click(screen.getByText('Choose actors and topics'));
    await user.click(screen.getByRole('checkbox', { name: 'Russia' }));
    expect(store.getState().matrix.actors).toEqual(['china']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['China']);
    // The last actor shown cannot be removed.
    expect(screen.getByRole('checkbox', { name: 'China' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Sanctions' }));
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Actor',
      'Ceasefire and talks',
    ]);
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(store.getState().matrix).toEqual({ actors: [], topics: [] });
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
  });

  it('switches between a pinned day and following the timeline', async () => {
    const { store, user } = renderMatrix();
    const follow = screen.getByRole('button', { name: 'Follow the timeline' });
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    await user.click(follow);
    expect(store.getState().asOf).toBeNull();
    expect(follow).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/Following the timeline/)).toBeInTheDocument();
  });

  it('has a legend that names every stance', () => {
    renderMatrix();
    const legend = screen.getByRole('list', { name: 'Key to the stances' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Supports'),
      expect.stringContaining('Opposes'),
      expect.stringContaining('Ambivalent'),
      expect.stringContaining('Abstains'),
      expect.stringContaining('No position'),
      expect.stringContaining('No recorded position'),
    ]);
  });
});
