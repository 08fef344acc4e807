import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { makeDataset, makeEvent } from '../../../tests/helpers/builders';
import type { EventId } from '../../domain/types';
import { CiteButton } from './CiteButton';

const dataset = makeDataset({
  events: [makeEvent({ id: 'paper', date: '2023-02-24', title: 'Position paper' })],
});

function setup() {
  const r = renderWithStore(<CiteButton />, {
    dataset,
    initial: { selectedEventId: 'paper' as EventId, panel: 'event' as const },
  });
  return { ...r, open: () => r.user.click(screen.getByRole('button', { name: 'Cite' })) };
}

describe('the citation dialog', () => {
  it('cites the view in four styles, with the dataset title, version and link', async () => {
    const { open } = setup();
    await open();
    const dialog = screen.getByRole('dialog', { name: 'Cite this view' });
    const link = `${window.location.origin}/?event=paper`;
    for (const style of ['APA', 'Chicago', 'MLA', 'BibTeX']) {
      const text = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: style }).value;
      expect(text).toContain(dataset.meta.title.replace(/[&%$#_{}]/g, (c) => `\\${c}`));
      expect(text).toContain(dataset.meta.updated);
      expect(text).toContain(link);
    }
  });

  it('copies a style, and Escape closes the dialog and returns the focus', async () => {
    const { open, user } = setup();
    await open();
    await user.click(screen.getByRole('button', { name: 'Copy MLA' }));
    const mla = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'MLA' }).value;
    expect(await navigator.clipboard.readText()).toBe(mla);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cite' })).toHaveFocus();
  });
});
