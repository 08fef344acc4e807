import { useFormatDate } from '../../i18n/use-format-date';
import type { Dataset, EventId, PolicyDocument } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { SourceList } from '../../ui/SourceList';

/** The paper view's head: which document (a picker), its title, date, issuers and sources. */
export function DocumentHeader({
  doc,
  dataset,
  onSelectEvent,
}: {
  doc: PolicyDocument;
  dataset: Dataset;
  onSelectEvent: (id: EventId) => void;
}) {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  const openDocument = useParley((s) => s.openDocument);
  const issuers = doc.issuedBy.map((id) => dataset.actorsById.get(id)?.name ?? id).join(', ');
  return (
    <header className="view-header document-header">
      {dataset.documents.length > 1 ? (
        <label className="document-picker">
          {t('paper.document')}{' '}
          <select
            value={doc.id}
            onChange={(e) => openDocument(e.target.value as PolicyDocument['id'])}
          >
            {dataset.documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.shortTitle}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <h2 id="paper-title">{doc.title}</h2>
      <p className="document-meta">
        <time dateTime={doc.date}>{formatDateRange(doc.date)}</time>
        <span>{t('paper.issuedBy', { names: issuers })}</span>
        {dataset.eventsById.has(doc.event) ? (
          <button type="button" className="link-button" onClick={() => onSelectEvent(doc.event)}>
            {t('paper.showEvent')}
          </button>
        ) : null}
        {doc.url ? (
          <a href={doc.url} target="_blank" rel="noopener noreferrer">
            {t('paper.fullText')}
          </a>
        ) : null}
      </p>
      <details className="document-sources">
        <summary>{t('paper.sources', { count: doc.sources.length })}</summary>
        <SourceList ids={doc.sources} dataset={dataset} />
      </details>
    </header>
  );
}
