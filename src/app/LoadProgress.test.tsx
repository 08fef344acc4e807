import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LoadProgress } from './LoadProgress';

const MB = 1024 * 1024;

describe('LoadProgress', () => {
  it('says "Loading" before anything is known', () => {
    render(<LoadProgress progress={null} lang="en" />);
    expect(screen.getByText('Loading the chronology…')).toBeInTheDocument();
  });

  it('shows the megabytes received, of how many, with a bar', () => {
    render(
      <LoadProgress progress={{ phase: 'download', loaded: 3 * MB, total: 12.5 * MB }} lang="en" />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset: 3.0 of 12.5 MB…');
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('value', String(3 * MB));
    expect(bar).toHaveAttribute('max', String(12.5 * MB));
  });

  it('shows the megabytes alone when the size is not announced', () => {
    render(
      <LoadProgress progress={{ phase: 'download', loaded: 5 * MB, total: null }} lang="en" />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset: 5.0 MB…');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('then the number of events being checked', () => {
    render(<LoadProgress progress={{ phase: 'check', bytes: 14 * MB, events: 20000 }} lang="en" />);
    expect(screen.getByRole('status')).toHaveTextContent('Checking 20,000 events (14.0 MB)…');
  });

  it('then a bar of the events checked so far', () => {
    render(
      <LoadProgress
        progress={{ phase: 'check', bytes: 14 * MB, events: 20000, checked: 5000 }}
        lang="en"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Checking 20,000 events (14.0 MB)…');
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('value', '5000');
    expect(bar).toHaveAttribute('max', '20000');
  });
});
