/**
 * The dataset's labels in the reader's language: a record's translation where it has one, its
 * English label otherwise. Each `local…` function returns plain strings; `localised` also says which
 * language the text is in (so that a fallback can be marked `lang="en"`) and whether it is official.
 */
import type {
  Actor,
  DatasetMeta,
  DocumentPoint,
  OriginalText,
  PolicyDocument,
  Quote,
  SourceId,
  Story,
  StoryStep,
  Topic,
  Translations,
  ZoomPreset,
} from './types';
import { TRANSLATION_LANGS, type TranslationLang } from './vocabulary';

/** An interface language: English or one a dataset may translate into. */
export type Lang = 'en' | TranslationLang;

export interface LocalText {
  readonly text: string;
  /** The language of `text`: the one asked for, or `en` when the record has no translation. */
  readonly lang: Lang;
  /** The source of the official wording; absent for English and for Parley's own translations. */
  readonly official?: SourceId;
}

type Labelled<K extends string> = { readonly [P in K]?: string } & {
  readonly translations?: Translations<{ readonly [P in K]?: string } & { official?: SourceId }>;
};

function entry<K extends string>(record: Labelled<K>, lang: Lang) {
  return lang === 'en' ? undefined : record.translations?.[lang];
}

/** One label of a record in `lang`, falling back to the English field (empty if it has none). */
export function localised<K extends string>(record: Labelled<K>, field: K, lang: Lang): LocalText {
  const t = entry(record, lang);
  const text = t?.[field];
  if (text !== undefined) return { text, lang, official: t?.official };
  return { text: record[field] ?? '', lang: 'en' };
}

/** Whether the record's labels in `lang` are the official wording (never true for English). */
export function isOfficial(
  record: { readonly translations?: Translations<{ official?: SourceId }> },
  lang: Lang,
): boolean {
  return lang !== 'en' && record.translations?.[lang]?.official !== undefined;
}

export function localName(actor: Actor, lang: Lang): string {
  return localised(actor, 'name', lang).text;
}

/** The short label for lanes and chips: a translated short name, else the translated name. */
export function localShortName(actor: Actor, lang: Lang): string {
  const t = entry<'name' | 'shortName'>(actor, lang);
  return t?.shortName ?? t?.name ?? actor.shortName ?? actor.name;
}

export function localActorTitle(actor: Actor, lang: Lang): string | undefined {
  return entry<'title'>(actor, lang)?.title ?? actor.title;
}

export function localTopic(topic: Topic, lang: Lang): { title: string; proposition: string } {
  const title = localised(topic, 'title', lang).text;
  return { title, proposition: localised(topic, 'proposition', lang).text };
}

export function localDocument(
  doc: PolicyDocument,
  lang: Lang,
): { title: string; shortTitle: string } {
  const title = localised(doc, 'title', lang).text;
  return { title, shortTitle: localised(doc, 'shortTitle', lang).text };
}

export function localPoint(point: DocumentPoint, lang: Lang): string {
  return localised(point, 'title', lang).text;
}

export function localPreset(preset: ZoomPreset, lang: Lang): string {
  return localised(preset, 'label', lang).text;
}

export function localMeta(
  meta: Pick<DatasetMeta, 'title' | 'description' | 'translations'>,
  lang: Lang,
): { title: string; description: string } {
  const title = localised(meta, 'title', lang).text;
  return { title, description: localised(meta, 'description', lang).text };
}

export function localStoryTitle(story: Story | StoryStep, lang: Lang): string {
  return localised(story, 'title', lang).text;
}

/** The primary language subtag of a BCP 47 tag: `zh` for `zh-Hans-CN`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** A quote's original text when it is in the reader's language (show it first, then). */
export function originalInLanguage(quote: Quote, lang: Lang): OriginalText | undefined {
  const original = quote.original;
  return original && primaryLanguage(original.lang) === lang ? original : undefined;
}

export function isLang(value: string): value is Lang {
  return value === 'en' || (TRANSLATION_LANGS as readonly string[]).includes(value);
}
