/**
 * The dataset's own voice stays neutral: a summary may report that someone called a claim
 * "unfounded", but may not call it so itself. The rule is deliberately simple, so that an editor
 * can predict it:
 *
 * 1. Quoted text is set aside: anything between "…", “…”, «…» or '…' (an opening single quote
 *    after a space or bracket, so that apostrophes such as "Russia's" do not count).
 * 2. What is left is cut into clauses at . ; ! and ? (a comma does not end a clause).
 * 3. A clause that reports someone's words or view (it matches one of `ATTRIBUTION` — "said",
 *    "called", "according to", "rejected … as", …) is theirs, not the dataset's, and passes.
 * 4. Any other clause containing a word of `EVALUATIVE_WORDS` is a problem.
 *
 * So "Russia's claims, which the US called unfounded, were rejected." passes, and "Russia's
 * unfounded claims were rejected." does not.
 */

/** Judgements the dataset leaves to the people it quotes. Reviewed; extend with care. */
export const EVALUATIVE_WORDS = [
  'absurd',
  'atrocious',
  'barbaric',
  'baseless',
  'brave',
  'brutal',
  'courageous',
  'cowardly',
  'disgraceful',
  'false',
  'heinous',
  'heroic',
  'illegal',
  'illegitimate',
  'outrageous',
  'reckless',
  'ridiculous',
  'shameful',
  'sham',
  'unfounded',
  'unjustifiable',
  'unjustified',
  'unprovoked',
] as const;

/**
 * What marks a clause as someone else's account (regular-expression sources, whole words). Verbs
 * that also describe deeds ("rejected", "condemned") count only with "as": "rejected the claim as
 * false" reports a view, "the claims were rejected" does not.
 */
export const ATTRIBUTION = [
  'said',
  'says?',
  'saying',
  'call(?:s|ed|ing)?',
  'describ(?:ed|es|ing)',
  'termed',
  'labell?ed',
  'alleged',
  'claimed',
  'according to',
  'citing',
  'argued',
  'insisted',
  'warned',
  'told',
  'wrote',
  '(?:rejected|dismissed|condemned|condemning|denounced|branded)\\b[^.;!?]*\\bas',
] as const;

const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»|(^|[\s([])'[^']*'(?=[\s.,;:!?)\]]|$)/g;
const words = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');
const EVALUATIVE = words(EVALUATIVE_WORDS);
const EVALUATIVE_ALL = new RegExp(EVALUATIVE.source, 'gi');
const ATTRIBUTED = words(ATTRIBUTION);

/** The evaluative words a text uses in its own voice, in order of appearance (lower case). */
export function ownVoiceJudgements(text: string): string[] {
  // Most texts use no such word at all: nothing to set aside or attribute (setting quotes aside
  // puts "…" in their place, which joins no letters into a new word). 100,000 summaries: 350 →
  // 105 ms.
  if (!EVALUATIVE.test(text)) return [];
  const unquoted = text.replace(QUOTED, '$1…');
  const found: string[] = [];
  for (const clause of unquoted.split(/[.;!?]+/)) {
    if (ATTRIBUTED.test(clause)) continue;
    const all = clause.match(EVALUATIVE_ALL) ?? [];
    found.push(...all.map((w) => w.toLowerCase()));
  }
  return found;
}
