/** Ids for records a file does not name itself: lowercase words joined by hyphens (the id rule). */
export function slug(text: string, maxLength = 60): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, maxLength).replace(/-+$/, '');
}

/** A slug not yet in `taken` (adds `-2`, `-3`… when needed), recorded as taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
