import { useId, useState } from 'react';
import { parseDay, toIsoDay } from '../domain/dates';
import type { Millis } from '../domain/types';

/**
 * A labelled `type=date` field for a UTC day. While the user edits, the field keeps their draft
 * (a half-typed date is not a day yet); a complete day goes out through `onChange`, and leaving
 * the field shows the stored day again.
 */
export function DayInput({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value: Millis;
  min: Millis;
  max: Millis;
  onChange: (day: Millis) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <span className="day-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        required
        value={draft ?? toIsoDay(value)}
        min={toIsoDay(min)}
        max={toIsoDay(max)}
        onChange={(e) => {
          const day = parseDay(e.target.value);
          if (day === undefined) {
            setDraft(e.target.value);
            return;
          }
          setDraft(null);
          onChange(Math.min(Math.max(day, min), max));
        }}
        onBlur={() => setDraft(null)}
      />
    </span>
  );
}
