/** The lanes as vis-timeline's groups DataSet: built from the store, then laid out per window. */
import { DataSet } from 'vis-data/esnext';
import type { TimeWindow } from '../../domain/types';
import type { ParleyStore } from '../../store/create-store';
import { lanesFor } from '../../domain/lanes';
import { localShortName } from '../../domain/localise';
import { datasetLangOf } from '../../i18n/languages';
import type { TimelineItem } from './to-timeline-items';
import type { VisGroup } from './timeline-options';
import { laneLayout } from './lane-layout';

/** Applies `laneLayout` to the groups DataSet, changing only the lanes that change. */
export function layLanes(
  groups: DataSet<VisGroup>,
  lanes: readonly string[],
  items: readonly TimelineItem[],
  window: TimeWindow,
): void {
  const changed = laneLayout(lanes, items, window).flatMap((lane) => {
    const g = groups.get(lane.id);
    // Never an empty class: vis-timeline 8 calls addClassName(null) when a group's class is
    // cleared, which throws.
    const className = lane.empty ? 'is-empty' : 'is-populated';
    if (!g || (g.order === lane.order && g.visible === lane.visible && g.className === className))
      return [];
    return [{ ...g, order: lane.order, visible: lane.visible, className }];
  });
  if (changed.length) groups.update(changed);
}

export function lanesOf(store: ParleyStore): DataSet<VisGroup> {
  const { dataset, lang } = store.getState();
  return new DataSet<VisGroup>(
    lanesFor(dataset.events, dataset).map((a, i) => ({
      id: a.id,
      content: '',
      text: localShortName(a, datasetLangOf(lang)),
      color: a.color,
      order: i,
      visible: true,
      className: 'is-populated',
    })),
  );
}
