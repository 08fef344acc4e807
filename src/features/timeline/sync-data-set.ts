/** Brings a vis DataSet to a target list with the fewest changes (vis redraws what changes). */
import type { DataSet } from 'vis-data/esnext';

export function syncDataSet<T extends { id: string }>(set: DataSet<T>, next: readonly T[]): void {
  const wanted = new Set(next.map((i) => i.id));
  const stale = set.getIds().filter((id) => !wanted.has(String(id)));
  if (stale.length) set.remove(stale);
  const changed = next.filter((item) => {
    const current = set.get(item.id);
    return !current || !shallowEqual(current, item);
  });
  if (changed.length) set.update(changed as never);
}

function shallowEqual(a: Record<string, unknown>, b: object): boolean {
  const entries = Object.entries(b);
  return entries.length === Object.keys(a).length && entries.every(([k, v]) => a[k] === v);
}
