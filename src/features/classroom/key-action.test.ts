import { describe, expect, it } from 'vitest';
import { keyAction, type KeyAction } from './key-action';

const press = (key: string, mods: Partial<Record<'shift' | 'ctrl' | 'alt' | 'meta', true>> = {}) =>
  keyAction({
    key,
    shiftKey: Boolean(mods.shift),
    ctrlKey: Boolean(mods.ctrl),
    altKey: Boolean(mods.alt),
    metaKey: Boolean(mods.meta),
  });

describe('keyAction', () => {
  it.each<[string, Parameters<typeof press>[1], KeyAction | null]>([
    ['ArrowRight', {}, 1],
    ['PageDown', {}, 1],
    [' ', {}, 1],
    ['ArrowLeft', {}, -1],
    ['PageUp', {}, -1],
    [' ', { shift: true }, -1],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['Escape', {}, 'exit'],
    ['PageDown', { shift: true }, 1],
    ['ArrowLeft', { alt: true }, null], // the browser's "back"
    ['ArrowRight', { ctrl: true }, null],
    ['PageDown', { ctrl: true }, null], // next browser tab
    ['End', { meta: true }, null],
    ['Enter', {}, null], // activates the focused button instead
    ['a', {}, null],
    ['ArrowDown', {}, null], // scrolls a long stage
  ])('%j with %o → %s', (key, mods, expected) => {
    expect(press(key, mods)).toBe(expected);
  });
});
