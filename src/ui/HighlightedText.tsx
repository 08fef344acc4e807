import { highlightRanges } from '../domain/search-events';

/** Text with the search's matched words marked, built as text nodes (never HTML). */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {highlightRanges(text, terms).map((seg, i) =>
        seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>,
      )}
    </>
  );
}
