import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { LANGS } from '../../src/i18n/languages';
import { loadMessages } from '../../src/i18n/load-messages';

afterEach(() => cleanup());

// jsdom does not lay out, so it has no scrolling; the app calls scrollIntoView on selection.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// The app loads a language's messages before it shows that language (see App.tsx and
// LanguagePicker.tsx); components rendered directly in a test find them all loaded.
beforeAll(async () => {
  await Promise.all(LANGS.map(loadMessages));
});
