import { nameOf, useLocalLabels } from '../../i18n/use-local-labels';
import { useEffect, useRef } from 'react';
import { useContentLang } from '../../i18n/use-content-lang';
import { useParley } from '../../store/StoreContext';
import { useFormatDate } from '../../i18n/use-format-date';
import type { ParleyEvent } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { HighlightedText } from '../../ui/HighlightedText';

/** One event in the list: date, title, actors and the first sentence of the summary. */
export function ListEntry({
  event: e,
  selected,
  terms,
}: {
  event: ParleyEvent;
  selected: boolean;
  terms: readonly string[];
}) {
  const { formatDateRange } = useFormatDate();
  const contentLang = useContentLang();
  const t = useT();
  const labels = useLocalLabels();
  const actorsById = useParley((s) => s.dataset.actorsById);
  const selectEvent = useParley((s) => s.selectEvent);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const actors = e.actors.map((a) => nameOf(actorsById.get(a.actor), labels) ?? a.actor).join(', ');
  return (
    <button
      ref={ref}
      type="button"
      className="list-entry"
      aria-current={selected ? 'true' : undefined}
      onClick={() => selectEvent(e.id)}
    >
      <span className="list-entry-meta">
        <time dateTime={e.date}>{formatDateRange(e.date, e.endDate, e.precision)}</time>
        <span className={`kind-badge kind-${e.kind}`}>{t(`kind.${e.kind}`)}</span>
      </span>
      <span className="list-entry-title" lang={contentLang}>
        <HighlightedText text={e.title} terms={terms} />
      </span>
      <span className="list-entry-actors">{actors}</span>
      <span className="list-entry-summary" lang={contentLang}>
        {firstSentence(e.summary)}
      </span>
    </button>
  );
}

/** The summary's first sentence: the list stays scannable; the panel has the rest. */
function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z‘“"']|$)/.exec(text);
  return m ? m[0] : text;
}
