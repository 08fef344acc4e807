import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_GB, describeTooBig, deviceLimit, tooBig } from './device-limit';

const MB = 1024 * 1024;

describe('deviceLimit', () => {
  it('scales with the memory the browser reports', () => {
    expect(deviceLimit(8)).toEqual({
      memoryGb: 8,
      reported: true,
      maxBytes: 160 * MB,
      maxEvents: 200_000,
    });
    expect(deviceLimit(0.5)).toMatchObject({ maxBytes: 10 * MB, maxEvents: 12_500 });
  });

  it('assumes the default when the browser says nothing (or nonsense)', () => {
    for (const value of [undefined, null, 0, -2, 'lots', Number.NaN])
      expect(deviceLimit(value)).toEqual({
        memoryGb: DEFAULT_DEVICE_GB,
        reported: false,
        maxBytes: 80 * MB,
        maxEvents: 100_000,
      });
  });
});

describe('tooBig', () => {
  const limit = deviceLimit(4);

  it('lets through a file up to the limit in both size and events', () => {
    expect(tooBig(80 * MB, 100_000, limit)).toBeUndefined();
    expect(tooBig(1 * MB, undefined, limit)).toBeUndefined();
  });

  it('gives the figures of a file over either limit', () => {
    expect(tooBig(80 * MB + 1, undefined, limit)).toEqual({ bytes: 80 * MB + 1, limit });
    expect(tooBig(10 * MB, 100_001, limit)).toEqual({ bytes: 10 * MB, events: 100_001, limit });
  });
});

describe('describeTooBig', () => {
  it('says the file, the device and the limit', () => {
    expect(describeTooBig({ bytes: 120 * MB, events: 250_000, limit: deviceLimit(2) })).toBe(
      'is 120.0 MB with 250,000 events, more than this device (2 GB of memory) can hold: ' +
        'about 50,000 events or 40 MB',
    );
    expect(describeTooBig({ bytes: 90 * MB, limit: deviceLimit(undefined) })).toBe(
      'is 90.0 MB, more than this device (memory not reported, 4 GB assumed) can hold: ' +
        'about 100,000 events or 80 MB',
    );
  });
});
