import { useParley } from '../store/StoreContext';
import { useContentLang } from '../i18n/use-content-lang';
import { useT } from '../i18n/use-t';
import { ViewTabs } from '../components/ViewTabs';
import { StoryMenu } from '../presentation/StoryMenu';
import { PresentButton } from '../presentation/PresentButton';
import { PrintButton } from '../print/PrintButton';
import { ShareTools } from '../embed/ShareTools';
import { ExploreBar } from '../components/ExploreBar';
import { LanguagePicker } from '../components/LanguagePicker';
import '../components/explore.css';

/** The app's header: name and dataset title, the views, the classroom actions, the language, search, filters and sharing. */
export function AppHeader() {
  const t = useT();
  const contentLang = useContentLang();
  const meta = useParley((s) => s.dataset.meta);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">{t('appName')}</span>
        <h1 className="dataset-title" lang={contentLang}>
          {meta.title}
        </h1>
      </div>
      <ViewTabs />
      <div className="classroom-actions" role="group" aria-label={t('classroom.label')}>
        <StoryMenu />
        <PresentButton />
        <PrintButton />
      </div>
      <LanguagePicker />
      <div className="header-tools">
        <ExploreBar />
        <ShareTools />
      </div>
    </header>
  );
}
