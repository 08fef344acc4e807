import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ViewTabs } from '../components/ViewTabs';
import { SidePanel } from '../components/SidePanel';
import { Notices } from '../components/Notices';
import { ExploreBar } from '../components/ExploreBar';
import '../components/explore.css';
import { SelectionAnnouncer } from '../components/SelectionAnnouncer';
import { EmbedShell } from '../embed/EmbedShell';
import { ShareTools } from '../embed/ShareTools';
import { MainView } from './MainView';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

/** The app's layout: header, notices, the chosen view and the detail panel (or the embed's). */
export function ParleyApp() {
  const t = useT();
  const meta = useParley((s) => s.dataset.meta);
  const panelOpen = useParley((s) => s.panel !== null);
  const embed = useParley((s) => s.embed);
  useKeyboardShortcuts();
  if (embed)
    return (
      <EmbedShell>
        <MainView />
      </EmbedShell>
    );
  return (
    <div className={`app${panelOpen ? ' has-panel' : ''}`}>
      <header className="app-header">
        <div className="brand">
          <span className="app-name">{t('appName')}</span>
          <h1 className="dataset-title">{meta.title}</h1>
        </div>
        <ViewTabs />
        <ShareTools />
        <ExploreBar />
      </header>
      <Notices />
      <SelectionAnnouncer />
      <main className="app-main">
        <MainView />
        <SidePanel />
      </main>
    </div>
  );
}
