// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import * as vis from 'vis-timeline/esnext';
import { batchItemRedraws, inOneLayout, runInSteps } from './batch-item-redraws';

interface Components {
  timeline: {
    components: {
      items: Record<string, { prototype: object }>;
      ItemSet: { prototype: { redraw(): boolean } };
    };
  };
}
const components = (vis as unknown as Components).timeline.components;

/**
 * An object with vis's own `PointItem` methods (patched) whose redraw steps only write to `log`:
 * vis's redraw builds its queue from these six members.
 */
function fakePoint(name: string, log: string[]) {
  const item = Object.create(components.items.PointItem!.prototype) as {
    displayed: boolean;
    dirty: boolean;
    redraw(): unknown;
    hide(): void;
    repositionX(): void;
  } & Record<string, unknown>;
  const step = (what: string) => () => log.push(`${what} ${name}`);
  Object.assign(item, {
    displayed: false,
    dirty: true,
    _createDomElement: step('create'),
    _appendDomElement: () => {
      log.push(`append ${name}`);
      item.displayed = true;
    },
    _updateDirtyDomComponents: step('update'),
    _getDomComponentsSizes: () => (log.push(`measure ${name}`), {}),
    _updateDomComponentsSizes: () => {
      log.push(`size ${name}`);
      item.dirty = false;
    },
    _repaintDomAdditionals: step('extras'),
    repositionX: step('position'),
  });
  return item;
}

describe('runInSteps', () => {
  it('runs step j of every queue before step j + 1, queues of any length', () => {
    const log: string[] = [];
    runInSteps([
      [() => log.push('a1'), () => log.push('a2')],
      [() => log.push('b1'), () => log.push('b2'), () => log.push('b3')],
    ]);
    expect(log).toEqual(['a1', 'b1', 'a2', 'b2', 'b3']);
  });
});

describe('inOneLayout', () => {
  batchItemRedraws();

  it('redraws at once outside a batch, as vis does', () => {
    const log: string[] = [];
    fakePoint('a', log).redraw();
    expect(log).toEqual(['create a', 'append a', 'update a', 'measure a', 'size a', 'extras a']);
  });

  it('measures every item redrawn in a batch together, after all their writes', () => {
    const log: string[] = [];
    const a = fakePoint('a', log);
    const b = fakePoint('b', log);
    const result = inOneLayout(() => {
      a.redraw();
      b.redraw();
      // Elements exist at once (vis repositions a newly shown item right after showing it).
      expect(log).toEqual(['create a', 'create b']);
      return 42;
    });
    expect(result).toBe(42);
    const measures = log.filter((l) => l.startsWith('measure'));
    const lastWrite = Math.max(log.lastIndexOf('update a'), log.lastIndexOf('update b'));
    expect(measures).toEqual(['measure a', 'measure b']);
    expect(log.indexOf('measure a')).toBeGreaterThan(lastWrite);
    // Each item is positioned once more, with the sizes just read.
    expect(log.slice(-2)).toEqual(['position a', 'position b']);
  });

  it('redraws an item asked twice once, and nested batches join the outer one', () => {
    const log: string[] = [];
    const a = fakePoint('a', log);
    inOneLayout(() => {
      a.redraw();
      inOneLayout(() => a.redraw());
      expect(log.filter((l) => l.startsWith('measure'))).toEqual([]);
    });
    expect(log.filter((l) => l.startsWith('measure'))).toEqual(['measure a']);
  });

  it('leaves an item hidden in the batch hidden (a removed item is not drawn again)', () => {
    const log: string[] = [];
    const a = fakePoint('a', log);
    inOneLayout(() => {
      a.redraw();
      a.hide();
    });
    expect(log).toEqual(['create a']);
    expect(a.displayed).toBe(false);
  });

  it("skips the item set's own redraw in a batch once vis has drawn the items", () => {
    const set = Object.create(components.ItemSet.prototype) as {
      initialItemSetDrawn: boolean;
      redraw(): boolean;
    };
    set.initialItemSetDrawn = true;
    // vis's own redraw would throw on this empty item set: in a batch it is not called.
    expect(inOneLayout(() => set.redraw())).toBe(false);
    expect(() => set.redraw()).toThrow();
  });
});
