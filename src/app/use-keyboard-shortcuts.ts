/**
 * The app's keyboard map (not while typing in a field, nor with Ctrl/Alt/Meta held):
 * ←/→ previous/next event (of the filtered and searched events, by the one stepping rule), Home/End first/last,
 * Enter opens the selected event, Esc closes a panel, +/− zoom, / focuses the search box.
 * While a story plays, the clicker's keys (→ PageDown Space, ← PageUp Shift+Space, Home, End)
 * step the story instead, as they do in presentation mode (`advance`).
 */
import { useEffect } from 'react';
import { useParleyStoreApi } from '../store/StoreContext';
import type { Step } from '../domain/step-events';
import { zoomWindow } from '../domain/window-math';
import type { ParleyStore } from '../store/create-store';
import { selectShownEvents } from '../store/selectors';
import { keyAction } from '../features/classroom/key-action';

const STEPS: Record<string, Step> = {
  ArrowRight: 1,
  ArrowLeft: -1,
  Home: 'first',
  End: 'last',
};
const ZOOMS: Record<string, number> = { '+': 0.5, '=': 0.5, '-': 2, _: 2 };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('dialog') !== null
  );
}

/** Handles one key; returns whether it was used. */
function handleKey(e: KeyboardEvent, store: ParleyStore): boolean {
  const s = store.getState();
  const clicker = s.story ? keyAction(e) : null;
  if (clicker !== null && clicker !== 'exit') {
    s.advance(clicker);
    return true;
  }
  const step = STEPS[e.key];
  if (step !== undefined) {
    // The one stepping rule (domain/step-events), bringing the event into view without zooming.
    s.advance(step, 'reveal');
    return selectShownEvents(s).length > 0;
  }
  const zoom = ZOOMS[e.key];
  if (zoom !== undefined) {
    s.setWindow(zoomWindow(s.window, zoom, s.dataset.span));
    return true;
  }
  if (e.key === '/') {
    document.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
    return true;
  }
  if (e.key === 'Escape' && s.panel !== null) {
    s.closePanel();
    return true;
  }
  if (e.key === 'Enter' && s.selectedEventId !== null && !(e.target instanceof HTMLButtonElement)) {
    s.openPanel('event');
    document.getElementById('event-panel-title')?.focus();
    return true;
  }
  return false;
}

export function useKeyboardShortcuts(): void {
  const store = useParleyStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return;
      if (store.getState().presenting) return;
      if (handleKey(e, store)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
