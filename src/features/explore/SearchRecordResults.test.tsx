import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SearchBox } from './SearchBox';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeActor, makeDataset, makeDocument, makeEvent } from '../../../tests/helpers/builders';

const paper = {
  ...makeDocument({ id: 'doc-paper' }),
  shortTitle: 'Position paper',
  points: [{ number: 9, title: 'Facilitating grain exports', summary: 'Grain should flow.' }],
};
const dataset = makeDataset({
  actors: [
    makeActor({ id: 'china', name: 'China' }),
    {
      ...makeActor({ id: 'spacety', name: 'Spacety', kind: 'company', memberOf: 'china' }),
      description: 'A satellite company.',
    },
  ],
  events: [{ ...makeEvent({ id: 'grain-deal', date: '2022-07-22' }), title: 'Grain deal signed' }],
  documents: [paper],
});

describe('SearchBox: matches beyond events', () => {
  it('lists events first, then a paper point that opens the paper view at its document', async () => {
    const { user, store } = renderWithStore(<SearchBox />, { dataset });
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'grain');
    const events = screen.getByRole('list', { name: 'Best matches' });
    expect(
      within(events)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringMatching(/^Event .*Grain deal signed$/)]);
    const others = screen.getByRole('list', { name: 'In the paper, stances and actors' });
    const point = within(others).getByRole('button');
    expect(point).toHaveTextContent('Paper point Position paper, 9. Facilitating grain exports');
    await user.click(point);
    expect(store.getState().view).toBe('paper');
    expect(store.getState().documentId).toBe('doc-paper');
  });

  it('opens the panel of an actor found by its description', async () => {
    const { user, store } = renderWithStore(<SearchBox />, { dataset });
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'satellite');
    const others = screen.getByRole('list', { name: 'In the paper, stances and actors' });
    await user.click(within(others).getByRole('button', { name: /Actor Spacety/ }));
    expect(store.getState().panel).toBe('actor');
    expect(store.getState().actorId).toBe('spacety');
  });
});
