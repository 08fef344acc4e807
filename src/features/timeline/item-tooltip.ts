/**
 * The full title of an item on hover and on keyboard focus: one element with role "tooltip"
 * (vis-timeline's own tooltip is HTML from the item's `title`, shown on hover only). Its text is
 * set with textContent; it is shown below the item, within the timeline.
 */
import { ITEM_ATTR } from './item-keys';

export const TOOLTIP_ID_PREFIX = 'timeline-tooltip-';
let counter = 0;

export function attachItemTooltip(el: HTMLElement, labelOf: (id: string) => string | undefined) {
  const tip = document.createElement('div');
  tip.id = `${TOOLTIP_ID_PREFIX}${++counter}`;
  tip.setAttribute('role', 'tooltip');
  tip.className = 'item-tooltip';
  tip.hidden = true;
  el.append(tip);

  const itemOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(`[${ITEM_ATTR}]`) : null;

  const show = (item: HTMLElement) => {
    const text = labelOf(item.getAttribute(ITEM_ATTR)!);
    if (!text) return;
    tip.textContent = text;
    tip.hidden = false;
    item.setAttribute('aria-describedby', tip.id);
    const box = el.getBoundingClientRect();
    const r = item.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - box.left, box.width - tip.offsetWidth - 4));
    tip.style.left = `${left}px`;
    tip.style.top = `${r.bottom - box.top + 4}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };

  const onOver = (e: Event) => {
    const item = itemOf(e.target);
    if (item) show(item);
  };
  const onOut = (e: Event) => {
    if (itemOf(e.target)) hide();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  };
  el.addEventListener('pointerover', onOver);
  el.addEventListener('pointerout', onOut);
  el.addEventListener('focusin', onOver);
  el.addEventListener('focusout', onOut);
  el.addEventListener('keydown', onKey);
  return () => {
    el.removeEventListener('pointerover', onOver);
    el.removeEventListener('pointerout', onOut);
    el.removeEventListener('focusin', onOver);
    el.removeEventListener('focusout', onOut);
    el.removeEventListener('keydown', onKey);
    tip.remove();
  };
}
