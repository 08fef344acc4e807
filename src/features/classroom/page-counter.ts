/**
 * The CSS `content` of the handout's page number, from a translated "Page {page} of {pages}":
 * the text as CSS strings, the placeholders as paged-media counters.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? 'counter(page)'
        : part === '{pages}'
          ? 'counter(pages)'
          : `"${part.replace(/[\\"]/g, '\\$&').replace(/[\n\r<>]/g, ' ')}"`,
    )
    .join(' ');
}
