import { describe, expect, it, vi } from 'vitest';
import { waitFor, screen } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { EventId } from '../../domain/types';
import { CopyLinkButton } from './CopyLinkButton';

const dataset = makeDataset({ events: [makeEvent({ id: 'summit' })] });
const initial = { selectedEventId: 'summit' as EventId, panel: 'event' as const };
const link = () => `${window.location.origin}/?event=summit`;

describe('CopyLinkButton', () => {
  it('copies the link to the current view and shows "Copied"', async () => {
    const { user } = renderWithStore(<CopyLinkButton />, { dataset, initial });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(link());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
  });

  it('copies the link of the view as it is now, never the embed', async () => {
    const { user, store } = renderWithStore(<CopyLinkButton />, {
      dataset,
      initial: { ...initial, embed: true },
    });
    store.getState().selectEvent(null);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/`);
  });

  it('when refused, shows the link selected in a field; Escape closes it', async () => {
    const { user } = renderWithStore(<CopyLinkButton />, { dataset, initial });
    const error = vi.spyOn(console, 'error');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    // The refusal arrives asynchronously: wait for the field rather than racing it.
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this link' });
    expect(field).toHaveValue(link());
    await waitFor(() => expect(field).toHaveFocus());
    expect(field.selectionEnd! - field.selectionStart!).toBe(link().length);
    expect(screen.getByText(/press Ctrl\+C/)).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toHaveFocus();
    expect(error).not.toHaveBeenCalled();
  });
});
