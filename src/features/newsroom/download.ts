/** Saving a file the app made: a Blob behind an object URL, clicked as a download link. */

/** Long enough for the browser to start reading the file before its URL is revoked. */
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
