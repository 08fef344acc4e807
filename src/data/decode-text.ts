/**
 * The bytes of a dataset file as text. JSON files are UTF-8 (RFC 8259), but files saved by
 * Windows tools often start with a byte-order mark or are UTF-16: those are read too. Bytes that
 * are not valid UTF-8 are reported, not silently replaced by "�".
 */
import type { ProblemKey } from '../domain/problem-text';

export type Decoded =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly key: ProblemKey };

export function decodeText(bytes: Uint8Array): Decoded {
  const [a, b] = bytes;
  const utf16 = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : '';
  try {
    // TextDecoder drops the byte-order mark of its own encoding.
    const text = new TextDecoder(utf16 || 'utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, key: utf16 ? 'problem.fileNotUtf16' : 'problem.fileNotUtf8' };
  }
}
