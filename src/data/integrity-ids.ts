/** The ids a dataset defines, by collection, and the check that a reference names one of them. */
export interface Ids {
  readonly sources: ReadonlySet<string>;
  readonly actors: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly events: ReadonlySet<string>;
  readonly documents: ReadonlySet<string>;
}

/** Reports `id` at `path` unless the dataset defines it among `kind`. */
export type Ref = (kind: keyof Ids, id: string, path: string) => void;
