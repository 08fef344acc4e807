/** Copying text to the clipboard, with a state to show: copied, or refused (show the text). */
import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays visible. */
export const COPIED_NOTICE_MS = 2500;

/**
 * `copy(text)` writes to the clipboard through the Clipboard API. Where it is missing (an
 * insecure page) or refused (no permission), the state becomes `failed` and nothing is thrown
 * or logged: the caller shows the text selected instead.
 */
export function useCopy(): {
  state: CopyState;
  /** Resolves to whether the text reached the clipboard. */
  copy: (text: string) => Promise<boolean>;
  reset: () => void;
} {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    try {
      // `navigator.clipboard` is undefined on pages not served over HTTPS.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      setState('copied');
      timer.current = setTimeout(() => setState('idle'), COPIED_NOTICE_MS);
      return true;
    } catch {
      setState('failed');
      return false;
    }
  }, []);
  const reset = useCallback(() => {
    clearTimeout(timer.current);
    setState('idle');
  }, []);
  return { state, copy, reset };
}
