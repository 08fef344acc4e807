// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { attachLaneKeys } from './lane-keys';
import { timelineOptions, type VisGroup } from './timeline-options';
import { day } from '../../../tests/helpers/builders';

/** A lane column drawn with the real group template, as vis-timeline does. */
function column(lanes: readonly string[]) {
  const span = { start: day('2022-01-01'), end: day('2023-03-31') };
  const template = timelineOptions(span, span, 'en').groupTemplate!;
  const el = document.createElement('div');
  for (const id of lanes) {
    const group: VisGroup = {
      id,
      content: '',
      text: id.toUpperCase(),
      color: '#000',
      order: 0,
      visible: true,
      className: '',
    };
    el.append(template(group, document.createElement('div')));
  }
  document.body.append(el);
  const open = vi.fn();
  const keys = attachLaneKeys(el, open);
  keys.refresh();
  const label = (id: string) => el.querySelector<HTMLElement>(`[data-lane="${id}"]`)!;
  const press = (key: string) =>
    (document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
    );
  return { el, open, keys, label, press };
}

describe('attachLaneKeys', () => {
  it('gives the column one Tab stop, on the first label, named as a button', () => {
    const { label } = column(['china', 'russia', 'un']);
    expect(label('china').tabIndex).toBe(0);
    expect(label('russia').tabIndex).toBe(-1);
    expect(label('un').tabIndex).toBe(-1);
    expect(label('china').getAttribute('role')).toBe('button');
    expect(label('china').textContent).toBe('CHINA');
  });

  it('moves with the arrows and Home/End, and the Tab stop follows', () => {
    const { label, press } = column(['china', 'russia', 'un']);
    label('china').focus();
    press('ArrowDown');
    expect(document.activeElement).toBe(label('russia'));
    expect(label('russia').tabIndex).toBe(0);
    expect(label('china').tabIndex).toBe(-1);
    press('End');
    expect(document.activeElement).toBe(label('un'));
    press('ArrowDown');
    expect(document.activeElement).toBe(label('un'));
    press('Home');
    expect(document.activeElement).toBe(label('china'));
    press('ArrowUp');
    expect(document.activeElement).toBe(label('china'));
  });

  it('opens the focused lane with Enter or Space, and keeps the key from the page', () => {
    const { label, press, open } = column(['china', 'russia']);
    const page = vi.fn();
    document.addEventListener('keydown', page);
    label('russia').focus();
    press('Enter');
    expect(open).toHaveBeenLastCalledWith('russia');
    label('china').focus();
    press(' ');
    expect(open).toHaveBeenLastCalledWith('china');
    expect(page).not.toHaveBeenCalled();
    document.removeEventListener('keydown', page);
  });

  it('keeps the Tab stop on the label last focused after a redraw', () => {
    const { label, keys } = column(['china', 'russia']);
    label('russia').focus();
    keys.refresh();
    expect(label('russia').tabIndex).toBe(0);
    expect(label('china').tabIndex).toBe(-1);
  });

  it('stops listening once detached', () => {
    const { label, keys, press, open } = column(['china']);
    keys.detach();
    label('china').focus();
    press('Enter');
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the lane clicked, on its label or anywhere in the cell vis draws around it', () => {
    const { el, open, label } = column(['china', 'russia']);
    label('russia').click();
    expect(open).toHaveBeenLastCalledWith('russia');
    const cell = document.createElement('div');
    cell.className = 'vis-label';
    const inner = document.createElement('div');
    cell.append(inner);
    inner.append(label('china'));
    el.append(cell);
    inner.click();
    expect(open).toHaveBeenLastCalledWith('china');
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('ignores a click outside the labels, and any click once detached', () => {
    const { el, open, keys, label } = column(['china']);
    const elsewhere = document.createElement('p');
    el.append(elsewhere);
    elsewhere.click();
    // The column holding the labels (a drag over the timeline ends with a click on it).
    el.click();
    expect(open).not.toHaveBeenCalled();
    keys.detach();
    label('china').click();
    expect(open).not.toHaveBeenCalled();
  });
});
