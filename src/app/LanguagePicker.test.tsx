import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithStore } from '../../tests/helpers/render-with-store';
import { LanguagePicker } from './LanguagePicker';

describe('LanguagePicker', () => {
  it('offers each language in its own name and sets the interface language', async () => {
    const { store, user } = renderWithStore(<LanguagePicker />);
    const picker = screen.getByRole('combobox', { name: 'Language / Langue' });
    expect(picker).toHaveValue('en');
    expect(screen.getByRole('option', { name: 'Français' })).toHaveAttribute('lang', 'fr');
    await user.selectOptions(picker, 'fr');
    expect(store.getState().lang).toBe('fr');
    expect(picker).toHaveValue('fr');
  });
});
