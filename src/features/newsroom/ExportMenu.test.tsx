import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { day, makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { EventId } from '../../domain/types';
import { parseCsv } from '../../../tests/helpers/csv';
import { ExportMenu } from './ExportMenu';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'vote-1', vote: { votes: { china: 'abstain' } } }),
    makeEvent({ id: 'call-1', kind: 'call' }),
    makeEvent({ id: 'vote-2', date: '2022-10-12', vote: { votes: { china: 'abstain' } } }),
  ],
});
const initial = {
  filters: { actors: [], kinds: ['vote' as const], topics: [], from: null, to: null },
};

let saved: { blob: Blob; name: string }[];

beforeEach(() => {
  saved = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ blob: blob!, name: this.download });
  });
});

afterEach(() => vi.restoreAllMocks());

describe('ExportMenu', () => {
  it('opens a panel that says how many events it exports', async () => {
    const { user } = renderWithStore(<ExportMenu />, { dataset, initial });
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      screen.getByRole('group', { name: 'Export the events or the timeline' }),
    ).toHaveTextContent('2 events, with the current filters');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('downloads the filtered events as CSV, one row each', async () => {
    const { user } = renderWithStore(<ExportMenu />, { dataset, initial });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Events as CSV' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^parley-events-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const text = (await saved[0]!.blob.text()).replace(/^\uFEFF/, '');
    expect(parseCsv(text).map((r) => r[0])).toEqual(['id', 'vote-1', 'vote-2']);
    expect(screen.getByRole('status')).toHaveTextContent(/Downloaded parley-events-.*\.csv/);
  });

  it('downloads the filtered events as JSON, with their sources', async () => {
    const { user } = renderWithStore(<ExportMenu />, { dataset, initial });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Events as JSON' }));
    expect(saved[0]!.name).toMatch(/\.json$/);
    const file = JSON.parse(await saved[0]!.blob.text());
    expect(file.count).toBe(2);
    expect(file.events[0].sources[0]).toMatchObject({
      id: 'src-test',
      publisher: 'Test Publisher',
    });
  });

  it('draws the PNG from the store, not the page, and says what it shows', async () => {
    // jsdom has no canvas: a stand-in context records the words drawn.
    const drawn: string[] = [];
    const context = new Proxy(
      {
        measureText: (text: string) => ({ width: text.length * 7 }),
        fillText: (text: string) => drawn.push(text),
      },
      { get: (target, key) => (key in target ? target[key as keyof typeof target] : () => {}) },
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      context as unknown as CanvasRenderingContext2D,
    );
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
      done(new Blob(['png'], { type: 'image/png' })),
    );
    const { user } = renderWithStore(<ExportMenu link="https://example.org/v" />, {
      dataset,
      initial: {
        ...initial,
        selectedEventId: 'vote-2' as EventId,
        window: { start: day('2022-01-01'), end: day('2023-01-01') },
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Timeline as PNG' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^parley-timeline-.*\.png$/);
    const title = dataset.eventsById.get('vote-2' as EventId)!.title;
    expect(screen.getByRole('status')).toHaveTextContent(`Selected: ${title}`);
    expect(drawn.join(' ')).toContain('https://example.org/v');
    // The call is filtered out: it is neither drawn nor counted.
    expect(drawn.join(' ')).not.toContain(dataset.eventsById.get('call-1' as EventId)!.title);
  });
});
