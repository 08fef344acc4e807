import type { ReactionKind } from '../domain/vocabulary';
import { useT } from '../i18n/use-t';
import { Cue } from './Cue';

export const REACTION_SYMBOLS: Readonly<Record<ReactionKind, string>> = {
  welcomed: '✓',
  qualified: '±',
  rejected: '✕',
  noted: 'i',
};

/** How an actor responded to a document, in words, with a symbol and colour. */
export function ReactionBadge({ response }: { response: ReactionKind }) {
  const t = useT();
  return (
    <Cue tone={response} symbol={REACTION_SYMBOLS[response]} label={t(`reaction.${response}`)} />
  );
}
