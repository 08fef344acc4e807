import { describe, expect, it } from 'vitest';
import { axisLabels } from './axis-format';
import { day } from '../../../tests/helpers/builders';

describe('axisLabels', () => {
  it('labels days, months and years in the interface language, in UTC', () => {
    const en = axisLabels('en-GB');
    const fr = axisLabels('fr');
    const t = day('2023-03-21');
    expect(en(t, 'day', 'minor')).toBe('21');
    expect(en(t, 'day', 'major')).toBe('March 2023');
    expect(fr(t, 'day', 'major')).toBe('mars 2023');
    expect(fr(t, 'month', 'minor')).toBe('mars');
    expect(en(t + 13 * 3600_000, 'hour', 'minor')).toBe('13');
    expect(en(t, 'month', 'major')).toBe('2023');
    expect(en(t, 'year', 'major')).toBe('');
  });
});
