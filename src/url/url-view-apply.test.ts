import { describe, expect, it } from 'vitest';
import { createParleyStore } from '../store/create-store';
import type { ActorId } from '../domain/types';
import { day } from '../../tests/helpers/builders';
import { dataset, invasion } from '../../tests/helpers/url-dataset';
import { DEFAULT_URL_VIEW, type UrlView } from './url-view';
import { applyUrlView, selectUrlView } from './url-sync';

describe('selectUrlView and applyUrlView', () => {
  it('are inverse for a full view', () => {
    const store = createParleyStore(dataset);
    const view: UrlView = {
      ...DEFAULT_URL_VIEW,
      view: 'list',
      actor: 'china' as ActorId,
      event: invasion,
      window: { start: day('2022-03-01'), end: day('2022-04-01') },
      query: 'grain',
      story: { id: 'tour', step: 1 },
      embed: true,
      lang: 'fr',
    };
    applyUrlView(store, view);
    expect(selectUrlView(store.getState())).toEqual(view);
    expect(store.getState().panel).toBe('actor');
  });

  it('treat the whole span as the default window', () => {
    const store = createParleyStore(dataset);
    expect(selectUrlView(store.getState())).toEqual(DEFAULT_URL_VIEW);
  });

  it('clamp a story step past the end, and ignore a story the dataset lacks', () => {
    const store = createParleyStore(dataset);
    applyUrlView(store, { ...DEFAULT_URL_VIEW, story: { id: 'tour', step: 9 } });
    expect(store.getState().story).toEqual({ id: 'tour', step: 1 });
    applyUrlView(store, { ...DEFAULT_URL_VIEW, story: { id: 'gone', step: 0 } });
    expect(store.getState().story).toBeNull();
  });

  it('carry the quiz seed only while the quiz is shown', () => {
    const store = createParleyStore(dataset);
    store.getState().startQuiz(42);
    expect(selectUrlView(store.getState())).toMatchObject({ view: 'quiz', quizSeed: 42 });
    store.getState().setView('list');
    expect(selectUrlView(store.getState()).quizSeed).toBeNull();
  });
});
