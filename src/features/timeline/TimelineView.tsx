/**
 * The vis-timeline mount: one Timeline instance per mount, created in an effect and destroyed on
 * unmount. Everything between it and the store is the controller's (attach-timeline.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Timeline } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import { useParleyStoreApi } from '../../store/StoreContext';
import { dateLocaleOf, translator } from '../../i18n/translate';
import { axisFormat } from './axis-format';
import { focusPanelHeading } from '../../ui/focus-panel';
import { attachAsOfMarker } from './as-of-marker';
import { attachTimeline, type OpenList } from './attach-timeline';
import { timelineOptions } from './timeline-options';
import type { VerticalScroll } from './reveal-item';
import { AggregateList } from './AggregateList';
import { TIMELINE_ID } from './timeline-id';
import { markLoad } from '../../data/load-marks';
import { signalFirstDraw } from '../../ui/first-draw';
import { registerAlignedPoint } from './aligned-point';
import { keepLanesAttached } from './keep-lanes-attached';
import { batchItemRedraws } from './batch-item-redraws';

markLoad('timeline-chunk');

export function TimelineView() {
  const store = useParleyStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const [list, setList] = useState<OpenList | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const state = store.getState();
    registerAlignedPoint();
    keepLanesAttached();
    batchItemRedraws();
    const timeline = new Timeline(
      el,
      [],
      timelineOptions(state.dataset.span, state.window, state.lang),
    );
    markLoad('timeline-constructed');
    makeLanesScrollable(el, translator(state.lang)('timeline.lanes'));
    // The controller also pins vis-timeline's private vertical scroll (see README.md).
    const controlled = timeline as Timeline & VerticalScroll;
    const detachers = [
      attachTimeline(controlled, store, el, {
        onList: setList,
        onOpenedByKey: () => focusPanelHeading(),
      }),
      attachAsOfMarker(timeline, store, el),
      // The axis speaks the interface language.
      store.subscribe(
        (s) => s.lang,
        (lang) => timeline.setOptions({ format: axisFormat(dateLocaleOf(lang)) }),
      ),
    ];
    markLoad('timeline-attached');
    signalFirstDraw();
    return () => {
      detachers.forEach((d) => d());
      timeline.destroy();
    };
  }, [store]);

  const closeList = useCallback(() => setList(null), []);
  return (
    <>
      <div
        ref={container}
        id={TIMELINE_ID}
        tabIndex={-1}
        className="timeline"
        data-testid="timeline"
      />
      {list ? (
        <AggregateList eventIds={list.eventIds} anchor={list.anchor} onClose={closeList} />
      ) : null}
    </>
  );
}

/**
 * vis-timeline's lane column scrolls: make it a named region. Its lane labels are its Tab stop
 * (lane-keys.ts), and focusing one scrolls the column to it.
 */
function makeLanesScrollable(el: HTMLElement, label: string): void {
  const lanes = el.querySelector<HTMLElement>('.vis-panel.vis-left');
  if (!lanes) return;
  lanes.setAttribute('role', 'region');
  lanes.setAttribute('aria-label', label);
}
