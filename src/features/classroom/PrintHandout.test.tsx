import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { PrintHandout } from './PrintHandout';
import { PrintButton } from './PrintButton';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { classroomDataset } from '../../../tests/helpers/classroom-dataset';
import { NO_FILTERS } from '../../domain/filter-events';

const handout = () => screen.getByRole('article', { name: 'Handout' });
const titles = () =>
  within(handout())
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('PrintHandout', () => {
  it('has the title, the description and says what is shown', () => {
    renderWithStore(<PrintHandout />, { dataset: classroomDataset });
    expect(within(handout()).getByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    expect(within(handout()).getByText('Test dataset')).toBeInTheDocument();
    expect(within(handout()).getByText(/all events in the dataset\./)).toHaveTextContent(
      'Shown: all events in the dataset. 4 events, in chronological order.',
    );
  });

  it('lists every event in chronological order, with date, kind, actors and summary', () => {
    renderWithStore(<PrintHandout />, { dataset: classroomDataset });
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
    renderWithStore(<PrintHandout />, { dataset: classroomDataset });
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
    const { store } = renderWithStore(<PrintHandout />, {
      dataset: classroomDataset,
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
    renderWithStore(<PrintHandout />, {
      dataset: classroomDataset,
      initial: { filters: { ...NO_FILTERS, kinds: ['legal'] } },
    });
    expect(within(handout()).getByText('No events match the current filters.')).toBeInTheDocument();
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
