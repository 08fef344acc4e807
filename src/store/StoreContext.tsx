/** Gives each mounted app (and each test) its own store through React context. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ParleyState, ParleyStore } from './create-store';

const StoreContext = createContext<ParleyStore | null>(null);

export function StoreProvider({ store, children }: { store: ParleyStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useParleyStoreApi(): ParleyStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useParleyStore must be used inside <StoreProvider>');
  return store;
}

/** Reads a slice of the store; pass small selectors (or `useShallow`) to avoid re-renders. */
export function useParley<T>(selector: (state: ParleyState) => T): T {
  return useStore(useParleyStoreApi(), selector);
}
