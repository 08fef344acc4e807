import { useMemo } from 'react';
import { createRecordSearch, type RecordHit } from '../../domain/search-records';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { HighlightedText } from '../../ui/HighlightedText';

/** How many non-event matches the drop-down lists, after the events. */
const MAX_SHOWN = 5;

/**
 * Matches in the paper's points and reactions, in stances and in actors, below the event
 * results: each says what kind of thing matched, and opens the paper view at its document or
 * the actor's panel.
 */
export function SearchRecordResults({ query, onOpen }: { query: string; onOpen: () => void }) {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const openDocument = useParley((s) => s.openDocument);
  const openActor = useParley((s) => s.openActor);
  const engine = useMemo(() => createRecordSearch(dataset), [dataset]);
  const hits = useMemo(() => engine.search(query).slice(0, MAX_SHOWN), [engine, query]);
  if (!hits.length) return null;
  const open = (hit: RecordHit) => {
    if ('document' in hit.target) openDocument(hit.target.document);
    else openActor(hit.target.actor);
    onOpen();
  };
  return (
    <ol aria-label={t('search.otherResults')} className="search-records">
      {hits.map((hit) => (
        <li key={hit.key}>
          <button type="button" className="event-link" onClick={() => open(hit)}>
            <span className="search-kind">{t(`search.kind.${hit.kind}`)}</span>{' '}
            <span className="event-link-title">
              <HighlightedText text={hit.label} terms={hit.terms} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
