/**
 * vis-timeline 8 redraws an item the moment its data changes (`setData`), it is added in view
 * (`Group.add` → `show`), selected, or marked dirty by `Timeline.redraw()`; each such redraw
 * writes the item's element and at once reads its size back, so a change of N items forces N
 * layouts of the page (a zoom over 10,000 events spent most of its time there). Its own redraw of
 * a group does better: it collects each item's redraw queue (create, append, update, measure,
 * apply, extras) and runs every item's step 1, then every item's step 2, and so on, reading sizes
 * once for all. `inOneLayout(fn)` makes the redraws that happen while `fn` runs work that way:
 * they are queued, then run step by step together when `fn` returns, and the items repositioned
 * with the sizes just read. Nothing is left for later: when `inOneLayout` returns, the DOM is
 * what the one-by-one redraws would have left. `Timeline.redraw()` (which redraws every item
 * drawn, then the whole timeline at the next frame) runs in such a batch too. vis also redraws
 * its whole item set synchronously after each change of its items DataSet, then again at the
 * next frame (the change is queued): in a batch, only the second runs. Pinned with vis-timeline 8
 * (see README.md).
 */
import * as vis from 'vis-timeline/esnext';

const PATCHED = Symbol.for('parley.batchItemRedraws');

/** The members of vis's items the batch uses (vis-timeline 8's `Item` subclasses). */
interface ItemLike {
  displayed: boolean;
  redraw(returnQueue?: boolean): unknown;
  hide(): void;
  repositionX(): void;
}

type ItemClass = { prototype: ItemLike & { [PATCHED]?: true } };

/** The members of vis's `ItemSet` the batch uses. */
interface ItemSetLike {
  /** False until vis has drawn the items once (its first redraws are synchronous). */
  initialItemSetDrawn: boolean;
  redraw(): boolean;
  [PATCHED]?: true;
}

interface VisComponents {
  readonly timeline?: {
    readonly components?: {
      readonly items?: Record<string, ItemClass | undefined>;
      readonly ItemSet?: { prototype: ItemSetLike };
    };
  };
}

/** The item classes whose `redraw` is batched: every type Parley's timeline draws. */
const BATCHED = ['PointItem', 'RangeItem', 'BoxItem'] as const;

/** The redraws queued while a batch runs, one entry per item (its last queue). */
let pending: Map<ItemLike, (() => unknown)[]> | null = null;

/**
 * Runs `queues` the way vis's group redraw does: step `j` of every item, then step `j + 1`.
 * Exported for the tests.
 */
export function runInSteps(queues: readonly (readonly (() => unknown)[])[]): void {
  const steps = Math.max(0, ...queues.map((q) => q.length));
  for (let j = 0; j < steps; j += 1) for (const q of queues) q[j]?.();
}

/**
 * Runs `fn`, queuing the item redraws it causes, then runs them in steps (one layout for all)
 * and repositions the items redrawn. Nested calls join the outer batch.
 */
export function inOneLayout<T>(fn: () => T): T {
  if (pending) return fn();
  const batch = new Map<ItemLike, (() => unknown)[]>();
  pending = batch;
  try {
    return fn();
  } finally {
    pending = null;
    runInSteps([...batch.values()]);
    // Horizontal positions depend on the sizes just measured (a label flipped left of its dot).
    for (const item of batch.keys()) if (item.displayed) item.repositionX();
  }
}

/**
 * Patches vis's item classes (once) so that a redraw asked for during `inOneLayout` is queued.
 * Throws if vis no longer exports them, so an upgrade that breaks it fails loudly in the tests.
 */
export function batchItemRedraws(): void {
  const items = (vis as unknown as VisComponents).timeline?.components?.items;
  for (const name of BATCHED) {
    const proto = items?.[name]?.prototype;
    if (!proto || typeof proto.redraw !== 'function' || typeof proto.hide !== 'function') {
      throw new Error(`vis-timeline no longer exports ${name} with redraw and hide`);
    }
    if (Object.prototype.hasOwnProperty.call(proto, PATCHED)) continue;
    proto[PATCHED] = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the item below
    const redraw = proto.redraw;
    proto.redraw = function (this: ItemLike, returnQueue?: boolean): unknown {
      if (returnQueue || !pending) return redraw.call(this, returnQueue);
      const queue = redraw.call(this, true) as (() => unknown)[];
      // Its first step creates the item's elements (no layout): vis repositions a newly shown
      // item at once, which needs them.
      queue[0]?.();
      pending.set(this, queue);
      return undefined;
    };
    // An item hidden (or removed) after a redraw was queued stays hidden, as it would have.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the item below
    const hide = proto.hide;
    proto.hide = function (this: ItemLike): void {
      pending?.delete(this);
      hide.call(this);
    };
  }
  // The item set's synchronous redraw after a DataSet change: left to the one queued for the frame.
  const itemSet = (vis as unknown as VisComponents).timeline?.components?.ItemSet?.prototype;
  if (!itemSet || typeof itemSet.redraw !== 'function') {
    throw new Error('vis-timeline no longer exports ItemSet with a redraw');
  }
  if (!Object.prototype.hasOwnProperty.call(itemSet, PATCHED)) {
    itemSet[PATCHED] = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the item set below
    const redrawSet = itemSet.redraw;
    itemSet.redraw = function (this: ItemSetLike): boolean {
      if (pending && this.initialItemSetDrawn) return false;
      return redrawSet.call(this);
    };
  }
  const timeline = vis.Timeline.prototype as vis.Timeline & { [PATCHED]?: true };
  if (Object.prototype.hasOwnProperty.call(timeline, PATCHED)) return;
  timeline[PATCHED] = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the timeline below
  const redrawAll = timeline.redraw;
  timeline.redraw = function (this: vis.Timeline): void {
    inOneLayout(() => redrawAll.call(this));
  };
}
