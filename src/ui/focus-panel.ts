/**
 * Moves keyboard focus to the detail panel's heading once React has drawn it: used when a control
 * that opened the panel disappears with the view it was in (a matrix cell that switches to the
 * timeline), so that focus does not fall back to the top of the page.
 */
export function focusPanelHeading(id = 'event-panel-title'): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
