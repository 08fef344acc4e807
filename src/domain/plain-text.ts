/**
 * Text typed or linked by a reader, made plain: C0 controls (U+0000–U+001F), DEL (U+007F) and
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed.
 * They are invisible, and a right-to-left override can make a search box or a title read
 * backwards ("Trojan Source"). Other format characters (joiners in scripts that need them) stay.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '');
}
