/**
 * The promise of a shared link: whatever state the interface can reach through the store's actions
 * (presets, pans, zooms, Fit, story steps, selections, filters), `serialize → parse → apply` on a
 * fresh store gives the same view: the same window, the same "as of" day, the same selection.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/dates';
import { fitWindow, zoomWindow } from '../domain/window-math';
import { viewBounds } from '../domain/view-window';
import { EVENT_KINDS } from '../domain/vocabulary';
import { createParleyStore, type ParleyState, type ParleyStore } from '../store/create-store';
import { selectAsOfDay, selectShownEvents } from '../store/selectors';
import { VIEWS } from '../store/types';
import { knownIdsOf, parseUrl, serializeUrl } from './url-codec';
import { applyUrlView, selectUrlView } from './url-sync';
import { realDataset } from '../../tests/helpers/real-dataset';

const dataset = realDataset();
const known = knownIdsOf(dataset, ['en', 'fr']);
const bounds = viewBounds(dataset.span);
const spanDays = (dataset.span.end - dataset.span.start) / DAY_MS;

type Act = (s: ParleyState) => void;

const instant = fc.double({
  min: bounds.start - 30 * DAY_MS,
  max: bounds.end + 30 * DAY_MS,
  noNaN: true,
});
const dayInSpan = fc
  .integer({ min: 0, max: spanDays - 1 })
  .map((n) => dataset.span.start + n * DAY_MS);
const eventId = fc.constantFrom(...dataset.events.map((e) => e.id));

/** The user's acts, each as the interface performs it. */
const act: fc.Arbitrary<Act> = fc.oneof(
  fc.constantFrom(...dataset.presets).map(
    (p): Act =>
      (s) =>
        s.setWindow(p.window),
  ),
  // A pan or a drag-zoom: vis-timeline reports any instants, fractions of a day included.
  fc.tuple(instant, instant).map(
    ([a, b]): Act =>
      (s) =>
        s.setWindow({ start: Math.min(a, b), end: Math.max(a, b) + 1 }),
  ),
  fc.constantFrom(0.5, 0.8, 1.25, 2).map(
    (f): Act =>
      (s) =>
        s.setWindow(zoomWindow(s.window, f, s.dataset.span)),
  ),
  fc.constant<Act>((s) => s.setWindow(fitWindow(selectShownEvents(s), s.dataset.span))),
  eventId.map(
    (id): Act =>
      (s) =>
        s.selectEvent(id),
  ),
  fc.constant<Act>((s) => s.closePanel()),
  fc.constantFrom(1, -1, 'first' as const).map(
    (step): Act =>
      (s) =>
        s.stepEvent(step),
  ),
  fc.constantFrom(...dataset.stories.map((st) => st.id)).map(
    (id): Act =>
      (s) =>
        s.playStory(id),
  ),
  fc.constantFrom(1, -1).map(
    (step): Act =>
      (s) =>
        s.stepStory(step),
  ),
  fc.constant<Act>((s) => s.stopStory()),
  fc.constantFrom(...dataset.actors.map((a) => a.id)).map(
    (id): Act =>
      (s) =>
        s.toggleActor(id),
  ),
  fc.constantFrom(...EVENT_KINDS).map(
    (k): Act =>
      (s) =>
        s.toggleKind(k),
  ),
  fc.constantFrom(...dataset.topics.map((t) => t.id)).map(
    (id): Act =>
      (s) =>
        s.toggleTopic(id),
  ),
  fc.constantFrom('', 'grain', 'Xi Jinping').map(
    (q): Act =>
      (s) =>
        s.setQuery(q),
  ),
  fc.option(dayInSpan, { nil: null }).map(
    (d): Act =>
      (s) =>
        s.pinAsOf(d),
  ),
  fc.constantFrom(...VIEWS).map(
    (v): Act =>
      (s) =>
        s.setView(v),
  ),
  fc.constantFrom(...dataset.actors.map((a) => a.id)).map(
    (id): Act =>
      (s) =>
        s.openActor(id),
  ),
  fc.constantFrom('light', 'dark', 'auto' as const).map(
    (t): Act =>
      (s) =>
        s.setTheme(t),
  ),
);

function reloaded(store: ParleyStore): ParleyStore {
  const search = serializeUrl(selectUrlView(store.getState()));
  const { view, dropped } = parseUrl(search, known);
  expect(dropped).toEqual([]);
  const fresh = createParleyStore(dataset);
  applyUrlView(fresh, view);
  return fresh;
}

/** What a reader sees of a state (the notices aside). */
function seen(s: ParleyState) {
  return {
    url: selectUrlView(s),
    window: s.window,
    asOf: selectAsOfDay(s),
    panel: s.panel,
    selected: s.selectedEventId,
    shown: selectShownEvents(s).map((e) => e.id),
  };
}

describe('round trip of a reachable state through a link', () => {
  it('serialize → parse → apply gives the same view', () => {
    fc.assert(
      fc.property(fc.array(act, { maxLength: 12 }), (acts) => {
        const store = createParleyStore(dataset);
        for (const a of acts) a(store.getState());
        expect(seen(reloaded(store).getState())).toEqual(seen(store.getState()));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the visit fortnight, which runs past the last day, exactly', () => {
    const store = createParleyStore(dataset);
    const visit = dataset.presets.find((p) => p.id === 'visit');
    expect(visit).toBeDefined();
    store.getState().setWindow(visit!.window);
    expect(store.getState().window).toEqual(visit!.window);
    expect(seen(reloaded(store).getState())).toEqual(seen(store.getState()));
  });

  it('clears the event from the link when its panel is closed', () => {
    const store = createParleyStore(dataset);
    const id = dataset.events[5]!.id;
    store.getState().selectEvent(id);
    expect(serializeUrl(selectUrlView(store.getState()))).toContain(`event=${id}`);
    store.getState().closePanel();
    expect(serializeUrl(selectUrlView(store.getState()))).not.toContain('event=');
  });
});
