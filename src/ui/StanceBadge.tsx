import type { Stance } from '../domain/vocabulary';
import { useT } from '../i18n/use-t';
import { Cue } from './Cue';

/** `unknown` is "no recorded position": no record on or before the date. */
export type StanceOrUnknown = Stance | 'unknown';

export const STANCE_SYMBOLS: Readonly<Record<StanceOrUnknown, string>> = {
  supports: '✓',
  opposes: '✕',
  ambivalent: '±',
  abstains: '○',
  none: '∅',
  unknown: '—',
};

/** A stance in words, with its symbol and colour; `undefined` is "no recorded position". */
export function StanceBadge({ stance }: { stance: Stance | undefined }) {
  const t = useT();
  const key = stance ?? 'unknown';
  return <Cue tone={key} symbol={STANCE_SYMBOLS[key]} label={t(`stance.${key}`)} />;
}
