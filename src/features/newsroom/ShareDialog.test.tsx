import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { EventId } from '../../domain/types';
import { ShareButton } from './ShareButton';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'paper', date: '2023-02-24', title: 'Position paper', kind: 'document' }),
  ],
});
const initial = {
  selectedEventId: 'paper' as EventId,
  panel: 'event' as const,
  filters: { actors: [], kinds: ['document' as const], topics: [], from: null, to: null },
};

function setup() {
  const r = renderWithStore(<ShareButton />, { dataset, initial });
  return { ...r, open: () => r.user.click(screen.getByRole('button', { name: 'Share' })) };
}

const snippet = () =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' }).value;

describe('the share dialog', () => {
  it('opens as a labelled dialog, and Escape closes it and returns the focus', async () => {
    const { open, user } = setup();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await open();
    const dialog = screen.getByRole('dialog', { name: 'Share this view' });
    expect(dialog).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
  });

  it('closes with its close button', async () => {
    const { open, user } = setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the link to the current view, without embed', async () => {
    const { open } = setup();
    await open();
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      `${window.location.origin}/?event=paper&kinds=document`,
    );
  });

  it('gives an iframe snippet of the view: embed=1, a title, lazy loading and the script', async () => {
    const { open } = setup();
    await open();
    const code = snippet();
    expect(code).toContain(
      `src="${window.location.origin}/?event=paper&amp;kinds=document&amp;embed=1"`,
    );
    expect(code).toContain('title="Parley: Position paper (24 Feb 2023) · Document"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('height="640"');
    expect(code).toContain('data-parley');
    expect(code).toMatch(/<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);
    expect(screen.getByTitle('Parley: Position paper (24 Feb 2023) · Document')).toHaveAttribute(
      'src',
      `${window.location.origin}/?event=paper&kinds=document&embed=1`,
    );
  });

  it('follows the chosen height and theme, in the snippet and the preview', async () => {
    const { open, user } = setup();
    await open();
    const height = screen.getByRole('spinbutton', { name: 'Starting height (px)' });
    await user.clear(height);
    await user.type(height, '900');
    expect(snippet()).toContain('height="900"');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(snippet()).toContain('embed=1&amp;theme=dark"');
    const preview = screen.getByTitle(/^Parley: Position paper/);
    expect(preview).toHaveAttribute('src', expect.stringContaining('embed=1&theme=dark'));
    expect(preview).toHaveAttribute('height', '900');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(snippet()).toContain('theme=light');
  });

  it('keeps the height in range', async () => {
    const { open, user } = setup();
    await open();
    const height = screen.getByRole('spinbutton', { name: 'Starting height (px)' });
    await user.clear(height);
    await user.type(height, '5');
    expect(snippet()).toContain('height="200"');
  });

  it('copies the code and says so', async () => {
    const { open, user } = setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe(snippet());
    expect(screen.getByText('Copied')).toBeVisible();
  });

  it('copies the link and says so', async () => {
    const { open, user } = setup();
    await open();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/?event=paper&kinds=document`,
    );
    expect(screen.getByText('Copied')).toBeVisible();
  });

  it('when copying is refused, selects the text and says how to copy it, without an error', async () => {
    const { open, user } = setup();
    const error = vi.spyOn(console, 'error');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await open();
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(screen.getByText(/Copying was not allowed/)).toBeVisible();
    const field = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(error).not.toHaveBeenCalled();
  });

  it('Tab never enters the preview (inert, out of the Tab order), and Escape still closes', async () => {
    const { open, user } = setup();
    await open();
    const preview = screen.getByTitle(/^Parley: Position paper/);
    expect(preview).toHaveAttribute('tabindex', '-1');
    expect(preview.closest('[inert]')).not.toBeNull();
    for (let i = 0; i < 20; i += 1) {
      await user.tab();
      expect(document.activeElement).not.toBe(preview);
    }
    // (jsdom has no modal focus trap; the browser keeps the focus in the dialog: see e2e.)
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Copy link' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers a fixed height, without the script that makes the frame follow its content', async () => {
    const { open, user } = setup();
    await open();
    expect(snippet()).toContain('embed.js');
    await user.click(screen.getByRole('checkbox', { name: /Height follows the content/ }));
    expect(snippet()).not.toContain('<script');
    expect(snippet()).toMatch(/^<iframe [^>]+><\/iframe>$/);
  });

  it('offers the static preview page of the selected event', async () => {
    const { open } = setup();
    await open();
    expect(
      screen.getByRole('textbox', { name: /previews this event in social media/ }),
    ).toHaveValue(`${window.location.origin}/e/paper.html`);
  });
});
