/**
 * Events as rows of Parley's spreadsheet template (TimelineJS's columns, then Parley's), so that a
 * teacher can edit them in a spreadsheet and open the file again. A title row and one row per
 * preset come first, as in TimelineJS's sheet. Cells go through the one CSV cell writer
 * (`csvCell`), which keeps them from running as formulas.
 */
import { csvCell } from '../../domain/export-events';
import { toIsoDay } from '../../domain/dates';
import type { ParleyEvent } from '../../domain/types';
import { CSV_TEMPLATE_COLUMNS, type CsvColumn } from './csv-columns';
import { dateParts, filePresets, parleyParts, webSource, type ExportData } from './export-common';

type Row = Partial<Record<CsvColumn, string | number | undefined>>;

function dateCells(iso: string, precision: 'day' | 'month', end = false): Row {
  const { year, month, day } = dateParts(iso, precision);
  return end
    ? { 'End Year': year, 'End Month': month, 'End Day': day }
    : { Year: year, Month: month, Day: day };
}

function eventRow(e: ParleyEvent, data: ExportData): Row {
  const source = webSource(e, data) ?? data.sourcesById.get(e.sources[0]!);
  const parts = parleyParts(e, data);
  return {
    ...dateCells(e.date, e.precision),
    ...(e.endDate ? dateCells(e.endDate, 'day', true) : {}),
    'Display Date': e.displayDate,
    Headline: e.title,
    Text: e.summary,
    Group: parts.lane,
    ID: e.id,
    Actors: parts.actors.join('; '),
    Kind: e.kind,
    Topics: parts.topics.join('; '),
    Location: e.location,
    'Source URL': source?.url,
    'Source Title': source?.title,
    'Source Publisher': source?.publisher,
    'Source Date': source?.date,
    Quote: parts.quote,
    Speaker: parts.speaker,
  };
}

/** The CSV text (CRLF line ends) of these events in the template's columns. */
export function eventsToCsvTemplate(events: readonly ParleyEvent[], data: ExportData): string {
  const rows: Row[] = [
    { Type: 'title', Headline: data.meta.title, Text: data.meta.description },
    ...filePresets(data).map((p) => ({
      Type: 'era',
      Headline: p.label,
      ...dateCells(toIsoDay(p.window.start), 'day'),
      ...dateCells(toIsoDay(p.window.end - 1), 'day', true),
    })),
    ...events.map((e) => eventRow(e, data)),
  ];
  const lines = [
    CSV_TEMPLATE_COLUMNS.map(csvCell).join(','),
    ...rows.map((r) => CSV_TEMPLATE_COLUMNS.map((c) => csvCell(String(r[c] ?? ''))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
