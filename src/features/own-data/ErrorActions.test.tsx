import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '../../i18n/translate';
import { ErrorActions } from './ErrorActions';
import { OwnDataContext } from './own-data-context';

describe('ErrorActions', () => {
  it('offers another file and the bundled dataset, without a store', async () => {
    const a = { openFile: vi.fn(), showBundled: vi.fn() };
    const user = userEvent.setup();
    render(
      <OwnDataContext value={a}>
        <ErrorActions t={translator('en')} />
      </OwnDataContext>,
    );
    expect(screen.getByText(/None of the bundled chronology is shown instead/)).toBeInTheDocument();
    const file = new File(['{}'], 'fixed.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Open another file…', { selector: 'input' }), file);
    expect(a.openFile).toHaveBeenCalledWith(file);
    await user.click(screen.getByRole('button', { name: 'Back to the bundled dataset' }));
    expect(a.showBundled).toHaveBeenCalledOnce();
  });
});
