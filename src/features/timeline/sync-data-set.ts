/** Brings a vis DataSet to a target list with the fewest changes (vis redraws what changes). */
import type { DataSet } from 'vis-data/esnext';

/**
 * A field the target no longer has is cleared (set to `undefined`): `DataSet.update` merges, so
 * a field left out would keep its old value (a label flipped back would stay drawn flipped).
 */
export function syncDataSet<T extends { id: string }>(set: DataSet<T>, next: readonly T[]): void {
  const wanted = new Set(next.map((i) => i.id));
  const stale = set.getIds().filter((id) => !wanted.has(String(id)));
  if (stale.length) set.remove(stale);
  const changed = next.flatMap((item) => {
    const current = set.get(item.id) as Record<string, unknown> | null;
    if (!current) return [item];
    if (shallowEqual(current, item)) return [];
    const cleared = Object.keys(current).filter((k) => !(k in item) && current[k] !== undefined);
    return [{ ...Object.fromEntries(cleared.map((k) => [k, undefined])), ...item }];
  });
  if (changed.length) set.update(changed as never);
}

/** Equal field by field, a missing field counting as `undefined`. */
function shallowEqual(a: Record<string, unknown>, b: object): boolean {
  const B = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(B)]);
  return [...keys].every((k) => a[k] === B[k]);
}
