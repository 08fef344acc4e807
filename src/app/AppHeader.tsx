import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ViewTabs } from '../components/ViewTabs';
import { StoryMenu } from '../presentation/StoryMenu';
import { PresentButton } from '../presentation/PresentButton';
import { PrintButton } from '../print/PrintButton';

/** The app's header: name and dataset title, the views, and the classroom actions. */
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
    </header>
  );
}
