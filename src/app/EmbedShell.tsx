import { useEffect, type ReactNode } from 'react';
import { useParley } from '../store/StoreContext';
import { Notices } from './Notices';
import { SidePanel } from '../features/panels/SidePanel';
import { EmbedCredits } from '../features/newsroom/EmbedCredits';
import { startHeightReporter } from '../features/newsroom/post-height';
import '../features/newsroom/embed.css';

/**
 * The embed layout (`?embed=1`): no app header or tabs; the view the link set up (`children`, with
 * its compact zoom bar), the chosen event's details below it, and the credits line. Its height
 * comes from its content, never from the frame, and is posted to the host page as it changes.
 */
export function EmbedShell({ children }: { children: ReactNode }) {
  const title = useParley((s) => s.dataset.meta.title);
  useEffect(() => startHeightReporter(window), []);
  return (
    <div className="embed">
      <h1 className="visually-hidden">{title}</h1>
      <Notices />
      <main className="embed-main">
        {children}
        <SidePanel />
      </main>
      <EmbedCredits />
    </div>
  );
}
