import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import type { LoadResult } from '../data/load-dataset';
import { problem, WHOLE_FILE } from '../data/problems';

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
});
