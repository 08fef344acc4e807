import { useEffect, type RefObject } from 'react';

/** Keys the app and presentation mode use to step events; inside the quiz they stay here. */
const LOCAL_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * Stops those keys at the quiz, so arrows move between the choices and Space presses the focused
 * button instead of stepping the timeline's events behind the quiz.
 */
export function useLocalKeys(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const stop = (e: KeyboardEvent) => {
      if (LOCAL_KEYS.has(e.key)) e.stopPropagation();
    };
    el.addEventListener('keydown', stop);
    return () => el.removeEventListener('keydown', stop);
  }, [ref]);
}
