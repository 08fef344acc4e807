import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ExploreBar } from './ExploreBar';
import { ListView } from './ListView';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeActor, makeDataset, makeEvent } from '../../../tests/helpers/builders';

const dataset = makeDataset({
  actors: [
    makeActor({ id: 'china', name: 'China' }),
    makeActor({ id: 'russia', name: 'Russia' }),
    makeActor({ id: 'xi', name: 'Xi Jinping', kind: 'person', memberOf: 'china' }),
  ],
  events: [
    makeEvent({
      id: 'summit',
      date: '2022-09-15',
      actors: ['xi', 'russia'],
      kind: 'meeting',
      title: 'Summit at Samarkand',
    }),
    makeEvent({
      id: 'vote1',
      date: '2022-03-02',
      actors: ['china'],
      kind: 'vote',
      title: 'General Assembly vote',
    }),
    makeEvent({
      id: 'vote2',
      date: '2022-10-12',
      actors: ['russia'],
      kind: 'vote',
      title: 'Annexation vote',
    }),
  ],
});

function renderBar() {
  return renderWithStore(
    <>
      <ExploreBar />
      <ListView />
    </>,
    { dataset },
  );
}

describe('ExploreBar and ListView', () => {
  it('lists the events by month and says how many are shown', () => {
    renderBar();
    expect(screen.getByText('3 of 3 events')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'March 2022',
      'September 2022',
      'October 2022',
    ]);
  });

  it('filters by kind with counts, and clears all', async () => {
    const { user } = renderBar();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const kinds = screen.getByRole('group', { name: 'Kinds of event' });
    expect(within(kinds).getByLabelText('UN vote (2)')).not.toBeChecked();
    expect(within(kinds).getByLabelText('Visit (0)')).toBeDisabled();
    await user.click(within(kinds).getByLabelText('UN vote (2)'));
    expect(screen.getByText('2 of 3 events')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(within(actors).getByLabelText('China (1)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByText('3 of 3 events')).toBeInTheDocument();
  });

  it('searches with typos, lists ranked matches with highlights, and selects one', async () => {
    const { user, store } = renderBar();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'samarkan');
    const results = screen.getByRole('list', { name: 'Best matches' });
    const first = within(results).getAllByRole('button')[0]!;
    expect(first).toHaveTextContent('Summit at Samarkand');
    expect(within(first).getByText('Samarkand').tagName).toBe('MARK');
    expect(screen.getByText('1 of 3 events')).toBeInTheDocument();
    await user.click(first);
    expect(store.getState().selectedEventId).toBe('summit');
  });

  it('counts and lists only the matches the filters let through, best first', async () => {
    const { user } = renderBar();
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    await user.type(box, 'vote');
    expect(screen.getAllByText('2 matching events')[0]).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Actors' })).getByLabelText(/^Russia/),
    );
    await user.click(box);
    const results = screen.getByRole('list', { name: 'Best matches' });
    expect(
      within(results)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('Annexation vote')]);
    expect(screen.getAllByText('1 matching event')[0]).toBeInTheDocument();
  });

  it('marks the selected entry in the list', async () => {
    const { user } = renderBar();
    const entry = screen.getByRole('button', { name: /Annexation vote/ });
    await user.click(entry);
    expect(entry).toHaveAttribute('aria-current', 'true');
  });
});
