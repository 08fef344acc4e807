/** Where the dataset on show came from: the file beside the app, a link's `?data=`, or a file the reader opened. */
export type DatasetSource =
  | { readonly kind: 'bundled' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly name: string };

export const BUNDLED: DatasetSource = { kind: 'bundled' };
