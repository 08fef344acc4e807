import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { StoreProvider } from '../../store/StoreContext';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { quizDataset } from '../../../tests/helpers/quiz-dataset';
import { makeDataset } from '../../../tests/helpers/builders';
import { generateQuiz } from '../../domain/quiz';
import { choiceLabel } from './quiz-labels';
import { translator } from '../../i18n/translate';
import { QuizView } from './QuizView';

const dataset = quizDataset();
const SEED = 3;
const questions = generateQuiz(dataset, { seed: SEED });
const t = translator('en');
const label = (qi: number, ci: number) => choiceLabel(questions[qi]!, ci, dataset, t);

function setup(lang = 'en') {
  return renderWithStore(<QuizView />, {
    dataset,
    initial: { view: 'quiz', quizSeed: SEED, lang },
  });
}

describe('QuizView', () => {
  it('asks the first question of the seed with 3–4 radio buttons in a named group', () => {
    setup();
    expect(screen.getByText(`Question 1 of ${questions.length}`)).toBeInTheDocument();
    const group = screen.getByRole('group');
    expect(group).toHaveAccessibleName();
    const radios = within(group).getAllByRole('radio');
    expect(radios.length).toBeGreaterThanOrEqual(3);
    expect(radios.length).toBeLessThanOrEqual(4);
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(
      questions[0]!.choices.map((_, i) => label(0, i)),
    );
  });

  it('asks for a choice before checking', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
  });

  it('says when an answer is right, with the sources linked', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: label(0, questions[0]!.answer) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Right!')).toHaveFocus();
    const feedback = screen.getByRole('region', { name: 'Right!' });
    expect(within(feedback).getAllByRole('link').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
  });

  it('gives the right answer after a wrong one', async () => {
    const { user } = setup();
    const q = questions[0]!;
    const wrong = q.answer === 0 ? 1 : 0;
    await user.click(screen.getByRole('radio', { name: label(0, wrong) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      screen.getByText(`Not quite. The answer is: ${label(0, q.answer)}.`),
    ).toBeInTheDocument();
  });

  it('shows the event on the timeline', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('radio', { name: label(0, 0) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: 'Show on the timeline' }));
    expect(store.getState().view).toBe('timeline');
    expect(store.getState().selectedEventId).toBe(questions[0]!.event);
  });

  it('can be answered with the keyboard alone', async () => {
    const { user } = setup();
    const radios = screen.getAllByRole('radio');
    await user.tab(); // New quiz
    await user.tab();
    expect(radios[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(radios[1]).toBeChecked();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/^(Right!|Not quite)/)).toHaveFocus();
  });

  it('counts the score at the end and starts a new quiz with a new seed', async () => {
    const { user, store } = setup();
    for (let i = 0; i < questions.length; i++) {
      await user.click(screen.getByRole('radio', { name: label(i, questions[i]!.answer) }));
      await user.click(screen.getByRole('button', { name: 'Check' }));
      const last = i === questions.length - 1;
      await user.click(
        screen.getByRole('button', { name: last ? 'See the score' : 'Next question' }),
      );
    }
    const total = questions.length;
    expect(
      screen.getByText(`You answered ${total} of ${total} questions correctly.`),
    ).toHaveFocus();
    await user.click(screen.getAllByRole('button', { name: 'New quiz' })[1]!);
    expect(store.getState().quizSeed).not.toBe(SEED);
    expect(screen.getByText(/^Question 1 of/)).toBeInTheDocument();
  });

  it('keeps the place in the quiz when the reader comes back to it', async () => {
    const { user, store, unmount } = setup();
    await user.click(screen.getByRole('radio', { name: label(0, 0) }));
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(screen.getByRole('button', { name: /Next question|See the score/ }));
    unmount();
    render(
      <StoreProvider store={store}>
        <QuizView />
      </StoreProvider>,
    );
    expect(screen.getByText(/^Question 2 of/)).toBeInTheDocument();
  });

  it('speaks French', () => {
    setup('fr');
    expect(screen.getByRole('button', { name: 'Vérifier' })).toBeInTheDocument();
    expect(screen.getByText(`Question 1 sur ${questions.length}`)).toBeInTheDocument();
  });

  it('says so when the dataset offers no question', () => {
    renderWithStore(<QuizView />, { dataset: makeDataset(), initial: { view: 'quiz' } });
    expect(screen.getByText('The dataset offers no questions to ask.')).toBeInTheDocument();
  });
});
