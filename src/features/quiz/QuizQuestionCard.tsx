import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import type { QuizQuestion } from '../../domain/quiz';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { datasetLangOf } from '../../i18n/languages';
import { QuizPrompt, useLegend } from './QuizPrompt';
import { QuizFeedback } from './QuizFeedback';
import { choiceLabels, untranslatedPart } from './quiz-labels';
import { ChoiceText } from './ChoiceText';

/** One question: its prompt, the choices as radio buttons in a fieldset, Check, then feedback. */
export function QuizQuestionCard({
  question,
  position,
  checked,
  onCheck,
  onNext,
}: {
  question: QuizQuestion;
  position: { n: number; m: number };
  checked: number | undefined;
  onCheck: (choice: number) => void;
  onNext: () => void;
}) {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const lang = useParley((s) => s.lang);
  const name = useId();
  const [choice, setChoice] = useState<number | null>(checked ?? null);
  const [warn, setWarn] = useState(false);
  const top = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (position.n > 1) top.current?.focus();
  }, [position.n]);
  const legend = useLegend(question);
  const labelLang = datasetLangOf(lang);
  const labels = choiceLabels(question, dataset, t, labelLang);
  const done = checked !== undefined;
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (choice === null) setWarn(true);
    else onCheck(choice);
  };
  return (
    <div className="quiz-card">
      <p ref={top} className="quiz-position" tabIndex={-1}>
        {t('quiz.position', position)}
      </p>
      <form onSubmit={submit} noValidate>
        <fieldset className="quiz-fieldset" disabled={done}>
          <legend className="quiz-legend">{legend}</legend>
          <QuizPrompt question={question} />
          <div className="quiz-choices">
            {labels.map((label, i) => (
              <label
                key={i}
                className="quiz-choice"
                data-result={result(done, i, question, checked)}
              >
                <input
                  type="radio"
                  name={name}
                  value={i}
                  checked={choice === i}
                  onChange={() => {
                    setChoice(i);
                    setWarn(false);
                  }}
                />
                <span>
                  <ChoiceText
                    label={label}
                    english={untranslatedPart(question, i, dataset, labelLang)}
                  />
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {warn ? (
          <p className="quiz-warning" role="alert">
            {t('quiz.chooseFirst')}
          </p>
        ) : null}
        {done ? null : (
          <button type="submit" className="quiz-check">
            {t('quiz.check')}
          </button>
        )}
      </form>
      {done ? (
        <QuizFeedback
          question={question}
          right={checked === question.answer}
          answer={labels[question.answer] ?? ''}
          last={position.n === position.m}
          onNext={onNext}
        />
      ) : null}
    </div>
  );
}

function result(done: boolean, i: number, q: QuizQuestion, checked: number | undefined) {
  if (!done) return undefined;
  if (i === q.answer) return 'right';
  return i === checked ? 'wrong' : undefined;
}
