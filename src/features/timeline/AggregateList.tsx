import { useCallback, useEffect, useRef } from 'react';
import type { EventId } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { useFormatDate } from '../../i18n/use-format-date';
import { useContentLang } from '../../i18n/use-content-lang';

interface Props {
  readonly eventIds: readonly EventId[];
  /** The aggregate's box: the list opens beside it, and focus goes back to it on close. */
  readonly anchor: HTMLElement | null;
  readonly onClose: () => void;
}

/** Where the list is drawn: under its box, kept on screen. */
function place(anchor: HTMLElement | null): { left: number; top: number } {
  if (!anchor) return { left: 16, top: 120 };
  const r = anchor.getBoundingClientRect();
  const width = Math.min(360, window.innerWidth - 16);
  return {
    left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)),
    top: Math.min(r.bottom + 6, Math.max(8, window.innerHeight - 320)),
  };
}

/**
 * The events of an aggregate that zooming cannot split (they share one day), listed in place: a
 * small non-modal dialog; choosing an event opens it; Escape or a click outside closes the list.
 */
export function AggregateList({ eventIds, anchor, onClose }: Props) {
  const t = useT();
  const dates = useFormatDate();
  const contentLang = useContentLang();
  const dataset = useParley((s) => s.dataset);
  const selectEvent = useParley((s) => s.selectEvent);
  const root = useRef<HTMLDivElement>(null);
  const events = eventIds.flatMap((id) => dataset.eventsById.get(id) ?? []);

  const close = useCallback(() => {
    onClose();
    anchor?.focus();
  }, [onClose, anchor]);

  useEffect(() => {
    const el = root.current;
    el?.querySelector('button')?.focus();
    const outside = (e: PointerEvent) => {
      if (e.target instanceof Node && !el?.contains(e.target)) onClose();
    };
    // Escape closes the list only (not the detail panel behind it), back on the aggregate.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    document.addEventListener('pointerdown', outside);
    el?.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', outside);
      el?.removeEventListener('keydown', onKey);
    };
  }, [onClose, close]);
  const first = events[0];
  if (!first) return null;
  const title = t('timeline.listTitle', {
    count: events.length,
    date: dates.formatDay(first.start),
  });
  return (
    <div
      ref={root}
      className="aggregate-list"
      role="dialog"
      aria-label={title}
      style={place(anchor)}
    >
      <div className="aggregate-list-head">
        <h2>{title}</h2>
        <button type="button" className="panel-close" aria-label={t('close')} onClick={close}>
          ×
        </button>
      </div>
      <ul>
        {events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              className={`kind-${e.kind}`}
              lang={contentLang}
              onClick={() => {
                onClose();
                selectEvent(e.id);
              }}
            >
              <span className="aggregate-list-dot" aria-hidden="true" />
              {e.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
