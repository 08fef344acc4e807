import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { StoryBar } from './StoryBar';
import { StoryMenu } from './StoryMenu';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { classroomDataset, classroomStory } from '../../../tests/helpers/classroom-dataset';
import { makeDataset } from '../../../tests/helpers/builders';

function renderStory() {
  return renderWithStore(
    <>
      <StoryMenu />
      <StoryBar />
    </>,
    { dataset: classroomDataset },
  );
}

describe('the guided story', () => {
  it('starts from the Story button, showing the first step', async () => {
    const { user, store } = renderStory();
    expect(screen.queryByRole('region', { name: 'Guided story' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(screen.getByRole('button', { name: 'Story' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('region', { name: 'Guided story' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The invasion' })).toBeInTheDocument();
    expect(screen.getByText('It begins.')).toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Story progress' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    expect(store.getState().selectedEventId).toBe('invasion');
  });

  it('steps with Next and Previous, selecting each step’s event and window', async () => {
    const { user, store } = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'At the UN' })).toBeInTheDocument();
    expect(screen.getByText('China abstains.')).toBeInTheDocument();
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
    expect(store.getState().selectedEventId).toBe('ga-vote');
    expect(store.getState().window).toEqual(classroomStory.steps[1]!.window);
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(store.getState().selectedEventId).toBe('invasion');
  });

  it('cannot go before the first step or past the last, and keeps the focus there', async () => {
    const { user, store } = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    const next = screen.getByRole('button', { name: 'Next' });
    await user.click(next);
    await user.click(next);
    expect(screen.getByText('Step 3 of 3')).toBeInTheDocument();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(store.getState().story).toEqual({ id: 'spring', step: 2 });
    expect(next).toHaveFocus();
  });

  it('“Explore from here” leaves the story, keeping the selection and the window', async () => {
    const { user, store } = renderStory();
    await user.click(screen.getByRole('button', { name: 'Story' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const { window, selectedEventId } = store.getState();
    await user.click(screen.getByRole('button', { name: 'Explore from here' }));
    expect(store.getState()).toMatchObject({ story: null, window, selectedEventId });
    expect(screen.queryByRole('region', { name: 'Guided story' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Story' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('offers a menu when the dataset has several stories, and nothing when it has none', async () => {
    const second = { ...classroomStory, id: 'again', title: 'Spring, again' };
    const { user, store, unmount } = renderWithStore(<StoryMenu />, {
      dataset: { ...classroomDataset, stories: [classroomStory, second] },
    });
    await user.click(screen.getByRole('button', { name: 'Stories' }));
    await user.click(screen.getByRole('button', { name: 'Spring, again' }));
    expect(store.getState().story).toEqual({ id: 'again', step: 0 });
    expect(screen.queryByRole('button', { name: 'Spring, again' })).toBeNull();
    unmount();
    const { container } = renderWithStore(<StoryMenu />, { dataset: makeDataset() });
    expect(container).toBeEmptyDOMElement();
  });

  it('titles the story and its step in the reader’s language, the narration in English', () => {
    const story = {
      ...classroomStory,
      translations: { ru: { title: 'Весна 2022 года' } },
      steps: [
        { ...classroomStory.steps[0]!, translations: { ru: { title: 'Вторжение' } } },
        ...classroomStory.steps.slice(1),
      ],
    };
    renderWithStore(<StoryBar />, {
      dataset: { ...classroomDataset, stories: [story] },
      initial: { lang: 'ru', story: { id: 'spring', step: 0 } },
    });
    expect(screen.getByText('Весна 2022 года')).not.toHaveAttribute('lang');
    expect(screen.getByRole('heading', { name: 'Вторжение' })).not.toHaveAttribute('lang');
    expect(screen.getByText('It begins.')).toHaveAttribute('lang', 'en');
  });
});
