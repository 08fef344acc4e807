import { describe, expect, it } from 'vitest';
import { layoutPng, PNG_WIDTH, type Measure, type PngLayoutInput } from './png-layout';
import { lanesFor } from '../../domain/lanes';
import type { Dataset, ParleyEvent, TimeWindow } from '../../domain/types';
import { day, makeActor, makeDataset, makeEvent } from '../../../tests/helpers/builders';
import { realDataset } from '../../../tests/helpers/real-dataset';

/** A rough stand-in for a canvas: every character as wide as a wide Latin letter. */
const measure: Measure = (text, font) =>
  text.length * (font === 'title' ? 12 : font.startsWith('body') ? 8.5 : 7.5);

function input(data: Dataset, window: TimeWindow, o: Partial<PngLayoutInput> = {}): PngLayoutInput {
  return {
    events: data.events,
    window,
    data,
    selectedId: null,
    locale: 'en',
    laneName: (a) => a.name,
    kindName: (k) => `Kind ${k}`,
    words: {
      title: data.meta.title,
      period: 'period',
      sources: 'Sources:',
      footer: 'Parley · link',
      dots: (n) => `${n} dots`,
    },
    measure,
    ...o,
  };
}

const inWindow = (events: readonly ParleyEvent[], w: TimeWindow) =>
  events.filter((e) => e.start < w.end && e.end > w.start);

describe('layoutPng', () => {
  it('grows with the number of lanes that have events in the window', () => {
    const actors = ['a', 'b', 'c', 'd'].map((id) => makeActor({ id, name: `Lane ${id}` }));
    const window = { start: day('2022-03-01'), end: day('2022-04-01') };
    const sizes = [1, 2, 4].map((n) => {
      const events = actors
        .slice(0, n)
        .map((a, i) => makeEvent({ id: `e${i}`, date: '2022-03-10', actors: [a.id] }));
      const layout = layoutPng(input(makeDataset({ actors, events }), window));
      expect(layout.lanes.map((l) => l.name)).toEqual(actors.slice(0, n).map((a) => a.name));
      return layout.height;
    });
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(sizes[2]).toBeGreaterThan(sizes[1]!);
  });

  const data = realDataset();
  const visit = data.presets.find((p) => p.id === 'visit')!.window;
  const windows: [string, TimeWindow][] = [
    ['the whole span', data.span],
    ['the visit fortnight', visit],
    ['early 2023', data.presets.find((p) => p.id === 'early-2023')!.window],
  ];

  it.each(windows)('shows every lane and every event of %s, inside the width', (_, window) => {
    const layout = layoutPng(input(data, window));
    const shown = inWindow(data.events, window);
    expect(layout.lanes.map((l) => l.name)).toEqual(lanesFor(shown, data).map((a) => a.name));
    const drawn = [...layout.boxes, ...layout.dots].map((b) => b.eventId).sort();
    expect(drawn).toEqual(shown.map((e) => e.id).sort());
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(PNG_WIDTH);
      for (const line of b.lines) expect(measure(line, 'label')).toBeLessThanOrEqual(b.width);
      // Every word of the title is in the box: nothing is cut.
      expect(b.lines.join(' ')).toBe(data.eventsById.get(b.eventId)!.title.split(/\s+/).join(' '));
    }
    for (const t of layout.texts) {
      expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(PNG_WIDTH);
    }
    expect(layout.ticks.length).toBeGreaterThan(2);
    for (const t of layout.ticks) expect(t.label).toMatch(/\d/);
    expect(layout.legend.length).toBeGreaterThan(0);
  });

  it('labels and names the selected event, and lists the sources of the events shown', () => {
    const selected = inWindow(data.events, visit).at(-1)!;
    const layout = layoutPng(
      input(data, visit, {
        selectedId: selected.id,
        words: {
          title: data.meta.title,
          period: '13–23 Mar 2023',
          selected: `Selected: ${selected.title}`,
          sources: 'Sources:',
          footer: 'Parley · https://example.org/?event=x',
          dots: (n) => `${n} dots`,
        },
      }),
    );
    const box = layout.boxes.find((b) => b.eventId === selected.id);
    expect(box?.selected).toBe(true);
    expect(box!.lines.join(' ')).toBe(selected.title.split(/\s+/).join(' '));
    expect(layout.alt).toContain(selected.title);
    expect(layout.alt).toContain(data.meta.title);
    const caption = layout.texts.map((t) => t.text).join(' ');
    expect(caption).toContain('example.org');
    const publisher = data.sourcesById.get(selected.sources[0]!)!.publisher;
    expect(layout.alt).toContain(publisher);
  });

  it('keeps the selected event labelled even in the busiest lane of the whole span', () => {
    const lane = lanesFor(data.events, data)[0]!;
    const last = data.events.filter((e) => e.primaryActor === lane.id).at(-1)!;
    const layout = layoutPng(input(data, data.span, { selectedId: last.id }));
    expect(layout.boxes.some((b) => b.eventId === last.id && b.selected)).toBe(true);
  });

  it('wraps a long title inside the width', () => {
    const title = 'A very long dataset title '.repeat(12).trim();
    const layout = layoutPng(input(data, visit, { words: { ...input(data, visit).words, title } }));
    const lines = layout.texts.filter((t) => t.font === 'title');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((t) => t.text).join(' ')).toBe(title);
    for (const t of lines) expect(t.x + measure(t.text, 'title')).toBeLessThanOrEqual(PNG_WIDTH);
  });

  it('writes the axis in the interface language, in UTC', () => {
    const layout = layoutPng(input(data, visit, { locale: 'fr' }));
    expect(layout.ticks[0]!.label).toBe('13 mars');
  });
});
