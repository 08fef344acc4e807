import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SourceList } from './SourceList';
import { renderWithStore } from '../../tests/helpers/render-with-store';
import { makeDataset, makeSource } from '../../tests/helpers/builders';
import type { SourceId } from '../domain/types';

const sources = [
  makeSource({
    id: 'src-paper',
    publisher: 'The Paper (Reuters)',
    title: 'A report',
    date: '2022-04-01',
    url: 'https://example.org/report',
    publisherKind: 'newspaper',
    alsoCarriedBy: ['src-reprint', 'src-missing'],
  }),
  makeSource({
    id: 'src-reprint',
    publisher: 'Reprints Daily',
    title: 'A report, again',
    date: '2022-04-02',
    publisherKind: 'aggregator',
  }),
  makeSource({ id: 'src-plain', publisher: 'Somebody', title: 'A note', date: '2022-04-03' }),
];
const dataset = makeDataset({ sources });

describe('SourceList', () => {
  it('names the kind of each publisher and lists reprints after the original', () => {
    renderWithStore(
      <SourceList ids={['src-paper', 'src-plain'] as SourceId[]} dataset={dataset} />,
      { dataset },
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'The Paper (Reuters) (newspaper), A report, 1 April 2022 Also carried by Reprints Daily (reprint site), A report, again, 2 April 2022',
      'Somebody, A note, 3 April 2022',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'A report' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
  });
});
