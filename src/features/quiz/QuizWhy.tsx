import type { ReactNode } from 'react';
import type { ActorId, EventId } from '../../domain/types';
import type { QuizQuestion } from '../../domain/quiz';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { useFormatDate } from '../../i18n/use-format-date';
import { useContentLang } from '../../i18n/use-content-lang';
import { EventLink } from '../../ui/EventLink';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { localPoint } from '../../domain/localise';
import { datasetLangOf } from '../../i18n/languages';

/** The events behind an answer, each a button that opens it in the detail panel. */
function Events({ ids }: { ids: readonly EventId[] }) {
  const dataset = useParley((s) => s.dataset);
  const selectEvent = useParley((s) => s.selectEvent);
  return (
    <ul className="quiz-why-events">
      {ids.map((id) => (
        <li key={id}>
          <EventLink id={id} dataset={dataset} onSelect={selectEvent} />
        </li>
      ))}
    </ul>
  );
}

/** Why the answer is right, from the explanation data of the question. */
export function QuizWhy({ question: q }: { question: QuizQuestion }) {
  const t = useT();
  const { formatDateRange } = useFormatDate();
  const dataset = useParley((s) => s.dataset);
  const lang = useContentLang();
  const labels = useLocalLabels();
  const readerLang = datasetLangOf(useParley((s) => s.lang));
  const name = (id: ActorId) => {
    const actor = dataset.actorsById.get(id);
    return actor ? labels.name(actor) : id;
  };
  let text: ReactNode = null;
  if (q.kind === 'order') text = t('quiz.order.why');
  else if (q.kind === 'quote') {
    const e = dataset.eventsById.get(q.prompt.event);
    const quote = e?.quotes[q.prompt.quote];
    const date = quote?.date ?? e?.date ?? '';
    text = t('quiz.quote.why', {
      speaker: quote ? name(quote.speaker) : '',
      date: formatDateRange(date),
    });
  } else if (q.kind === 'vote') {
    const vote = dataset.eventsById.get(q.prompt.event)?.vote;
    const mine = vote?.votes.find((v) => v.actor === q.prompt.actor)?.vote ?? 'absent';
    text = t('quiz.vote.why', {
      actor: name(q.prompt.actor),
      vote: t(`vote.${mine}`),
      yes: vote?.yes ?? 0,
      no: vote?.no ?? 0,
      abstain: vote?.abstain ?? 0,
    });
  } else if (q.kind === 'stance') {
    const p = dataset.positions.find((x) => x.id === q.why.position);
    text = (
      <>
        {t('quiz.stance.why', {
          date: formatDateRange(p?.date ?? q.prompt.asOf),
          stance: t(`stance.${p?.stance ?? 'none'}`),
        })}{' '}
        <span lang={lang}>{p?.summary}</span>
      </>
    );
  } else {
    const point = dataset.documentsById
      .get(q.prompt.document)
      ?.points.find((x) => x.number === q.why.point);
    text = t('quiz.point.choice', {
      n: point?.number ?? 0,
      title: point ? localPoint(point, readerLang) : '',
    });
  }
  return (
    <div className="quiz-why">
      <p>{text}</p>
      <Events ids={q.why.events.slice(0, q.kind === 'order' ? 4 : 3)} />
    </div>
  );
}
