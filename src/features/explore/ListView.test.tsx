import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ListView } from './ListView';
import { DRAW_WHOLE_UP_TO } from './use-list-window';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeDataset } from '../../../tests/helpers/builders';
import { makeSyntheticDataset } from '../../../tests/helpers/synthetic-dataset';

const base = makeDataset({ span: { start: '2022-02-24', end: '2023-03-31' } });
const synthetic = (count: number) => makeSyntheticDataset(base, count);

describe('ListView on a long list', () => {
  it('draws a short list whole', () => {
    const dataset = synthetic(DRAW_WHOLE_UP_TO);
    const { container } = renderWithStore(<ListView />, { dataset });
    expect(container.querySelectorAll('.list-entry')).toHaveLength(dataset.events.length);
    expect(container.querySelectorAll('.list-spacer')).toHaveLength(0);
  });

  it('draws only the first screenful of 5,000 events, with spacers for the rest and every month heading', () => {
    const dataset = synthetic(5000);
    const { container } = renderWithStore(<ListView />, { dataset });
    const drawn = container.querySelectorAll('.list-entry').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    const months = screen.getAllByRole('heading', { level: 3 });
    expect(months.length).toBeGreaterThanOrEqual(13);
    // The first month lists its first entries, tells its true size, and stands in for the rest.
    const first = within(months[0]!.closest('section')!).getAllByRole('listitem');
    expect(first[0]).toHaveAttribute('aria-posinset', '1');
    const size = Number(first[0]!.getAttribute('aria-setsize'));
    expect(size).toBeGreaterThan(drawn);
    const spacer = container.querySelector<HTMLElement>('.list-spacer')!;
    expect(spacer).toHaveAttribute('aria-hidden', 'true');
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(1000);
  });
});
