import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { PositionPaperView } from './PositionPaperView';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import {
  makeActor,
  makeDataset,
  makeDocument,
  makeEvent,
  makeReaction,
} from '../../../tests/helpers/builders';
import type { PolicyDocument } from '../../domain/types';

const paper: PolicyDocument = {
  ...makeDocument({
    id: 'doc-china-position-paper-2023',
    points: 12,
    reactions: [
      makeReaction({ actor: 'ukraine', response: 'qualified', points: [1], event: 'ev-kyiv' }),
      makeReaction({ actor: 'eu', response: 'qualified', points: [6, 8], date: '2023-02-25' }),
      makeReaction({ actor: 'usa', response: 'rejected' }),
      makeReaction({ actor: 'russia', response: 'welcomed', date: '2023-02-27' }),
    ],
  }),
  title: "China's Position on the Political Settlement of the Ukraine Crisis",
  shortTitle: "China's 12-point position paper",
};
const statement: PolicyDocument = {
  ...makeDocument({ id: 'doc-joint-statement', points: 2 }),
  title: 'Joint statement',
  shortTitle: 'The joint statement',
};
const dataset = makeDataset({
  actors: ['ukraine', 'eu', 'usa', 'russia', 'china'].map((id) =>
    makeActor({ id, name: { usa: 'United States', eu: 'European Union' }[id] ?? id }),
  ),
  events: [
    makeEvent({ id: 'ev-document', date: '2023-02-24', title: 'China publishes its paper' }),
    makeEvent({ id: 'ev-kyiv', date: '2023-02-24', title: 'Kyiv responds' }),
  ],
  // The statement comes first: the paper view still opens on the position paper.
  documents: [statement, paper],
});

function renderPaper() {
  return renderWithStore(<PositionPaperView />, { dataset });
}

function point(n: number): HTMLElement {
  const heading = screen.getByRole('heading', { level: 4, name: new RegExp(`^Point ${n}:`) });
  return heading.closest('li')!;
}

describe('PositionPaperView', () => {
  it('shows the position paper by default, with all its points in order', () => {
    renderPaper();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(paper.title);
    expect(screen.getByRole('heading', { level: 3, name: 'The 12 points' })).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent.replace(/^\d+/, '')),
    ).toEqual(Array.from({ length: 12 }, (_, i) => `Point ${i + 1}: Point ${i + 1}`));
    expect(within(point(3)).getByText('Summary of point 3')).toBeInTheDocument();
  });

  it('lists each reaction under the points it addresses, in words', () => {
    renderPaper();
    const one = point(1);
    expect(within(one).getByText('ukraine')).toBeInTheDocument();
    expect(within(one).getByText('Qualified')).toBeInTheDocument();
    expect(within(point(6)).getByText('European Union')).toBeInTheDocument();
    expect(within(point(6)).getByText('Also on points 8')).toBeInTheDocument();
    expect(within(point(8)).getByText('Also on points 6')).toBeInTheDocument();
    expect(within(point(2)).getByText('No recorded reaction to this point.')).toBeInTheDocument();
  });

  it('lists the reactions to the whole document apart, and counts every kind', () => {
    renderPaper();
    const heading = screen.getByRole('heading', { name: 'Reactions to the whole document' });
    const general = heading.nextElementSibling as HTMLElement;
    expect(
      [...general.children].map((li) => li.querySelector('.reaction-actor')?.textContent),
    ).toEqual(['United States', 'russia']);
    expect(within(general).getByText('Rejected')).toBeInTheDocument();
    const glance = screen.getByRole('region', { name: 'Reactions at a glance' });
    expect(within(glance).getByText('4 recorded reactions')).toBeInTheDocument();
    expect(
      within(glance)
        .getAllByRole('listitem')
        .map((li) => li.textContent.replace(/\s+/g, ' ')),
    ).toEqual(['1 ✓Welcomed', '2 ±Qualified', '1 ✕Rejected', '0 iNoted']);
  });

  it("selects a reaction's event and the document's own event", async () => {
    const { store, user } = renderPaper();
    await user.click(within(point(1)).getByRole('button', { name: /Kyiv responds/ }));
    expect(store.getState().selectedEventId).toBe('ev-kyiv');
    await user.click(screen.getAllByRole('button', { name: 'Show the event' })[0]!);
    expect(store.getState().selectedEventId).toBe('ev-document');
  });

  it('switches to another document through the picker, kept in the store', async () => {
    const { store, user } = renderPaper();
    await user.selectOptions(screen.getByLabelText('Document'), 'The joint statement');
    expect(store.getState().documentId).toBe('doc-joint-statement');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Joint statement');
    expect(screen.getByRole('heading', { level: 3, name: 'The 2 points' })).toBeInTheDocument();
    expect(
      screen.getByText('No recorded reaction to the document as a whole.'),
    ).toBeInTheDocument();
  });
});
