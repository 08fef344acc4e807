import { describe, expect, it } from 'vitest';
import { axisLabels } from './axis-labels';

const march = new Date(Date.UTC(2023, 2, 20));

describe('axisLabels', () => {
  it.each([
    ['en', 'day', '20', 'March 2023'],
    ['fr', 'day', '20', 'mars 2023'],
    ['zh', 'day', '20日', '2023年3月'],
    ['ru', 'month', 'март', '2023'],
    ['uk', 'month', 'бер.', '2023'],
    ['en', 'year', '2023', ''],
  ])('%s at the %s scale', (lang, scale, minor, major) => {
    const labels = axisLabels(lang);
    expect(labels.minorLabels(march, scale)).toBe(minor);
    expect(labels.majorLabels(march, scale)).toBe(major);
  });

  it('writes the day in UTC, whatever the time of day', () => {
    const lateInTheDay = new Date(Date.UTC(2023, 2, 20, 23, 30));
    expect(axisLabels('en').minorLabels(lateInTheDay, 'day')).toBe('20');
  });

  it('follows a language read at each call', () => {
    let lang = 'en';
    const labels = axisLabels(() => lang);
    expect(labels.majorLabels(march, 'day')).toBe('March 2023');
    lang = 'uk';
    expect(labels.majorLabels(march, 'day')).toMatch(/^березень 2023/);
  });
});
