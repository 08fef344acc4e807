import { useOwnData } from './own-data-context';
import { useFileDrop } from './use-file-drop';
import './own-data.css';

/** The whole page takes a dropped file; while one is held over it, a hint says so. */
export function DropZone({ label }: { label: string }) {
  const actions = useOwnData();
  const dragging = useFileDrop(actions?.openFile);
  if (!dragging) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>{label}</p>
    </div>
  );
}
