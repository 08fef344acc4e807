import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithStore } from '../../tests/helpers/render-with-store';
import { LanguagePicker } from './LanguagePicker';

describe('LanguagePicker', () => {
  it('offers each language in its own name and sets the interface language', async () => {
    const { store, user } = renderWithStore(<LanguagePicker />);
    const picker = screen.getByRole('combobox', { name: 'Language' });
    expect(picker).toHaveValue('en');
    expect(screen.getByRole('option', { name: 'Français' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('option', { name: '简体中文' })).toHaveAttribute('lang', 'zh-Hans');
    expect(screen.getByRole('option', { name: 'Русский' })).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('option', { name: 'Українська' })).toHaveAttribute('lang', 'uk');
    await user.selectOptions(picker, 'uk');
    // The language switches once its messages have loaded, and the label follows.
    expect(await screen.findByRole('combobox', { name: 'Мова / Language' })).toHaveValue('uk');
    expect(store.getState().lang).toBe('uk');
  });
});
