import { reactionSummary } from '../../domain/document-reactions';
import type { PolicyDocument } from '../../domain/types';
import { REACTION_KINDS } from '../../domain/vocabulary';
import { useT } from '../../i18n/use-t';
import { ReactionBadge } from '../../ui/ReactionBadge';

/** How many reactions of each kind a document drew, every kind listed (zero included). */
export function ReactionGlance({ doc }: { doc: PolicyDocument }) {
  const t = useT();
  const counts = reactionSummary(doc);
  return (
    <section className="reaction-glance" aria-labelledby="glance-title">
      <h3 id="glance-title">{t('paper.glance')}</h3>
      <p className="glance-total">{t('paper.glanceTotal', { count: doc.reactions.length })}</p>
      <ul className="glance-counts">
        {REACTION_KINDS.map((k) => (
          <li key={k}>
            <span className="glance-count">{counts[k]}</span> <ReactionBadge response={k} />
          </li>
        ))}
      </ul>
    </section>
  );
}
