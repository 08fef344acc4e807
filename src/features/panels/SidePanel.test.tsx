import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { SidePanel } from './SidePanel';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { EventId } from '../../domain/types';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'talks', date: '2023-03-20', related: ['dinner'] }),
    makeEvent({ id: 'dinner', date: '2023-03-21' }),
  ],
});

function setup() {
  const opener = document.createElement('button');
  opener.textContent = 'opener';
  document.body.append(opener);
  const r = renderWithStore(<SidePanel />, { dataset });
  return { ...r, opener };
}

describe('SidePanel focus', () => {
  it('gives focus back to what opened it when it closes', async () => {
    const { store, opener, user } = setup();
    opener.focus();
    act(() => store.getState().selectEvent('talks' as EventId));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(document.activeElement).toBe(opener));
    opener.remove();
  });

  it('moves focus to the new title when a related event is followed', async () => {
    const { store, opener, user } = setup();
    opener.focus();
    act(() => store.getState().selectEvent('talks' as EventId));
    await user.click(screen.getByRole('button', { name: /dinner/ }));
    expect(store.getState().selectedEventId).toBe('dinner');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 })),
    );
    expect(document.activeElement).toHaveTextContent('dinner');
    opener.remove();
  });
});
