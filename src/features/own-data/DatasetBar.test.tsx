import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithStore } from '../../../tests/helpers/render-with-store';
import { DatasetBar } from './DatasetBar';
import { OpenFileButton } from './OpenFileButton';
import { OwnDataContext, type OwnDataActions } from './own-data-context';

function actions(): OwnDataActions {
  return { openFile: vi.fn(), showBundled: vi.fn() };
}

describe('DatasetBar', () => {
  it('says nothing for the bundled dataset', () => {
    renderWithStore(<DatasetBar />);
    expect(screen.queryByRole('region', { name: 'Dataset shown' })).toBeNull();
  });

  it('names the file shown (as text) and goes back to the bundled dataset', async () => {
    const a = actions();
    const { user } = renderWithStore(
      <OwnDataContext value={a}>
        <DatasetBar />
      </OwnDataContext>,
      { initial: { source: { kind: 'file', name: '<b>class</b>.csv' } } },
    );
    const bar = screen.getByRole('region', { name: 'Dataset shown' });
    expect(bar).toHaveTextContent(
      'You are looking at your file “<b>class</b>.csv”, kept in this browser.',
    );
    await user.click(screen.getByRole('button', { name: 'Back to the bundled dataset' }));
    expect(a.showBundled).toHaveBeenCalledOnce();
  });

  it('names the address of a dataset from a link, in French too', () => {
    renderWithStore(<DatasetBar />, {
      initial: { source: { kind: 'url', url: 'https://example.org/t.json' }, lang: 'fr' },
    });
    expect(screen.getByRole('region', { name: 'Jeu de données affiché' })).toHaveTextContent(
      'Vous consultez les données de https://example.org/t.json.',
    );
  });
});

describe('OpenFileButton', () => {
  it('hands the chosen file to openFile', async () => {
    const a = actions();
    const { user } = renderWithStore(
      <OwnDataContext value={a}>
        <OpenFileButton />
      </OwnDataContext>,
    );
    expect(screen.getByRole('button', { name: 'Open a file…' })).toBeInTheDocument();
    const file = new File(['Year,Headline'], 'class.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Open a file…', { selector: 'input' }), file);
    expect(a.openFile).toHaveBeenCalledWith(file);
  });

  it('is absent where the app offers no way to change the dataset (an embed, a test)', () => {
    renderWithStore(<OpenFileButton />);
    expect(screen.queryByRole('button', { name: 'Open a file…' })).toBeNull();
  });
});
