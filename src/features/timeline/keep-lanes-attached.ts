/**
 * vis-timeline 8 forgets its lanes' order whenever an item is added or removed (`markDirty`
 * empties `ItemSet.groupIds`), and its next redraw then takes every lane out of the page and puts
 * it back (`_orderGroups`). An item with the keyboard focus loses it on the way, so focus could
 * not return to an item after a panel closed (the new width adds or removes "+N" boxes). This
 * patch remembers the order last shown: lanes are moved only when their order really changes.
 * Pinned with vis-timeline 8 (see README.md).
 */
import * as vis from 'vis-timeline/esnext';

interface ItemSetLike {
  groupIds: unknown[];
  parleyShownOrder?: unknown[];
  _orderGroups(): boolean;
}

interface VisComponents {
  readonly timeline?: {
    readonly components?: { readonly ItemSet?: { prototype: ItemSetLike } };
  };
}

const PATCHED = Symbol.for('parley.keepLanesAttached');

export function keepLanesAttached(): void {
  const proto = (vis as unknown as VisComponents).timeline?.components?.ItemSet?.prototype;
  if (!proto || typeof proto._orderGroups !== 'function') {
    throw new Error('vis-timeline no longer has ItemSet._orderGroups');
  }
  const marked = proto as ItemSetLike & { [PATCHED]?: true };
  if (marked[PATCHED]) return;
  marked[PATCHED] = true;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the item set below
  const orderGroups = proto._orderGroups;
  proto._orderGroups = function (this: ItemSetLike): boolean {
    if (this.groupIds.length === 0 && this.parleyShownOrder) this.groupIds = this.parleyShownOrder;
    const changed = orderGroups.call(this);
    this.parleyShownOrder = this.groupIds;
    return changed;
  };
}
