// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { visibleWidth } from './measure-label';

/** vis-timeline's panels, with the sizes the browser would lay out (jsdom lays out nothing). */
function drawn(sizes: { root: number; left: number; right: number; centre: [number, number] }) {
  const el = document.createElement('div');
  el.innerHTML =
    '<div class="vis-timeline"><div class="vis-panel vis-left"></div>' +
    '<div class="vis-panel vis-center"></div><div class="vis-panel vis-right"></div></div>';
  const set = (selector: string, offset: number, client: number) => {
    const node = el.querySelector(selector)!;
    Object.defineProperty(node, 'offsetWidth', { value: offset });
    Object.defineProperty(node, 'clientWidth', { value: client });
  };
  set('.vis-timeline', sizes.root, sizes.root - 2);
  set('.vis-left', sizes.left, sizes.left);
  set('.vis-right', sizes.right, sizes.right);
  set('.vis-center', ...sizes.centre);
  return el;
}

describe('visibleWidth', () => {
  it('gives the room beside the lane column as drawn, before vis has narrowed its centre', () => {
    // A phone: vis's first redraw left the centre the whole width; the labels now take 90 px.
    const first = drawn({ root: 412, left: 90, right: 0, centre: [412, 410] });
    // After its next redraw vis sets the centre to 412 − 90 + 1 (no right column) = 323 wide.
    const settled = drawn({ root: 412, left: 90, right: 0, centre: [323, 321] });
    expect(visibleWidth(first)).toBe(321);
    expect(visibleWidth(settled)).toBe(321);
  });

  it('falls back to the element’s width where nothing is laid out', () => {
    const el = document.createElement('div');
    Object.defineProperty(el, 'clientWidth', { value: 600 });
    expect(visibleWidth(el)).toBe(600);
  });
});
