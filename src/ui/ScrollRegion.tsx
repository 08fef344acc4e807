import type { ReactNode } from 'react';

/**
 * A horizontally scrolling box for a wide table, named by the table's caption. It takes focus so
 * that keyboard users can scroll it with the arrow keys: in the votes table most cells hold no
 * control that would bring the far columns into view.
 */
export function ScrollRegion({
  labelledBy,
  children,
}: {
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable (WCAG 2.1.1)
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
