import { describe, expect, it } from 'vitest';
import { stripControls } from './plain-text';

describe('stripControls', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\u0000b', 'ab'],
    ['\u202egnp.exe', 'gnp.exe'],
    ['x\u2066y\u2069z\u202a\u202b\u202c\u202d', 'xyz'],
    ['tab\there\nnew\rline\u001f\u007f', 'tabherenewline'],
    ['Zelensky–Xi “call”', 'Zelensky–Xi “call”'],
    ['क्‍ष', 'क्‍ष'], // a zero-width joiner a script needs stays
    ['中国 Україна Россия', '中国 Україна Россия'],
  ])('%j → %j', (input, output) => {
    expect(stripControls(input)).toBe(output);
  });
});
