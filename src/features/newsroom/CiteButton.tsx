import { useT } from '../../i18n/use-t';
import { CiteDialog } from './CiteDialog';
import { DialogButton } from './DialogButton';

/** "Cite": the view's citation in APA, Chicago, MLA and BibTeX. */
export function CiteButton() {
  const t = useT();
  return <DialogButton label={t('cite.open')} dialog={(close) => <CiteDialog onClose={close} />} />;
}
