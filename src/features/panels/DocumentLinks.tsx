import { nameOf, useLocalLabels } from '../../i18n/use-local-labels';
import { reactionsAtEvent } from '../../domain/document-reactions';
import type { Dataset, DocumentId, ParleyEvent } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { ReactionBadge } from '../../ui/ReactionBadge';
import './panels.css';

/**
 * From an event to the documents it concerns: the documents issued at it ("Open the document")
 * and the reactions recorded at it ("Reaction to …"), each opening the paper view.
 */
export function DocumentLinks({
  event,
  dataset,
  onOpenDocument,
}: {
  event: ParleyEvent;
  dataset: Pick<Dataset, 'documents' | 'actorsById'>;
  onOpenDocument: (id: DocumentId) => void;
}) {
  const t = useT();
  const labels = useLocalLabels();
  const issued = dataset.documents.filter((d) => d.event === event.id);
  const reactions = reactionsAtEvent(dataset, event.id);
  if (issued.length === 0 && reactions.length === 0) return null;
  return (
    <>
      <h3>{t('event.documents')}</h3>
      <ul className="document-links">
        {issued.map((d) => (
          <li key={d.id}>
            <button type="button" className="link-button" onClick={() => onOpenDocument(d.id)}>
              {t('event.openDocument', { title: d.shortTitle })}
            </button>
          </li>
        ))}
        {reactions.map(({ document: d, reaction: r }, i) => (
          <li key={`${d.id}-${r.actor}-${i}`}>
            <span className="document-reaction">
              {nameOf(dataset.actorsById.get(r.actor), labels) ?? r.actor}
              <ReactionBadge response={r.response} />
            </span>
            <button type="button" className="link-button" onClick={() => onOpenDocument(d.id)}>
              {t('event.reactionTo', { title: d.shortTitle })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
