import { describe, expect, it } from 'vitest';
import { MAX_DATASET_BYTES, sizeProblem } from './size-limit';
import { english } from '../../tests/helpers/english-problems';

describe('sizeProblem', () => {
  it('lets a file up to the limit through', () => {
    expect(sizeProblem(MAX_DATASET_BYTES)).toBeUndefined();
    expect(sizeProblem(0)).toBeUndefined();
  });

  it('refuses a bigger one with both figures', () => {
    expect(english([sizeProblem(48.25 * 1024 * 1024)!])[0]).toEqual({
      path: '(the whole file)',
      message:
        'is 48.3 MB, more than a browser tab can safely open (10.0 MB); split it into smaller files',
    });
  });
});
