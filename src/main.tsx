import { listenToWorker } from './features/offline/worker-status';
import './app/app.css';
import './app/languages.css';

// Before anything else: the worker may already be saying which copy of the dataset it served.
if ('serviceWorker' in navigator) listenToWorker(navigator.serviceWorker);

// A link with a query, or a dataset the reader kept, hid the frame before it was parsed
// (prerender-gate.js): take it out of the page too, so that its English labels are nowhere.
if (document.documentElement.classList.contains('prerender-off'))
  document.getElementById('prerender')?.remove();

const start = () => void import('./app/mount').then((m) => m.mount());

// With the prerendered frame on screen (build-plugins/prerender.ts), let it paint before the
// app's modules evaluate, which holds the main thread for a while; index.html preloads them
// meanwhile. A hidden tab gets no animation frame: the timeout starts the app anyway.
if (document.getElementById('prerender')) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
} else start();
