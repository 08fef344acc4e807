import type { ReactNode } from 'react';

/**
 * The box of a wide table, named by the table's caption. The view around it scrolls the table
 * (so that its headers can stick: see views.css); on a phone the box scrolls sideways itself. It
 * takes focus so that keyboard users can scroll with the arrow keys (the box, or the view around
 * it): in the votes table most cells hold no control that would bring the far columns into view.
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
