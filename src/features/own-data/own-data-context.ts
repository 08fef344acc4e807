/**
 * What the reader can do about the dataset shown: open a file of their own, or go back to the one
 * that ships with the app. The composition root (src/app/App.tsx) provides these, since changing
 * the dataset rebuilds the store; components here only call them.
 */
import { createContext, useContext } from 'react';

export interface OwnDataActions {
  openFile: (file: File) => void;
  showBundled: () => void;
}

export const OwnDataContext = createContext<OwnDataActions | null>(null);

/** The actions, or `null` where the app offers none (an embed, a component test). */
export function useOwnData(): OwnDataActions | null {
  return useContext(OwnDataContext);
}

/** The file types the picker offers (the formats are told apart by content, not by name). */
export const ACCEPTED_FILES = '.json,.csv,.tsv,.txt,application/json,text/csv';
