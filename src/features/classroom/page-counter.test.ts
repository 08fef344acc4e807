import { describe, expect, it } from 'vitest';
import { pageCounterContent } from './page-counter';

describe('pageCounterContent', () => {
  it('turns the placeholders into counters and the rest into strings', () => {
    expect(pageCounterContent('Page {page} of {pages}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    );
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
  it('escapes what would end the string or the style element', () => {
    expect(pageCounterContent('“{page}” \\ "x" </style>')).toBe(
      '"“" counter(page) "” \\\\ \\"x\\"  /style "',
    );
  });
});
