import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { useParley } from '../../store/StoreContext';
import { PresentButton } from './PresentButton';
import { PresentationBar } from './PresentationBar';
import { PresentationStage } from './PresentationStage';
import { useFullscreenSync } from './use-fullscreen-sync';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { classroomDataset } from '../../../tests/helpers/classroom-dataset';
import type { InitialState } from '../../store/create-store';

/** What ParleyApp does for presentation mode, without the timeline (tested end to end). */
function Presentation() {
  useFullscreenSync();
  const presenting = useParley((s) => s.presenting);
  return (
    <>
      <label>
        Notes <input />
      </label>
      <PresentButton />
      {presenting ? (
        <>
          <PresentationBar />
          <PresentationStage />
        </>
      ) : null}
    </>
  );
}

async function present(initial: InitialState = {}) {
  const r = renderWithStore(<Presentation />, { dataset: classroomDataset, initial });
  await r.user.click(screen.getByRole('button', { name: 'Present' }));
  return r;
}

const stageTitle = () => screen.getByRole('heading', { level: 2 }).textContent;

afterEach(() => {
  Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
  Reflect.deleteProperty(document, 'fullscreenElement');
});

describe('presentation mode', () => {
  it('shows the first event large, with "Event 1 of 4", and selects it', async () => {
    const { store } = await present();
    expect(store.getState().presenting).toBe(true);
    expect(screen.getByRole('region', { name: 'Current event' })).toBeInTheDocument();
    expect(stageTitle()).toBe('Russia invades Ukraine');
    expect(screen.getByText('Russian forces crossed the border.')).toBeInTheDocument();
    expect(screen.getByText('Event 1 of 4')).toBeInTheDocument();
    expect(store.getState().selectedEventId).toBe('invasion');
  });

  it('starts from the selected event', async () => {
    await present({ selectedEventId: 'call' as never });
    expect(screen.getByText('Event 3 of 4')).toBeInTheDocument();
  });

  it('steps with the clicker keys: PageDown, Space, →, then back with PageUp, Shift+Space, ←', async () => {
    const { user, store } = await present();
    const seen = () => store.getState().selectedEventId;
    await user.keyboard('{PageDown}');
    expect(seen()).toBe('ga-vote');
    expect(screen.getByText('Event 2 of 4')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(seen()).toBe('call');
    await user.keyboard('{ArrowRight}');
    expect(seen()).toBe('hrc-vote');
    expect(screen.getByText('Event 4 of 4')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(seen()).toBe('hrc-vote');
    await user.keyboard('{PageUp}');
    expect(seen()).toBe('call');
    await user.keyboard('{Shift>} {/Shift}');
    expect(seen()).toBe('ga-vote');
    await user.keyboard('{ArrowLeft}');
    expect(seen()).toBe('invasion');
    await user.keyboard('{End}');
    expect(stageTitle()).toBe('Russia suspended from the Human Rights Council');
    await user.keyboard('{Home}');
    expect(stageTitle()).toBe('Russia invades Ukraine');
  });

  it('steps with the Previous and Next buttons', async () => {
    const { user, store } = await present();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(store.getState().selectedEventId).toBe('ga-vote');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(store.getState().selectedEventId).toBe('invasion');
  });

  it('Space on a focused button steps once, not twice', async () => {
    const { user, store } = await present();
    screen.getByRole('button', { name: 'Next' }).focus();
    await user.keyboard(' ');
    expect(store.getState().selectedEventId).toBe('ga-vote');
  });

  it('steps through the filtered events only', async () => {
    const { user, store } = await present({
      filters: { actors: [], kinds: ['vote'], topics: [], from: null, to: null },
    });
    expect(screen.getByText('Event 1 of 2')).toBeInTheDocument();
    expect(stageTitle()).toBe('General Assembly deplores the aggression');
    await user.keyboard('{PageDown}');
    expect(store.getState().selectedEventId).toBe('hrc-vote');
    expect(screen.getByText('Event 2 of 2')).toBeInTheDocument();
  });

  it('ignores the keys while typing in a field', async () => {
    const { user, store } = await present();
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    await user.keyboard(' {PageDown}{ArrowRight}{Escape}');
    expect(store.getState()).toMatchObject({ presenting: true, selectedEventId: 'invasion' });
  });

  it('announces the date and title of the current event', async () => {
    const { user } = await present();
    await user.keyboard('{PageDown}');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent(/^2 March 2022: General Assembly deplores the aggression$/);
  });

  it('Esc leaves, and the focus returns to the Present button', async () => {
    const { user, store } = await present();
    await user.keyboard('{Escape}');
    expect(store.getState().presenting).toBe(false);
    expect(screen.queryByRole('region', { name: 'Current event' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
  });

  it('Exit leaves', async () => {
    const { user, store } = await present();
    await user.click(screen.getByRole('button', { name: 'Exit' }));
    expect(store.getState().presenting).toBe(false);
  });

  it('says so when the filters leave nothing to present', async () => {
    await present({ filters: { actors: [], kinds: ['legal'], topics: [], from: null, to: null } });
    expect(screen.getByText('No events match the current filters.')).toBeInTheDocument();
    expect(screen.getByText('0 events')).toBeInTheDocument();
  });
});

describe('presentation mode and full screen', () => {
  it('asks for full screen, and takes a refusal quietly', async () => {
    const request = vi.fn(() => Promise.reject(new TypeError('not allowed')));
    document.documentElement.requestFullscreen = request;
    const { store } = await present();
    expect(request).toHaveBeenCalledTimes(1);
    await act(() => Promise.resolve());
    expect(store.getState().presenting).toBe(true);
  });

  it('leaves presentation mode when the browser leaves full screen', async () => {
    let element: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => element,
    });
    document.documentElement.requestFullscreen = vi.fn(() => {
      element = document.documentElement;
      fireEvent(document, new Event('fullscreenchange'));
      return Promise.resolve();
    });
    const { store } = await present();
    expect(store.getState().presenting).toBe(true);
    element = null;
    act(() => {
      fireEvent(document, new Event('fullscreenchange'));
    });
    expect(store.getState().presenting).toBe(false);
  });

  it('gives full screen back on leaving', async () => {
    Object.defineProperty(document, 'fullscreenElement', {
      configurable: true,
      get: () => document.documentElement,
    });
    const exit = vi.fn(() => Promise.resolve());
    document.exitFullscreen = exit;
    const { user } = await present();
    await user.keyboard('{Escape}');
    expect(exit).toHaveBeenCalledTimes(1);
    Reflect.deleteProperty(document, 'exitFullscreen');
  });
});

describe('a story in presentation mode', () => {
  it('shows the narration in place of the summary, and the keys step the story', async () => {
    const { user, store } = renderWithStore(<Presentation />, { dataset: classroomDataset });
    act(() => store.getState().playStory('spring'));
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
    expect(screen.getByText('It begins.')).toBeInTheDocument();
    expect(screen.queryByText('Russian forces crossed the border.')).toBeNull();
    await user.keyboard('{PageDown}');
    expect(store.getState().story).toEqual({ id: 'spring', step: 1 });
    expect(screen.getByText('Step 2 of 3')).toBeInTheDocument();
    expect(stageTitle()).toBe('General Assembly deplores the aggression');
    expect(screen.getByText('China abstains.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Explore from here' }));
    expect(store.getState().story).toBeNull();
    expect(screen.getByText('Event 2 of 4')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(store.getState().selectedEventId).toBe('call');
  });
});
