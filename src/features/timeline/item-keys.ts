/**
 * Keyboard access to the timeline's items, which vis-timeline draws as bare divs: a roving
 * tabindex (one Tab stop, on the item last focused, else the selected one, else the first drawn),
 * ←/→ and Home/End through the drawn items in time order, Enter or Space to open.
 */

import { FOCUS_KEY } from '../../ui/use-panel-focus';

/**
 * The attribute the item template puts on each item's content (see timeline-options.ts); a
 * panel's focus returns to the item with the same key after a redraw replaced it.
 */
export const ITEM_ATTR = FOCUS_KEY;

export interface ItemKeysOptions {
  /** The drawn items' ids in time order. */
  readonly order: (ids: readonly string[]) => string[];
  /** The selected item, where the Tab stop goes when none was focused yet. */
  readonly selected: () => string | null;
  /** Opens an item (as a click would). */
  readonly activate: (id: string, target: HTMLElement) => void;
}

const MOVES: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** The drawn element of an item, if it is drawn. */
export function itemElementOf(el: HTMLElement, id: string): HTMLElement | null {
  return itemElements(el).get(id) ?? null;
}

function itemElements(el: HTMLElement): Map<string, HTMLElement> {
  const found = new Map<string, HTMLElement>();
  for (const node of el.querySelectorAll<HTMLElement>(`[${ITEM_ATTR}]`)) {
    found.set(node.getAttribute(ITEM_ATTR)!, node);
  }
  return found;
}

/**
 * Makes the items in `el` keyboard-operable. Returns `refresh` (call after each redraw, to move
 * the Tab stop onto drawn items) and the cleanup.
 */
export function attachItemKeys(el: HTMLElement, o: ItemKeysOptions) {
  let current: string | null = null;

  const refresh = () => {
    const drawn = itemElements(el);
    const order = o.order([...drawn.keys()]);
    const selected = o.selected();
    const stop =
      (current !== null && drawn.has(current) ? current : null) ??
      (selected !== null && drawn.has(selected) ? selected : null) ??
      order[0] ??
      null;
    for (const [id, node] of drawn) node.tabIndex = id === stop ? 0 : -1;
    return { drawn, order, stop };
  };

  const focusItem = (id: string, drawn: Map<string, HTMLElement>) => {
    current = id;
    refresh();
    drawn.get(id)?.focus();
  };

  const onKey = (e: KeyboardEvent) => {
    const target = e.target instanceof HTMLElement ? e.target : null;
    const id = target?.getAttribute(ITEM_ATTR);
    if (!target || !id || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      o.activate(id, target);
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    const { drawn, order } = refresh();
    const next = order[move(order.indexOf(id), order.length)];
    if (next !== undefined) focusItem(next, drawn);
  };

  const onFocus = (e: FocusEvent) => {
    const id = e.target instanceof HTMLElement ? e.target.getAttribute(ITEM_ATTR) : null;
    if (id) current = id;
    // The skip link and the lanes' region send focus to the container: pass it on to the items.
    if (e.target === el) {
      const { drawn, stop } = refresh();
      if (stop !== null) drawn.get(stop)?.focus();
    }
  };

  el.addEventListener('keydown', onKey);
  el.addEventListener('focusin', onFocus);
  return {
    refresh,
    detach: () => {
      el.removeEventListener('keydown', onKey);
      el.removeEventListener('focusin', onFocus);
    },
  };
}
