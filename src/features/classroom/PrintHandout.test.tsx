import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { PrintHandout } from './PrintHandout';
import { PrintButton } from './PrintButton';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { classroomDataset, classroomEvents } from '../../../tests/helpers/classroom-dataset';
import { day, makeDataset, makeSource } from '../../../tests/helpers/builders';
import { NO_FILTERS } from '../../domain/filter-events';
import type { ActorId, Dataset, SourceId } from '../../domain/types';
import type { InitialState } from '../../store/create-store';

const handout = () => screen.getByRole('article', { name: 'Handout' });
const titles = () =>
  within(handout())
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

/** Renders the handout and prints: it exists only from `beforeprint` to `afterprint`. */
function renderPrinted(options: { dataset?: Dataset; initial?: InitialState } = {}) {
  const result = renderWithStore(<PrintHandout />, {
    dataset: classroomDataset,
    ...options,
  });
  act(() => {
    window.dispatchEvent(new Event('beforeprint'));
  });
  return result;
}

describe('PrintHandout', () => {
  it('has the title, the description and says what is shown', () => {
    renderPrinted();
    expect(within(handout()).getByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    expect(within(handout()).getByText('Test dataset')).toBeInTheDocument();
    expect(within(handout()).getByText(/all events in the dataset\./)).toHaveTextContent(
      'Shown: all events in the dataset. Timeline window: 4 February 2022 – 22 March 2023. 4 events, in chronological order.',
    );
  });

  it('lists every event in chronological order, with date, kind, actors and summary', () => {
    renderPrinted();
    expect(titles()).toEqual([
      'Russia invades Ukraine',
      'General Assembly deplores the aggression',
      'Xi and Biden talk by video',
      'Russia suspended from the Human Rights Council',
    ]);
    const vote = screen.getByRole('heading', { name: 'General Assembly deplores the aggression' })
      .parentElement as HTMLElement;
    expect(vote).toHaveTextContent('2 March 2022 · UN vote');
    expect(within(vote).getByText(/United Nations \(participant\), China/)).toBeInTheDocument();
    expect(within(vote).getByText('Adopted by 141 votes; China abstained.')).toBeInTheDocument();
  });

  it('cites each event’s sources with publisher, title, date and the address as text', () => {
    renderPrinted();
    const invasion = screen.getByRole('heading', { name: 'Russia invades Ukraine' })
      .parentElement as HTMLElement;
    const sources = within(invasion).getByRole('list');
    expect(within(sources).getByRole('listitem')).toHaveTextContent(
      'Reuters, “Russia attacks”, 24 February 2022. https://example.org/a',
    );
    const vote = screen.getByRole('heading', { name: 'General Assembly deplores the aggression' })
      .parentElement as HTMLElement;
    expect(
      within(within(vote).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'UN News, “General Assembly votes”, 24 February 2022.',
      'Xinhua, “China explains its vote”, 24 February 2022.',
    ]);
  });

  it('follows the filters, and says which', () => {
    const { store } = renderPrinted({
      initial: { filters: { ...NO_FILTERS, kinds: ['vote'], actors: ['china' as never] } },
    });
    expect(titles()).toEqual(['General Assembly deplores the aggression']);
    expect(
      within(handout()).getByText(/events of kind UN vote, involving China\./),
    ).toHaveTextContent('One event.');
    act(() => store.getState().toggleActor('china' as never));
    expect(titles()).toHaveLength(2);
  });

  it('says when nothing matches', () => {
    renderPrinted({
      initial: { filters: { ...NO_FILTERS, kinds: ['legal'] } },
    });
    expect(within(handout()).getByText('No events match the current filters.')).toBeInTheDocument();
  });
});

describe('PrintHandout in other languages', () => {
  /** The bold labels ("Who:"), as written: the matchers of Testing Library would fold the spaces. */
  const labels = (container: HTMLElement) =>
    [...container.querySelectorAll('.print-handout strong')].map((e) => e.textContent);

  it('sets its labels’ colons as each language does', () => {
    const { container } = renderPrinted({ initial: { lang: 'fr' } });
    expect(labels(container)).toContain('Qui\u202F:');
    expect(labels(container)).toContain('Affichés\u202F:');
  });

  it('uses the full-width colon in Chinese', () => {
    const { container } = renderPrinted({ initial: { lang: 'zh' } });
    expect(labels(container)).toContain('相关方：');
  });
});

describe('PrintHandout only while printing', () => {
  it('renders nothing on screen, the handout from beforeprint to afterprint', () => {
    renderWithStore(<PrintHandout />, { dataset: classroomDataset });
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(handout()).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('prints the events in the timeline’s window only, and says which window', () => {
    renderPrinted({ initial: { window: { start: day('2022-03-01'), end: day('2022-03-20') } } });
    expect(titles()).toEqual([
      'General Assembly deplores the aggression',
      'Xi and Biden talk by video',
    ]);
    expect(
      within(handout()).getByText(/Timeline window: 1\s*–\s*19 March 2022\./),
    ).toHaveTextContent('2 events, in chronological order.');
    expect(within(handout()).getByText(/prints what the screen showed/)).toBeInTheDocument();
    expect(within(handout()).getByRole('img', { name: /2 events/ })).toBeInTheDocument();
  });

  it('prints only the events the search finds, and quotes the search', () => {
    renderPrinted({ initial: { query: 'Biden' } });
    expect(titles()).toEqual(['Xi and Biden talk by video']);
    expect(within(handout()).getByText(/matching the search “Biden”/)).toBeInTheDocument();
  });

  it('includes the quotations with their speakers, and no source notes', () => {
    const [invasion, ...rest] = classroomEvents;
    const quoted = {
      ...invasion!,
      quotes: [
        { text: 'We will respond.', speaker: 'usa' as ActorId, source: 'src-a' as SourceId },
      ],
    };
    const dataset = makeDataset({
      events: [quoted, ...rest],
      actors: [...classroomDataset.actorsById.values()],
      sources: [
        {
          ...makeSource({ id: 'src-a', publisher: 'Reuters' }),
          note: 'Title taken from the page address.',
        },
        makeSource({ id: 'src-b' }),
        makeSource({ id: 'src-c' }),
      ],
    });
    renderPrinted({ dataset });
    const event = screen.getByRole('heading', { name: 'Russia invades Ukraine' })
      .parentElement as HTMLElement;
    expect(within(event).getByText('We will respond.')).toBeInTheDocument();
    expect(within(event).getByText(/— United States/)).toBeInTheDocument();
    expect(handout()).not.toHaveTextContent('page address');
  });
});

describe('PrintButton', () => {
  it('opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderWithStore(<PrintButton />, { dataset: classroomDataset });
    await user.click(screen.getByRole('button', { name: 'Print handout' }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
