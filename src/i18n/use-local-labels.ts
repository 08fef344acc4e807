import { useMemo } from 'react';
import { useParley } from '../store/StoreContext';
import { localName, localShortName, localised, type Lang } from '../domain/localise';
import type { Actor, DatasetMeta, Story, StoryStep, Topic, ZoomPreset } from '../domain/types';
import { datasetLangOf, langTagOf } from './languages';

/** A dataset label in the reader's language, and the `lang` attribute it needs (none if the page's). */
export interface LocalLabel {
  readonly text: string;
  readonly lang: string | undefined;
}

/** The dataset's short labels in the interface language (see domain/localise). */
export interface LocalLabels {
  readonly name: (actor: Actor) => string;
  readonly shortName: (actor: Actor) => string;
  readonly topicTitle: (topic: Topic) => LocalLabel;
  readonly proposition: (topic: Topic) => LocalLabel;
  readonly preset: (preset: ZoomPreset) => LocalLabel;
  readonly title: (meta: DatasetMeta) => LocalLabel;
  /** A story's or a story step's title. */
  readonly storyTitle: (story: Story | StoryStep) => LocalLabel;
}

export function localLabels(interfaceLang: string): LocalLabels {
  const lang: Lang = datasetLangOf(interfaceLang);
  const label = <K extends string>(
    record: Parameters<typeof localised<K>>[0],
    field: K,
  ): LocalLabel => {
    const local = localised(record, field, lang);
    return { text: local.text, lang: local.lang === lang ? undefined : langTagOf(local.lang) };
  };
  return {
    name: (a) => localName(a, lang),
    shortName: (a) => localShortName(a, lang),
    topicTitle: (t) => label(t, 'title'),
    proposition: (t) => label(t, 'proposition'),
    preset: (p) => label(p, 'label'),
    title: (m) => label(m, 'title'),
    storyTitle: (s) => label(s, 'title'),
  };
}

/** An actor's name in the reader's language, or `undefined` for an unknown actor. */
export function nameOf(actor: Actor | undefined, labels: LocalLabels): string | undefined {
  return actor && labels.name(actor);
}

/** The dataset's labels in the store's interface language. */
export function useLocalLabels(): LocalLabels {
  const lang = useParley((s) => s.lang);
  return useMemo(() => localLabels(lang), [lang]);
}
