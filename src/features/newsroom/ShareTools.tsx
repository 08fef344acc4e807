import { ExportMenu } from './ExportMenu';
import { CopyLinkButton } from './CopyLinkButton';
import { ShareButton } from './ShareButton';
import { CiteButton } from './CiteButton';
import { useViewUrl } from './use-view-url';
import './share.css';

/** The journalists' tools in the app header: share (link and embed), copy the link, cite, export. */
export function ShareTools() {
  const link = useViewUrl();
  return (
    <div className="share-tools">
      <ShareButton />
      <CopyLinkButton />
      <CiteButton />
      <ExportMenu link={link} />
    </div>
  );
}
