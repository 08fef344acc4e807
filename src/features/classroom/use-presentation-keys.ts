import { useEffect, useEffectEvent } from 'react';
import type { Step } from '../../domain/step-events';
import { isTyping, keyAction } from './key-action';

/**
 * While mounted, the keys of a presentation clicker step (→ ← PageDown PageUp Space Home End)
 * and Esc exits. Handled keys are consumed, so Space never also presses the focused button or
 * scrolls the page; keys typed into a field are left alone.
 */
export function usePresentationKeys(onStep: (step: Step) => void, onExit: () => void): void {
  const handle = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || isTyping(e.target)) return;
    const action = keyAction(e);
    if (action === null) return;
    e.preventDefault();
    if (action === 'exit') onExit();
    else onStep(action);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => handle(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
