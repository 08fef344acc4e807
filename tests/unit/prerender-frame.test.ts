import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  LABEL_SHARE,
  MAX_ROWS,
  monthTicks,
  placeInRows,
  prerenderFrame,
} from '../../build-plugins/prerender-frame';
import { loadCheckedDatasetText, loadDatasetText } from '../../src/data/load-dataset';
import { defaultWindow } from '../../src/domain/view-window';
import { realDataset } from '../helpers/real-dataset';
import type { ParleyEvent } from '../../src/domain/types';

const DAY = 86_400_000;
const window = { start: 0, end: 100 * DAY };
const at = (day: number, id = `e${day}`) =>
  ({ id, start: day * DAY, end: (day + 1) * DAY }) as ParleyEvent;
const text = { appName: 'Parley', timelineLabel: 'Timeline of events' };

describe('placeInRows', () => {
  it('puts a label in the first row with room, and stacks at most MAX_ROWS', () => {
    const gap = LABEL_SHARE * 100;
    const events = [at(0), at(1), at(2), at(3), at(gap + 1)];
    const { placed, unplaced } = placeInRows(events, window);
    expect(placed.map((p) => [p.event.id, p.row])).toEqual([
      ['e0', 0],
      ['e1', 1],
      ['e2', 2],
      [`e${gap + 1}`, 0],
    ]);
    expect(MAX_ROWS).toBe(3);
    expect(unplaced.map((e) => e.id)).toEqual(['e3']);
    // A label runs to the next of its row.
    expect(placed[0]!.width).toBeCloseTo((gap + 1) / 100);
  });
});

describe('monthTicks', () => {
  it('ticks each month start in the window, with the year at January', () => {
    const ticks = monthTicks({ start: Date.UTC(2022, 10, 15), end: Date.UTC(2023, 1, 10) });
    expect(ticks.map((t) => t.label)).toEqual(['Dec', 'Jan 2023', 'Feb']);
    expect(ticks.every((t) => t.at > 0 && t.at < 1)).toBe(true);
  });
});

describe('prerenderFrame on the bundled dataset', () => {
  const dataset = realDataset();
  const frame = prerenderFrame(dataset, text);
  const w = defaultWindow(dataset.presets, dataset.span);
  const inWindow = dataset.events.filter((e) => e.start < w.end && e.end > w.start);

  it('lists every event of the default window, drawing those it has room for', () => {
    for (const e of inWindow) expect(frame.html).toContain(escapeHtml(e.title));
    expect(frame.shown.length).toBeGreaterThan(20);
    expect(frame.shown.every((id) => inWindow.some((e) => e.id === id))).toBe(true);
  });

  it('has one h1, the dataset title, and no inline style (the CSP forbids it)', () => {
    expect(frame.html.match(/<h1/g)).toHaveLength(1);
    expect(frame.html).not.toMatch(/\sstyle=/);
    expect(frame.css).toMatch(/^\.pre-m0\{left:/);
  });

  it('escapes the dataset’s text', () => {
    const hostile = {
      ...dataset,
      events: dataset.events.map((e) => ({ ...e, title: '<img src=x onerror=alert(1)>' })),
    };
    const html = prerenderFrame(hostile, text).html;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('loadCheckedDatasetText', () => {
  it('gives the bundled file exactly the dataset the full check gives', () => {
    const file = fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8');
    const full = loadDatasetText(file);
    const checked = loadCheckedDatasetText(file);
    expect(checked).toEqual(full);
  });
});
