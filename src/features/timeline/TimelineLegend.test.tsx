import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { TimelineLegend } from './TimelineLegend';
import { renderWithStore } from '../../../tests/helpers/render-with-store';

describe('TimelineLegend', () => {
  it('explains every kind and mark, in the interface language', async () => {
    const { user } = renderWithStore(<TimelineLegend />, { initial: { lang: 'fr' } });
    await user.click(screen.getByText('Légende'));
    const legend = screen.getByRole('group', { name: 'Légende' });
    expect(legend).toHaveTextContent('Vote à l’ONU');
    expect(legend).toHaveTextContent('Date approximative (bordure en tirets)');
    expect(legend).toHaveTextContent('+4');
  });
});
