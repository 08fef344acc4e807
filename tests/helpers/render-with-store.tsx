/** Renders a component inside its own store, as the app does; returns the store and a user. */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import {
  createParleyStore,
  type InitialState,
  type ParleyStore,
} from '../../src/store/create-store';
import { StoreProvider } from '../../src/store/StoreContext';
import type { Dataset } from '../../src/domain/types';
import { makeDataset } from './builders';

export function renderWithStore(
  ui: ReactElement,
  { dataset = makeDataset(), initial = {} }: { dataset?: Dataset; initial?: InitialState } = {},
): RenderResult & { store: ParleyStore; user: UserEvent } {
  const store = createParleyStore(dataset, initial);
  const user = userEvent.setup();
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { ...result, store, user };
}
