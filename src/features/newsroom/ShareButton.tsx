import { useT } from '../../i18n/use-t';
import { DialogButton } from './DialogButton';
import { ShareDialog } from './ShareDialog';

/** "Share": opens the share dialog, and takes the focus back when it closes. */
export function ShareButton() {
  const t = useT();
  return (
    <DialogButton label={t('share.open')} dialog={(close) => <ShareDialog onClose={close} />} />
  );
}
