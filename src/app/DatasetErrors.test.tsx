import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DatasetErrors } from './DatasetErrors';
import { problem } from '../data/problems';

describe('DatasetErrors', () => {
  it('lists every problem with its path and message', async () => {
    render(
      <DatasetErrors
        file="data/parley.json"
        problems={[
          problem('events[0].date', 'problem.notRealDay'),
          problem('events[3].actors[0].actor', 'problem.unknownRef', {
            noun: { key: 'problem.noun.actor' },
            id: 'atlantis',
          }),
        ]}
      />,
    );
    expect(
      screen.getByRole('heading', { name: 'This dataset cannot be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/has 2 problems/)).toBeInTheDocument();
    const items = await within(screen.getByRole('list', { name: 'Problems' })).findAllByRole(
      'listitem',
    );
    expect(items.map((i) => i.textContent)).toEqual([
      'events[0].date is not a real calendar day',
      'events[3].actors[0].actor refers to unknown actor "atlantis"',
    ]);
  });

  it('says "one problem" for one', () => {
    render(<DatasetErrors file="x.json" problems={[problem('meta', 'problem.missing')]} />);
    expect(screen.getByText(/has one problem/)).toBeInTheDocument();
  });
});
