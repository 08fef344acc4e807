import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { OfflineSupport } from './OfflineSupport';
import { listenToWorker, setWorkerStatus } from './worker-status';
import { WORKER_MESSAGES } from './messages';

afterEach(() => setWorkerStatus({ updateReady: false, datasetFromCache: null }));

describe('OfflineSupport', () => {
  it('shows nothing until the worker has something to say', () => {
    const { container, store } = renderWithStore(<OfflineSupport />);
    expect(container).toBeEmptyDOMElement();
    expect(store.getState().notices).toEqual([]);
  });

  it('offers a reload when a new version waits, and can be dismissed', async () => {
    const { user } = renderWithStore(<OfflineSupport />);
    act(() => setWorkerStatus({ updateReady: true }));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('A new version of Parley is available.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: /^Close: A new version/ }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when the dataset shown is the saved copy, with the day it was saved', () => {
    const { store } = renderWithStore(<OfflineSupport />, { initial: { lang: 'fr' } });
    act(() => setWorkerStatus({ datasetFromCache: { savedAt: '2026-12-01T10:00:00.000Z' } }));
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'Le jeu de données n’a pas pu être téléchargé : voici la copie enregistrée le 1 décembre 2026, peut-être dépassée.',
    ]);
  });

  it('hears the worker through the message channel; other messages are ignored', () => {
    const target = new EventTarget();
    listenToWorker(target);
    const { store } = renderWithStore(<OfflineSupport />);
    act(() => {
      target.dispatchEvent(new MessageEvent('message', { data: { type: 'something else' } }));
    });
    expect(store.getState().notices).toEqual([]);
    act(() => {
      target.dispatchEvent(
        new MessageEvent('message', {
          data: { type: WORKER_MESSAGES.datasetFromCache, savedAt: null },
        }),
      );
    });
    expect(store.getState().notices.map((n) => n.message)).toEqual([
      'The dataset could not be fetched, so this is the copy saved with the app: it may be out of date.',
    ]);
  });
});
