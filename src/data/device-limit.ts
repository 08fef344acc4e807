/**
 * How big a dataset this device can hold, and the figures to tell the reader when a file is
 * bigger. The budget scales with the memory the browser reports (`navigator.deviceMemory`, in GB,
 * rounded down to a power of two and capped at 8 by Chromium; Firefox and Safari do not report it,
 * and then a middling 4 GB is assumed).
 *
 * Per GB of device memory, 25,000 events and 20 MB of file: at 100,000 synthetic events (a 67 MB
 * file) the built app's JS heap peaks at a few hundred MB while loading (`npm run bench`), and a
 * tab is given a fraction of the device's memory, so a 4 GB laptop is trusted with 100,000 events
 * and a 2 GB phone with 50,000. The file size is checked before parsing (a parse alone takes about
 * three times the file's size), the number of events as soon as it is counted.
 */

/** The memory assumed when the browser does not report it, in GB. */
export const DEFAULT_DEVICE_GB = 4;
export const EVENTS_PER_GB = 25_000;
export const BYTES_PER_GB = 20 * 1024 * 1024;

export interface DeviceLimit {
  /** The device's memory in GB, as reported or assumed. */
  readonly memoryGb: number;
  /** False when the browser did not report it and `DEFAULT_DEVICE_GB` was assumed. */
  readonly reported: boolean;
  readonly maxBytes: number;
  readonly maxEvents: number;
}

/** A file beyond the limit, with its figures: its size, its events when counted, the limit. */
export interface TooBig {
  readonly bytes: number;
  readonly events?: number;
  readonly limit: DeviceLimit;
}

/** The limit for a device reporting `deviceMemory` GB (undefined or nonsense: the default). */
export function deviceLimit(deviceMemory: unknown): DeviceLimit {
  const reported = typeof deviceMemory === 'number' && deviceMemory > 0 && deviceMemory < 1e6;
  const memoryGb = reported ? deviceMemory : DEFAULT_DEVICE_GB;
  return {
    memoryGb,
    reported,
    maxBytes: Math.round(memoryGb * BYTES_PER_GB),
    maxEvents: Math.round(memoryGb * EVENTS_PER_GB),
  };
}

/** This browser's limit. */
export function currentDeviceLimit(): DeviceLimit {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return deviceLimit((nav as { deviceMemory?: unknown } | undefined)?.deviceMemory);
}

/** The figures when a file of `bytes` (and `events`, once counted) is beyond `limit`. */
export function tooBig(
  bytes: number,
  events: number | undefined,
  limit: DeviceLimit,
): TooBig | undefined {
  if (bytes <= limit.maxBytes && (events === undefined || events <= limit.maxEvents))
    return undefined;
  return events === undefined ? { bytes, limit } : { bytes, events, limit };
}

const MB = 1024 * 1024;

/** The same figures in plain English, for the list of problems (the app shows them translated). */
export function describeTooBig({ bytes, events, limit }: TooBig): string {
  const what = `is ${(bytes / MB).toFixed(1)} MB${events === undefined ? '' : ` with ${events.toLocaleString('en')} events`}`;
  const device = limit.reported
    ? `${limit.memoryGb} GB of memory`
    : `memory not reported, ${limit.memoryGb} GB assumed`;
  return (
    `${what}, more than this device (${device}) can hold: about ` +
    `${limit.maxEvents.toLocaleString('en')} events or ${(limit.maxBytes / MB).toFixed(0)} MB`
  );
}
