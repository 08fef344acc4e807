import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { WhatChanged } from './WhatChanged';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import {
  day,
  makeActor,
  makeDataset,
  makeEvent,
  makePosition,
  makeTopic,
} from '../../../tests/helpers/builders';
import type { Comparison } from '../../store/types';

const dataset = makeDataset({
  actors: [makeActor({ id: 'china', name: 'China' }), makeActor({ id: 'russia', name: 'Russia' })],
  topics: [
    makeTopic({ id: 'sanctions', title: 'Sanctions' }),
    makeTopic({ id: 'talks', title: 'Ceasefire and talks' }),
  ],
  events: [
    makeEvent({ id: 'ev-march', date: '2022-03-01', title: 'China criticises sanctions' }),
    makeEvent({ id: 'ev-october', date: '2022-10-01', title: 'China hedges on sanctions' }),
    makeEvent({ id: 'ev-talks', date: '2022-05-01', title: 'Russia calls for talks' }),
  ],
  positions: [
    makePosition({
      actor: 'china',
      topic: 'sanctions',
      date: '2022-03-01',
      stance: 'opposes',
      events: ['ev-march'],
    }),
    makePosition({
      actor: 'china',
      topic: 'sanctions',
      date: '2022-10-01',
      stance: 'ambivalent',
      events: ['ev-october'],
      summary: 'Stops short of condemning the oil price cap.',
    }),
    makePosition({ actor: 'russia', topic: 'talks', date: '2022-05-01', events: ['ev-talks'] }),
    // Restating the same stance is not a change.
    makePosition({ actor: 'russia', topic: 'talks', date: '2022-11-01', events: ['ev-talks'] }),
  ],
});

function renderChanges(compare: Comparison | null = null) {
  return renderWithStore(<WhatChanged />, { dataset, initial: { compare } });
}

describe('WhatChanged', () => {
  it('lists each changed stance, actor by actor, with before and after in words', () => {
    renderChanges({ from: day('2022-06-01'), to: day('2022-12-31') });
    const china = screen.getByRole('article', { name: /China/ });
    expect(within(china).getByRole('heading', { level: 4, name: 'Sanctions' })).toBeInTheDocument();
    expect(within(china).getByText(/Before:/).parentElement).toHaveTextContent(
      /Before: .*Opposes.*, after: .*Ambivalent.*recorded 1 Oct 2022/,
    );
    expect(within(china).getByText('Stops short of condemning the oil price cap.')).toBeVisible();
    // Russia's November record restates its stance: no change, no group.
    expect(screen.queryByRole('article', { name: /Russia/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(
      'One changed stance between 1 June 2022 and 31 December 2022.',
    );
  });

  it('defaults to "from the invasion to the visit", counting first stances as changes', () => {
    renderChanges();
    expect(screen.getByLabelText('From (as of)')).toHaveValue('2022-02-23');
    expect(screen.getByLabelText('To (as of)')).toHaveValue('2023-03-22');
    expect(screen.getByRole('button', { name: 'From the invasion to the visit' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const russia = screen.getByRole('article', { name: /Russia/ });
    expect(within(russia).getByText(/Before:/).parentElement).toHaveTextContent(
      /Before: .*No recorded position.*, after: .*Supports/,
    );
  });

  it('selects an evidence event', async () => {
    const { store, user } = renderChanges({ from: day('2022-04-01'), to: day('2022-12-31') });
    await user.click(screen.getByRole('button', { name: /China hedges on sanctions/ }));
    expect(store.getState().selectedEventId).toBe('ev-october');
  });

  it('keeps the chosen dates in the store, and the preset resets them', async () => {
    const { store, user } = renderChanges();
    fireEvent.change(screen.getByLabelText('To (as of)'), { target: { value: '2022-06-01' } });
    expect(store.getState().compare).toEqual({ from: day('2022-02-23'), to: day('2022-06-01') });
    expect(screen.queryByRole('heading', { level: 4, name: 'Sanctions' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'From the invasion to the visit' }));
    expect(store.getState().compare).toBeNull();
  });

  it('says so when nothing changed', () => {
    renderChanges({ from: day('2022-11-02'), to: day('2022-12-31') });
    expect(screen.getByRole('status')).toHaveTextContent(
      'No stance changed between 2 November 2022 and 31 December 2022.',
    );
    expect(screen.queryByRole('article')).toBeNull();
  });
});
