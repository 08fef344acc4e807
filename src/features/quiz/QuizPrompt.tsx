import type { QuizQuestion } from '../../domain/quiz';
import { parseDay } from '../../domain/dates';
import type { ActorId } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { useFormatDate } from '../../i18n/use-format-date';
import { useContentLang } from '../../i18n/use-content-lang';
import { LETTERS } from './quiz-labels';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { localDocument } from '../../domain/localise';
import { datasetLangOf } from '../../i18n/languages';

/** The question itself, in the interface language: the fieldset's legend. */
export function useLegend(q: QuizQuestion): string {
  const t = useT();
  const { formatDay } = useFormatDate();
  const dataset = useParley((s) => s.dataset);
  const lang = datasetLangOf(useParley((s) => s.lang));
  const labels = useLocalLabels();
  const actorName = (id: ActorId) => {
    const actor = dataset.actorsById.get(id);
    return actor ? labels.name(actor) : id;
  };
  switch (q.kind) {
    case 'order':
      return t('quiz.order.legend');
    case 'quote':
      return t('quiz.quote.legend');
    case 'vote': {
      const vote = dataset.eventsById.get(q.prompt.event)?.vote;
      return t('quiz.vote.legend', {
        actor: actorName(q.prompt.actor),
        document: vote?.document ?? '',
      });
    }
    case 'stance':
      return t('quiz.stance.legend', {
        date: formatDay(parseDay(q.prompt.asOf) ?? 0),
        actor: actorName(q.prompt.actor),
      });
    case 'point': {
      const doc = dataset.documentsById.get(q.prompt.document);
      return t('quiz.point.legend', { document: doc ? localDocument(doc, lang).shortTitle : '' });
    }
  }
}

/** What the question is about: the events to order, the quote, the vote, the proposition, the point. */
export function QuizPrompt({ question: q }: { question: QuizQuestion }) {
  const t = useT();
  const { formatDateRange } = useFormatDate();
  const dataset = useParley((s) => s.dataset);
  const lang = useContentLang();
  const labels = useLocalLabels();
  switch (q.kind) {
    case 'order':
      return (
        <ul className="quiz-events" aria-label={t('quiz.order.letters')}>
          {q.prompt.events.map((id, i) => (
            <li key={id}>
              <span className="quiz-letter">{LETTERS[i]}</span>{' '}
              <span lang={lang}>{dataset.eventsById.get(id)?.title}</span>
            </li>
          ))}
        </ul>
      );
    case 'quote':
    case 'point':
      return (
        <blockquote className="quiz-quote" lang={lang}>
          <p>{q.kind === 'quote' ? q.prompt.text : q.prompt.summary}</p>
        </blockquote>
      );
    case 'vote': {
      const e = dataset.eventsById.get(q.prompt.event);
      return e ? (
        <p className="quiz-context">
          <time dateTime={e.date}>{formatDateRange(e.date, e.endDate, e.precision)}</time>:{' '}
          <span lang={lang}>{e.title}</span>
        </p>
      ) : null;
    }
    case 'stance': {
      const topic = dataset.topicsById.get(q.prompt.topic);
      if (!topic) return null;
      const title = labels.topicTitle(topic);
      const proposition = labels.proposition(topic);
      return (
        <p className="quiz-context">
          <strong lang={title.lang}>{t('punct.labelled', { label: title.text })}</strong>{' '}
          <span lang={proposition.lang}>{proposition.text}</span>
        </p>
      );
    }
  }
}
