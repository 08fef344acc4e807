/**
 * Keyboard focus around a side panel. When the panel opens, what had focus outside it (the
 * opener) is remembered, and focus goes back to it when the panel closes. When the panel's
 * subject changes while focus is in it (following a related event), the panel scrolls to its top
 * and its new title takes focus, so a reader is never left above or below what just opened.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Marks an element that a re-render may replace (a timeline item): focus returns to the element
 * with the same key when the opener itself is gone.
 */
export const FOCUS_KEY = 'data-focus-key';

function restore(opener: HTMLElement | null): void {
  if (!opener) return;
  const active = document.activeElement;
  if (active && active !== document.body) return;
  const key = opener.getAttribute(FOCUS_KEY);
  const target = opener.isConnected
    ? opener
    : key
      ? [...document.querySelectorAll<HTMLElement>(`[${FOCUS_KEY}]`)].find(
          (el) => el.getAttribute(FOCUS_KEY) === key,
        )
      : undefined;
  target?.focus();
}

function scrollToTop(el: HTMLElement): void {
  el.scrollTop = 0;
}

export function usePanelFocus(
  panel: RefObject<HTMLElement | null>,
  open: boolean,
  subject: string | null,
  titleId: string | null,
): void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      const from = opener.current;
      requestAnimationFrame(() => restore(from));
    };
  }, [open]);

  const shown = useRef(subject);
  useEffect(() => {
    if (shown.current === subject) return;
    shown.current = subject;
    const el = panel.current;
    const active = document.activeElement;
    if (!el || !titleId || (active !== document.body && !el.contains(active))) return;
    scrollToTop(el);
    document.getElementById(titleId)?.focus();
  }, [panel, subject, titleId]);
}
