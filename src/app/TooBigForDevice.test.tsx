import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { TooBigForDevice } from './TooBigForDevice';
import { deviceLimit } from '../data/device-limit';

const MB = 1024 * 1024;

describe('TooBigForDevice', () => {
  it('gives the file’s figures, the device’s and what to do', () => {
    render(
      <TooBigForDevice figures={{ bytes: 67.14 * MB, events: 100_000, limit: deviceLimit(2) }} />,
    );
    expect(
      screen.getByRole('heading', { name: 'This dataset is too big for this device' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'The file is 67.1 MB and holds 100,000 events. This device has 2 GB of memory: it can ' +
          'hold about 50,000 events or a file of 40 MB.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/split it into smaller files/)).toBeInTheDocument();
  });

  it('says when the memory is assumed, and the size alone before events are counted', () => {
    render(<TooBigForDevice figures={{ bytes: 90 * MB, limit: deviceLimit(undefined) }} />);
    expect(
      screen.getByText(
        'The file is 90 MB. This browser does not report the device’s memory; assuming 4 GB, it ' +
          'can hold about 100,000 events or a file of 80 MB.',
      ),
    ).toBeInTheDocument();
  });

  it('speaks the reader’s language, with its own number format', async () => {
    render(
      <TooBigForDevice
        figures={{ bytes: 67.14 * MB, events: 100_000, limit: deviceLimit(0.5) }}
        lang="fr"
      />,
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Ce jeu de données est trop volumineux pour cet appareil',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Le fichier pèse 67,1 Mo et contient 100\s000 événements\./),
    ).toHaveTextContent(/dispose de 0,5 Go de mémoire\u202f: il peut contenir environ 12\s500/, {
      normalizeWhitespace: false,
    });
  });
});
