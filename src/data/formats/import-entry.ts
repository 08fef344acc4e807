/**
 * What the TimelineJS and CSV readers agree on: one entry per event, with its dates already read,
 * and the file's title and eras. `build-wire.ts` turns these into a Parley file, which then goes
 * through the one loader like any other.
 */
import type { ImportDate } from './import-date';

/** The parts of an entry a problem can point at; each format names them in its own words. */
export type EntryField =
  | 'id'
  | 'date'
  | 'endDate'
  | 'headline'
  | 'text'
  | 'group'
  | 'actors'
  | 'kind'
  | 'topics'
  | 'source'
  | 'media'
  | 'sourceDate'
  | 'quote'
  | 'speaker'
  | 'time'
  | 'displayDate';

export interface ImportSource {
  readonly url: string;
  readonly field: EntryField;
  readonly title?: string;
  readonly publisher?: string;
  readonly date?: ImportDate;
}

export interface ImportEntry {
  /** The id the file gives (empty when none). */
  readonly id: string;
  readonly date: ImportDate;
  readonly end?: ImportDate;
  readonly headline: string;
  readonly text: string;
  /** The lane: TimelineJS's group. */
  readonly group: string;
  readonly actors: readonly string[];
  readonly kind: string;
  readonly topics: readonly string[];
  readonly source?: ImportSource;
  readonly quote?: { readonly text: string; readonly speaker: string };
  readonly location?: string;
  /** The date as the file writes it for display (TimelineJS's Display Date). */
  readonly displayDate?: string;
  /** Times of day ("14:30"): Parley places events by day and keeps these in the event's note. */
  readonly time?: string;
  readonly endTime?: string;
}

export interface ImportEra {
  readonly label: string;
  readonly start: ImportDate;
  readonly end: ImportDate;
}

export interface ImportFile {
  readonly title: string;
  readonly description: string;
  readonly entries: readonly ImportEntry[];
  readonly eras: readonly ImportEra[];
  /** Parts of the file that hold something Parley does not use (Background, Media Thumbnail). */
  readonly unused: readonly string[];
}

/** Where a field of the entry at an index is in the file, in the reader's words. */
export type Locate = (index: number, field: EntryField) => string;

/** Splits a list cell ("China; Russia" or "China, Russia"), trimming and dropping empties. */
export function splitList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
