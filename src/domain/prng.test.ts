import { describe, expect, it } from 'vitest';
import { mulberry32, randomIndex, shuffled } from './prng';

const take = (seed: number, n: number) => {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => r());
};

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(1, 20)).toEqual(take(1, 20));
  });

  it('gives a different sequence for a different seed', () => {
    expect(take(1, 5)).not.toEqual(take(2, 5));
  });

  it('stays in [0, 1)', () => {
    for (const x of take(7, 1000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('spreads its numbers over the interval', () => {
    const counts = [0, 0, 0, 0];
    const r = mulberry32(42);
    for (let i = 0; i < 4000; i++) counts[randomIndex(r, 4)]! += 1;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});

describe('shuffled', () => {
  it('keeps every item, leaves the input alone and depends on the seed', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const a = shuffled(mulberry32(3), items);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(shuffled(mulberry32(3), items)).toEqual(a);
    expect(shuffled(mulberry32(4), items)).not.toEqual(a);
  });
});
