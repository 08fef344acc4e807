/**
 * Vertical reveal of the selected item. vis-timeline draws only the items of the lanes in view,
 * and scrolls its lanes itself (a native scroll of the lane column is overwritten by its next
 * redraw), so the controller scrolls through the private methods its own `focus()` uses.
 */

/**
 * vis-timeline's private vertical scroll, pinned with the dependency's version (8.x); `focus()`
 * itself would also re-centre the window, which the store owns.
 */
export interface VerticalScroll {
  _getScrollTop(): number;
  _setScrollTop(top: number): number;
  redraw(): void;
}

/** Scrolls the lanes by `px` (positive: the content moves up) and redraws. */
export function scrollLanes(timeline: VerticalScroll, px: number): void {
  timeline._setScrollTop(timeline._getScrollTop() - px);
  timeline.redraw();
}

/**
 * Scrolls the lanes vertically so that the selected item, or else its lane (whose items are not
 * drawn while it is out of view), is in view. Says whether it was in view already.
 */
export function revealSelectedItem(
  el: HTMLElement,
  lane: string,
  scrollBy: (px: number) => void,
): 'in-view' | 'scrolled' {
  const centre = el.querySelector('.vis-panel.vis-center');
  const target =
    el.querySelector('.vis-item.vis-selected') ??
    el.querySelector(`[data-lane="${CSS.escape(lane)}"]`)?.closest('.vis-label');
  if (!centre || !target) return 'in-view';
  const t = target.getBoundingClientRect();
  const c = centre.getBoundingClientRect();
  const margin = 8;
  let delta = 0;
  if (t.top < c.top) delta = t.top - c.top - margin;
  else if (t.bottom > c.bottom) delta = Math.min(t.bottom - c.bottom, t.top - c.top) + margin;
  if (delta !== 0) scrollBy(delta);
  return delta === 0 && target.classList.contains('vis-item') ? 'in-view' : 'scrolled';
}
