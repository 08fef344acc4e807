import { useT } from '../../i18n/use-t';
import { FilePicker } from './FilePicker';
import { useOwnData } from './own-data-context';

/** "Open a file…" in the header: a Parley, TimelineJS or CSV file from the reader's disk. */
export function OpenFileButton() {
  const t = useT();
  const actions = useOwnData();
  if (!actions) return null;
  return (
    <FilePicker label={t('ownData.open')} hint={t('ownData.openHint')} onFile={actions.openFile} />
  );
}
