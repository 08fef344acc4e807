import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// jsdom does not lay out, so it has no scrolling; the app calls scrollIntoView on selection.
Element.prototype.scrollIntoView = function scrollIntoView() {};
