/**
 * The positions logic against the bundled dataset: the questions issue 4 promises to answer, so
 * that a data change which breaks them fails here rather than in a classroom.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '../../src/data/load-dataset';
import { reactionsByPoint } from '../../src/domain/document-reactions';
import { defaultMatrixActors } from '../../src/domain/matrix';
import { stanceAsOf } from '../../src/domain/stance-as-of';
import type { ActorId, DocumentId, TopicId } from '../../src/domain/types';
import { trackedVoters, voteRows } from '../../src/domain/vote-table';
import { whatChanged } from '../../src/domain/what-changed';
import { day } from '../helpers/builders';

const result = loadDatasetText(
  fs.readFileSync(new URL('../../data/parley.json', import.meta.url), 'utf8'),
);
if (!result.ok) throw new Error('The bundled dataset does not load; see real-dataset.test.ts');
const data = result.dataset;

describe('positions in the bundled dataset', () => {
  it("answers China's stance on sanctions in September 2022, with evidence that resolves", () => {
    const p = stanceAsOf(
      data.positions,
      'china' as ActorId,
      'sanctions' as TopicId,
      day('2022-09-30'),
    );
    expect(p?.stance).toBe('opposes');
    for (const id of p?.evidence.events ?? []) expect(data.eventsById.has(id)).toBe(true);
  });

  it('finds changes from the invasion to the Moscow visit, each with resolvable evidence', () => {
    const changes = whatChanged(data, day('2022-02-23'), day('2023-03-22'));
    expect(changes.map((g) => g.actor.id)).toContain('china');
    for (const c of changes.flatMap((g) => g.changes)) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const id of c.evidence) expect(data.eventsById.has(id)).toBe(true);
    }
  });

  it('leads the matrix with China and Russia', () => {
    expect(
      defaultMatrixActors(data)
        .slice(0, 2)
        .map((a) => a.id),
    ).toEqual(['china', 'russia']);
  });

  it("lists all 12 points of China's position paper", () => {
    const paper = data.documentsById.get('doc-china-position-paper-2023' as DocumentId);
    expect(paper && [...reactionsByPoint(paper).byPoint.keys()]).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('has a row for every recorded vote, with China tracked first', () => {
    expect(voteRows(data).length).toBe(data.events.filter((e) => e.vote).length);
    expect(trackedVoters(data)[0]?.id).toBe('china');
  });
});
