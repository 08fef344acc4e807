import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ActorPanel } from './ActorPanel';
import { renderWithStore } from '../../tests/helpers/render-with-store';
import { makeActor, makeDataset, makeEvent } from '../../tests/helpers/builders';

const china = { ...makeActor({ id: 'china', name: 'China' }), description: 'A permanent member.' };
const xi = {
  ...makeActor({ id: 'xi', name: 'Xi Jinping', kind: 'person', memberOf: 'china' }),
  title: 'President of China',
};
const russia = makeActor({ id: 'russia', name: 'Russia' });
const dataset = makeDataset({
  actors: [china, russia, xi],
  events: [
    { ...makeEvent({ id: 'call', date: '2022-02-25', actors: ['xi', 'russia'] }), title: 'A call' },
    { ...makeEvent({ id: 'vote', date: '2022-03-02', actors: ['china'] }), title: 'A vote' },
    { ...makeEvent({ id: 'other', date: '2022-04-01', actors: ['russia'] }), title: 'Elsewhere' },
  ],
});

function renderPanel(actor = china) {
  const onSelectEvent = vi.fn();
  const onSelectActor = vi.fn();
  const r = renderWithStore(
    <ActorPanel
      actor={actor}
      dataset={dataset}
      onSelectEvent={onSelectEvent}
      onSelectActor={onSelectActor}
    />,
    { dataset },
  );
  return { ...r, onSelectEvent, onSelectActor };
}

describe('ActorPanel', () => {
  it('shows the name, kind and description', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'China' })).toBeInTheDocument();
    expect(screen.getByText('State')).toBeInTheDocument();
    expect(screen.getByText('A permanent member.')).toBeInTheDocument();
  });

  it("lists the events of a state, including its people's, and selects one", async () => {
    const { user, onSelectEvent } = renderPanel();
    expect(screen.getByRole('heading', { name: 'Events (2)' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Events (2)' })
      .nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([expect.stringContaining('A call'), expect.stringContaining('A vote')]);
    await user.click(within(list).getByRole('button', { name: /A vote/ }));
    expect(onSelectEvent).toHaveBeenCalledWith('vote');
  });

  it('links a person to the state they speak for, and a state to its people', async () => {
    const { user, onSelectActor, unmount } = renderPanel(xi);
    expect(screen.getByText('President of China')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'China' }));
    expect(onSelectActor).toHaveBeenCalledWith('china');
    unmount();
    const second = renderPanel(china);
    await second.user.click(screen.getByRole('button', { name: 'Xi Jinping' }));
    expect(second.onSelectActor).toHaveBeenCalledWith('xi');
  });
});
