import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { quizDataset } from '../../../tests/helpers/quiz-dataset';
import { generateQuiz } from '../../domain/quiz';
import { translator } from '../../i18n/translate';
import { choiceLabels } from './quiz-labels';
import { QuizHandoutPage } from './QuizHandoutPage';

const dataset = quizDataset();
const SEED = 5;
const questions = generateQuiz(dataset, { seed: SEED });

describe('QuizHandoutPage', () => {
  it('lists the seed’s questions with their choices, and no answers', () => {
    renderWithStore(<QuizHandoutPage />, {
      dataset,
      initial: { view: 'quiz', quizSeed: SEED },
    });
    const page = screen.getByRole('region', { name: 'Questions for discussion' });
    expect(within(page).getByText(/From quiz number 5\./)).toBeInTheDocument();
    const items = within(page)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.parentElement === page);
    expect(items).toHaveLength(questions.length);
    const t = translator('en');
    questions.forEach((q, i) => {
      const choices = within(items[i]!).getAllByRole('list').at(-1)!;
      expect(
        within(choices)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(choiceLabels(q, dataset, t));
    });
    expect(page).not.toHaveTextContent(/Right|Correct/);
  });

  it('is left out of a handout printed from another view', () => {
    const { container } = renderWithStore(<QuizHandoutPage />, {
      dataset,
      initial: { view: 'timeline', quizSeed: SEED },
    });
    expect(container).toBeEmptyDOMElement();
  });
});
