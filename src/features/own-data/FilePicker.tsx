import { useRef } from 'react';
import { ACCEPTED_FILES } from './own-data-context';

/**
 * A button that opens the system's file picker (the `<input type="file">` itself is hidden, and
 * out of the tab order, so the button is the one control a keyboard reaches).
 */
export function FilePicker({
  label,
  hint,
  onFile,
}: {
  label: string;
  hint: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" title={hint} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        tabIndex={-1}
        aria-label={label}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
