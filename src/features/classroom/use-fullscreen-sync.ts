import { useEffect, useRef } from 'react';
import { useParley } from '../../store/StoreContext';

/**
 * Keeps the browser's full screen in step with the store's `presenting`: entering presentation
 * mode asks for full screen, leaving it gives full screen back, and leaving full screen by other
 * means (the browser's own Esc, F11) leaves presentation mode. Browsers may refuse (no user
 * gesture, a sandboxed iframe, headless): presentation mode then simply runs in the window.
 */
export function useFullscreenSync(): void {
  const presenting = useParley((s) => s.presenting);
  const setPresenting = useParley((s) => s.setPresenting);

  const wasPresenting = useRef(presenting);
  useEffect(() => {
    const doc = document as Partial<Pick<Document, 'exitFullscreen' | 'fullscreenElement'>>;
    const root = document.documentElement as Partial<Pick<HTMLElement, 'requestFullscreen'>>;
    // Only a change of mode asks or gives back: a full screen the page was in anyway stays.
    const changed = wasPresenting.current !== presenting;
    wasPresenting.current = presenting;
    // Without a user gesture (a `?present=1` link opened) the browser would refuse and warn.
    const gesture = (navigator as Partial<Pick<Navigator, 'userActivation'>>).userActivation;
    const allowed = gesture === undefined || gesture.isActive;
    if (presenting && allowed && !doc.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen.call(document.documentElement).catch(ignore);
    } else if (changed && !presenting && doc.fullscreenElement && doc.exitFullscreen) {
      doc.exitFullscreen.call(document).catch(ignore);
    }
  }, [presenting]);

  useEffect(() => {
    // Only a full screen we were in can be left: a refused request must not end the mode.
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      const now = Boolean(document.fullscreenElement);
      if (wasFullscreen && !now) setPresenting(false);
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);
}

function ignore(): void {
  // A refused full screen is not an error: the mode works in the window too.
}
