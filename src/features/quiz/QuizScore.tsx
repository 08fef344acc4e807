import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t';

/** The end of a quiz: the score, and the way to another round. */
export function QuizScore({
  score,
  total,
  onAgain,
  onNew,
}: {
  score: number;
  total: number;
  onAgain: () => void;
  onNew: () => void;
}) {
  const t = useT();
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="quiz-score">
      <p ref={heading} className="quiz-score-text" tabIndex={-1}>
        {t('quiz.score', { score, total })}
      </p>
      <div className="quiz-actions">
        <button type="button" onClick={onAgain}>
          {t('quiz.again')}
        </button>
        <button type="button" onClick={onNew}>
          {t('quiz.new')}
        </button>
      </div>
    </div>
  );
}
