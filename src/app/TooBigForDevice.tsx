import type { ReactNode } from 'react';
import type { TooBig } from '../data/device-limit';
import { useTranslator } from '../i18n/use-t';

const MB = 1024 * 1024;
/** Megabytes to one decimal, as a number: the language writes it (67.1, 67,1). */
const mb = (bytes: number, digits = 1) => Number((bytes / MB).toFixed(digits));

/**
 * What the reader sees instead of the app when a file is beyond what this device can hold (see
 * src/data/device-limit.ts): the file's figures, the device's, and what to do. It renders
 * without a store, like the list of a dataset's problems.
 */
export function TooBigForDevice({
  figures,
  lang = 'en',
  children,
}: {
  figures: TooBig;
  lang?: string;
  /** What the reader can do next (open another file, go back to the bundled dataset). */
  children?: ReactNode;
}) {
  const t = useTranslator(lang);
  const { bytes, events, limit } = figures;
  const device = {
    memory: limit.memoryGb,
    maxEvents: limit.maxEvents,
    maxSize: mb(limit.maxBytes, 0),
  };
  return (
    <main className="dataset-errors too-big">
      <h1>{t('load.tooBigTitle')}</h1>
      <p>
        {events === undefined
          ? t('load.tooBigFileSize', { size: mb(bytes) })
          : t('load.tooBigFile', { size: mb(bytes), events })}{' '}
        {t(limit.reported ? 'load.tooBigDevice' : 'load.tooBigDeviceAssumed', device)}
      </p>
      <p>{t('load.tooBigAdvice')}</p>
      {children}
    </main>
  );
}
