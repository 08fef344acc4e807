import { useEffect, useRef } from 'react';
import type { QuizQuestion } from '../../domain/quiz';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { SourceList } from '../../ui/SourceList';
import { QuizWhy } from './QuizWhy';

/**
 * After Check: right or not, why (the event, position or point, linked), the sources, "Show on
 * the timeline" and Next. Focus moves to the verdict so it is read out at once.
 */
export function QuizFeedback({
  question,
  right,
  answer,
  last,
  onNext,
}: {
  question: QuizQuestion;
  right: boolean;
  answer: string;
  last: boolean;
  onNext: () => void;
}) {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const openEventOnTimeline = useParley((s) => s.openEventOnTimeline);
  const verdict = useRef<HTMLParagraphElement>(null);
  useEffect(() => verdict.current?.focus(), []);
  return (
    <section className="quiz-feedback" data-right={right} aria-labelledby="quiz-verdict">
      <p ref={verdict} id="quiz-verdict" className="quiz-verdict" tabIndex={-1}>
        {right ? t('quiz.right') : t('quiz.wrong', { answer })}
      </p>
      <h3 className="quiz-subhead">{t('quiz.why')}</h3>
      <QuizWhy question={question} />
      <h3 className="quiz-subhead">{t('quiz.sources')}</h3>
      <SourceList ids={question.why.sources} dataset={dataset} />
      <div className="quiz-actions">
        <button type="button" onClick={() => openEventOnTimeline(question.event)}>
          {t('quiz.showOnTimeline')}
        </button>
        <button type="button" className="quiz-next" onClick={onNext}>
          {last ? t('quiz.finish') : t('quiz.next')}
        </button>
      </div>
    </section>
  );
}
