import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ViewTabs } from '../components/ViewTabs';
import { StoryMenu } from '../presentation/StoryMenu';
import { PresentButton } from '../presentation/PresentButton';
import { PrintButton } from '../print/PrintButton';
import { ShareTools } from '../embed/ShareTools';
import { ExploreBar } from '../components/ExploreBar';
import '../components/explore.css';

/** The app's header: name and dataset title, the views, the classroom and sharing actions, search and filters. */
export function AppHeader() {
  const t = useT();
  const meta = useParley((s) => s.dataset.meta);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t('appName')}</span>
        <h1 className="dataset-title">{meta.title}</h1>
      </div>
      <ViewTabs />
      <div className="classroom-actions" role="group" aria-label={t('classroom.label')}>
        <StoryMenu />
        <PresentButton />
        <PrintButton />
      </div>
      <div className="header-tools">
        <ExploreBar />
        <ShareTools />
      </div>
    </header>
  );
}
