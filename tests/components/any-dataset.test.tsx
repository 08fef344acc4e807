/**
 * The same build must serve any valid dataset: a copy of the bundled one with `meta.defaults`
 * removed and every actor id renamed still gives a sensible matrix, votes table and "what changed".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { loadDataset } from '../../src/data/load-dataset';
import type { Dataset } from '../../src/domain/types';
import { StanceMatrix } from '../../src/features/positions/StanceMatrix';
import { WhatChanged } from '../../src/features/positions/WhatChanged';
import { VotesView } from '../../src/features/votes/VotesView';
import { renderWithStore } from '../helpers/render-with-store';

/** The bundled file, without defaults, with every actor id written `other-<id>`. */
function foreignDataset(): Dataset {
  const text = fs.readFileSync(path.resolve('data/parley.json'), 'utf8');
  const raw = JSON.parse(text) as { meta: Record<string, unknown>; actors: { id: string }[] };
  delete raw.meta.defaults;
  const ids = new Set(raw.actors.map((a) => a.id));
  // Every string value that is an actor id is renamed; keys (languages) and `lang` values are not.
  const rename = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') return key !== 'lang' && ids.has(v) ? `other-${v}` : v;
    if (Array.isArray(v)) return v.map((x) => rename(x));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rename(x, k)]));
    return v;
  };
  const renamed = rename(raw);
  const result = loadDataset(renamed);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.dataset;
}

const dataset = foreignDataset();

describe('a dataset without meta.defaults and with other ids', () => {
  it('derives defaults from the records', () => {
    const d = dataset.meta.defaults;
    expect(d.matrixActors).toHaveLength(4);
    expect(d.matrixActors.every((id) => id.startsWith('other-'))).toBe(true);
    expect(d.voteColumns.length).toBeGreaterThan(3);
    expect(d.document).toBe(dataset.documents[0]!.id);
  });

  it('shows a matrix led by the most involved actors, with stances in its cells', () => {
    renderWithStore(<StanceMatrix />, { dataset });
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const leading = dataset.meta.defaults.matrixActors.map(
      (id) => dataset.actorsById.get(id)!.shortName ?? dataset.actorsById.get(id)!.name,
    );
    expect(headers.join(' ')).toContain(leading[0]!);
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(3);
  });

  it('shows the votes table with a column per tracked state', () => {
    renderWithStore(<VotesView />, { dataset });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(10);
    expect(within(table).getAllByRole('columnheader').length).toBeGreaterThan(5);
  });

  it('compares from the eve of the period by default and lists changes', () => {
    renderWithStore(<WhatChanged />, { dataset });
    expect(screen.getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(2);
  });
});
