/**
 * What a key does in presentation mode. Presentation clickers send PageDown/PageUp (some send
 * the arrow keys, or Space); Shift+Space goes back as it does when reading a page.
 */
import type { Step } from '../../domain/step-events';

export type KeyAction = Step | 'exit';

type KeyInput = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>;

/** The action for a key press, or `null` for keys presentation mode leaves alone. */
export function keyAction(e: KeyInput): KeyAction | null {
  // With a modifier the key means something else to the browser or the system (Alt+← is "back").
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 1;
    case 'ArrowLeft':
    case 'PageUp':
      return -1;
    case ' ':
      return e.shiftKey ? -1 : 1;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** Whether a key press is typing (in a field, a list box or editable text), not a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
