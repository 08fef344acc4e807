import './cues.css';

/**
 * A meaning shown three ways: a word, a symbol and a colour (the `tone-*` class). The symbol is
 * hidden from screen readers, which read the word.
 */
export function Cue({
  tone,
  symbol,
  label,
  hideLabel = false,
}: {
  tone: string;
  symbol: string;
  label: string;
  /** Keep the word for screen readers only (where a legend explains the symbols). */
  hideLabel?: boolean;
}) {
  return (
    <span className={`cue tone-${tone}`}>
      <span className="cue-symbol" aria-hidden="true">
        {symbol}
      </span>
      <span className={hideLabel ? 'visually-hidden' : 'cue-label'}>{label}</span>
    </span>
  );
}
