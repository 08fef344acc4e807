import { useMemo } from 'react';
import { generateQuiz, type QuizQuestion } from '../../domain/quiz';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { datasetLangOf } from '../../i18n/languages';
import { QuizPrompt, useLegend } from './QuizPrompt';
import { choiceLabels } from './quiz-labels';
import { DEFAULT_QUIZ_SEED } from './QuizView';

/**
 * "Questions for discussion" for the printed handout: the quiz of the link's seed, its questions
 * and choices without the answers. Printed when the handout is printed from the quiz view.
 */
export function QuizHandoutPage() {
  const t = useT();
  const quiz = useParley((s) => s.view === 'quiz');
  const dataset = useParley((s) => s.dataset);
  const lang = useParley((s) => s.lang);
  const seed = useParley((s) => s.quizSeed) ?? DEFAULT_QUIZ_SEED;
  const questions = useMemo(
    () => (quiz ? generateQuiz(dataset, { seed, lang }) : []),
    [quiz, dataset, seed, lang],
  );
  if (questions.length === 0) return null;
  return (
    <section className="handout-questions" aria-labelledby="handout-questions-title">
      <h2 id="handout-questions-title">{t('print.questions')}</h2>
      <p>{t('print.questionsIntro', { seed })}</p>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>
            <HandoutQuestion question={q} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function HandoutQuestion({ question }: { question: QuizQuestion }) {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const lang = datasetLangOf(useParley((s) => s.lang));
  return (
    <>
      <p className="handout-question">{useLegend(question)}</p>
      <QuizPrompt question={question} />
      <ol className="handout-choices" type="a">
        {choiceLabels(question, dataset, t, lang).map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ol>
    </>
  );
}
