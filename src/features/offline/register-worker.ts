/**
 * Registers the service worker (never in an embed: see OfflineSupport.tsx) and, when a new
 * version has been installed, flags it so the reader can choose when to reload.
 */
import { Workbox } from 'workbox-window';
import { setWorkerStatus } from './worker-status';

let workbox: Workbox | undefined;

export function registerWorker(scriptUrl: string): void {
  if (workbox) return;
  workbox = new Workbox(scriptUrl);
  workbox.addEventListener('waiting', () => setWorkerStatus({ updateReady: true }));
  // Where workers are refused (a private window, a locked-down browser, a test that blocks them),
  // the app simply works online only.
  workbox.register().catch(() => undefined);
}

/** Lets the waiting version take over, then reloads the page into it. */
export function reloadIntoUpdate(reload: () => void): void {
  if (!workbox) return reload();
  workbox.addEventListener('controlling', () => reload());
  workbox.messageSkipWaiting();
}
