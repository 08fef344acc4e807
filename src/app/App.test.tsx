import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import type { LoadResult } from '../data/load-dataset';
import { problem, WHOLE_FILE } from '../data/problems';
import { tooBigResult } from '../data/fetch-dataset';
import { deviceLimit } from '../data/device-limit';
import { loadMessages } from '../i18n/load-messages';

const failure = (detail: string): LoadResult => ({
  ok: false,
  problems: [problem(WHOLE_FILE, 'problem.couldNotLoad', { detail })],
});

describe('App', () => {
  it('offers "Try again" after a failed load, and loads again when asked', async () => {
    const load = vi
      .fn<() => Promise<LoadResult>>()
      .mockResolvedValueOnce(failure('the server did not answer within 30 seconds'))
      .mockResolvedValueOnce(failure('the server answered 500'));
    render(<App load={load} />);
    expect(await screen.findByText(/did not answer within 30 seconds/)).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/the server answered 500/)).toBeInTheDocument();
    expect(screen.queryByText(/did not answer/)).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the loading message while the file is on its way', () => {
    render(<App load={() => new Promise<LoadResult>(() => {})} />);
    expect(screen.getByText('Loading the chronology…')).toBeInTheDocument();
  });

  it('says a file is too big for the device, with its figures, and no going back to itself', async () => {
    const figures = { bytes: 120 * 1024 * 1024, events: 300_000, limit: deviceLimit(4) };
    render(<App load={() => Promise.resolve(tooBigResult(figures))} />);
    expect(
      await screen.findByRole('heading', { name: 'This dataset is too big for this device' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The file is 120 MB and holds 300,000 events\./)).toBeInTheDocument();
    // The bundled file itself is too big: neither going back to it nor trying again helps.
    expect(screen.queryByRole('button', { name: 'Back to the bundled dataset' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it("speaks the link's language before the dataset is in: the drop hint in French", async () => {
    history.replaceState(null, '', '/?lang=fr');
    try {
      render(<App load={() => new Promise<LoadResult>(() => {})} />);
      const enter = new Event('dragenter') as DragEvent;
      Object.defineProperty(enter, 'dataTransfer', { value: { types: ['Files'] } });
      act(() => {
        window.dispatchEvent(enter);
      });
      // The hint shows at once (in English if French is still on its way), then turns French
      // when the messages arrive, with nothing else happening on the page.
      expect(screen.getByText(/Drop the file|Déposez le fichier/)).toBeInTheDocument();
      await act(() => loadMessages('fr'));
      expect(screen.getByText('Déposez le fichier pour l’ouvrir')).toBeInTheDocument();
    } finally {
      history.replaceState(null, '', '/');
    }
  });
});
