import { useMemo, useRef } from 'react';
import { useLocalKeys } from './use-local-keys';
import { generateQuiz } from '../../domain/quiz';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { QuizQuestionCard } from './QuizQuestionCard';
import { QuizScore } from './QuizScore';
import { useQuizProgress } from './quiz-progress';
import { newSeed } from './new-seed';
import './quiz.css';

/** The seed a quiz link without `seed` stands for. */
export const DEFAULT_QUIZ_SEED = 1;

/**
 * The quiz view: questions generated from the dataset for the URL's seed, one at a time, then
 * the score. "New quiz" picks another seed and pushes it to the URL, so the link shares the quiz.
 */
export function QuizView() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const lang = useParley((s) => s.lang);
  const seed = useParley((s) => s.quizSeed) ?? DEFAULT_QUIZ_SEED;
  const startQuiz = useParley((s) => s.startQuiz);
  const questions = useMemo(() => generateQuiz(dataset, { seed, lang }), [dataset, seed, lang]);
  const [progress, setProgress] = useQuizProgress(seed);
  const root = useRef<HTMLElement>(null);
  useLocalKeys(root);
  const question = questions[progress.index];
  const score = progress.checked.filter((c, i) => c === questions[i]?.answer).length;
  return (
    <section ref={root} className="main-view quiz-view" aria-labelledby="quiz-title">
      <header className="quiz-header">
        <h2 id="quiz-title">{t('quiz.label')}</h2>
        <p className="quiz-intro">{t('quiz.intro', { seed: String(seed) })}</p>
        <button type="button" className="quiz-new" onClick={() => startQuiz(newSeed(seed))}>
          {t('quiz.new')}
        </button>
      </header>
      {questions.length === 0 ? (
        <p>{t('quiz.empty')}</p>
      ) : question ? (
        <QuizQuestionCard
          key={`${seed}:${question.id}`}
          question={question}
          position={{ n: progress.index + 1, m: questions.length }}
          checked={progress.checked[progress.index]}
          onCheck={(choice) => setProgress({ ...progress, checked: [...progress.checked, choice] })}
          onNext={() => setProgress({ ...progress, index: progress.index + 1 })}
        />
      ) : (
        <QuizScore
          score={score}
          total={questions.length}
          onAgain={() => setProgress({ index: 0, checked: [] })}
          onNew={() => startQuiz(newSeed(seed))}
        />
      )}
    </section>
  );
}
