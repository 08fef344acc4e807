import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithStore } from '../../tests/helpers/render-with-store';
import { day, makeDataset, makeEvent, makeSource } from '../../tests/helpers/builders';
import type { EventId } from '../domain/types';
import { EmbedShell } from './EmbedShell';

const dataset = makeDataset({
  events: [
    makeEvent({ id: 'early', date: '2022-03-01', sources: ['a', 'b'] }),
    makeEvent({ id: 'late', date: '2023-03-01', title: 'Late event', sources: ['b', 'c'] }),
  ],
  sources: [
    makeSource({ id: 'a', publisher: 'Xinhua', url: 'https://example.org/a' }),
    makeSource({ id: 'b', publisher: 'TASS' }),
    makeSource({ id: 'c', publisher: 'Reuters' }),
  ],
});

function renderEmbed(initial = {}) {
  return renderWithStore(
    <EmbedShell>
      <p>the view</p>
    </EmbedShell>,
    { dataset, initial: { embed: true, ...initial } },
  );
}

describe('the embed layout', () => {
  it('shows the view and a credits line, without the app header', () => {
    renderEmbed();
    expect(screen.getByRole('main')).toHaveTextContent('the view');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    const credits = screen.getByRole('contentinfo');
    expect(credits).toHaveTextContent('Parley — Test');
  });

  it('links to the same view in the full app, in a new tab', () => {
    renderEmbed({ selectedEventId: 'late' as EventId, panel: 'event', theme: 'dark' });
    const link = screen.getByRole('link', { name: /Open in Parley/ });
    expect(link).toHaveAttribute('href', `${window.location.origin}/?event=late&theme=dark`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
  });

  it('shows the chosen event in the flow', () => {
    renderEmbed({ selectedEventId: 'late' as EventId, panel: 'event' });
    expect(screen.getByRole('heading', { level: 2, name: 'Late event' })).toBeVisible();
  });

  it('lists the sources of the events shown in the window, on request', async () => {
    const { user } = renderEmbed({
      window: { start: day('2023-01-01'), end: day('2023-03-22') },
    });
    const toggle = screen.getByRole('button', { name: 'Sources (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('region', { name: 'Sources of the 1 event shown' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('TASS'), expect.stringContaining('Reuters')]);
    await user.click(toggle);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
