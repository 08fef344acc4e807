import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { listenToWorker } from './features/offline/worker-status';
import './app/app.css';
import './app/languages.css';

// Before anything else: the worker may already be saying which copy of the dataset it served.
if ('serviceWorker' in navigator) listenToWorker(navigator.serviceWorker);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
