/**
 * Access to the lane labels, which vis-timeline draws as bare divs: a click anywhere in a label's
 * cell opens the lane's actor; by keyboard, one Tab stop for the whole column (the label last
 * focused, else the first), ↑/↓ and Home/End between labels, Enter or Space to open the actor.
 * The click is read from the DOM, not from vis's `click` event: vis computes that event's
 * properties (time, group, item) from the layout for each click, which forces a layout just after
 * a selection has changed the items (tens of milliseconds at 10,000 events).
 */

/** The attribute the group template puts on each lane label (see timeline-options.ts). */
export const LANE_ATTR = 'data-lane';

const MOVES: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** The drawn lane labels in `el`, top to bottom. */
function laneLabels(el: HTMLElement): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>(`[${LANE_ATTR}]`)];
}

/**
 * Makes the lane labels in `el` keyboard-operable; `open` receives a lane's id. Returns `refresh`
 * (call after each redraw, which may draw new labels) and the cleanup.
 */
export function attachLaneKeys(el: HTMLElement, open: (lane: string) => void) {
  let current: string | null = null;

  const refresh = () => {
    const labels = laneLabels(el);
    const stop = labels.find((l) => l.getAttribute(LANE_ATTR) === current) ?? labels[0];
    for (const label of labels) label.tabIndex = label === stop ? 0 : -1;
    return labels;
  };

  const onKey = (e: KeyboardEvent) => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    const lane = target?.getAttribute(LANE_ATTR);
    if (!target || !lane || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      open(lane);
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    const labels = laneLabels(el);
    const next = labels[move(labels.indexOf(target), labels.length)];
    if (!next) return;
    current = next.getAttribute(LANE_ATTR);
    refresh();
    next.focus();
  };

  const onFocus = (e: FocusEvent) => {
    const lane = e.target instanceof HTMLElement ? e.target.getAttribute(LANE_ATTR) : null;
    if (lane) current = lane;
  };

  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    // On the label, or elsewhere in the cell vis draws around it (`.vis-label`, taller than the
    // label); never on a container of several (the column, the timeline: the end of a drag).
    const label =
      target?.closest(`[${LANE_ATTR}]`) ??
      target?.closest('.vis-label')?.querySelector(`[${LANE_ATTR}]`);
    const lane = label?.getAttribute(LANE_ATTR);
    if (lane) open(lane);
  };

  el.addEventListener('keydown', onKey);
  el.addEventListener('focusin', onFocus);
  el.addEventListener('click', onClick);
  return {
    refresh,
    detach: () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('click', onClick);
    },
  };
}
