import { useLocalLabels } from '../i18n/use-local-labels';
import { useState } from 'react';
import { useParley } from '../store/StoreContext';
import { useT } from '../i18n/use-t';
import { ViewTabs } from './ViewTabs';
import { StoryMenu } from '../features/classroom/StoryMenu';
import { PresentButton } from '../features/classroom/PresentButton';
import { PrintButton } from '../features/classroom/PrintButton';
import { ShareTools } from '../features/newsroom/ShareTools';
import { ExploreBar } from '../features/explore/ExploreBar';
import { LanguagePicker } from './LanguagePicker';
import { OpenFileButton } from '../features/own-data/OpenFileButton';

/** The app's header: name and dataset title, the views, the classroom actions, the language, search, filters and sharing. */
export function AppHeader() {
  const t = useT();
  const title = useLocalLabels().title(useParley((s) => s.dataset.meta));
  // On a phone (app.css, ≤ 700px) the views and tools fold into this menu; elsewhere the button
  // is hidden and everything shows.
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <header className={`app-header${menuOpen ? ' menu-open' : ''}`}>
      <div className="brand">
        <span className="app-name">{t('appName')}</span>
        <h1 className="dataset-title" lang={title.lang}>
          {title.text}
        </h1>
      </div>
      <button
        type="button"
        className="header-menu-button"
        aria-expanded={menuOpen}
        aria-controls="header-menu"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <span aria-hidden="true">☰ </span>
        {t('menu.views')}
      </button>
      <div id="header-menu" className="header-menu">
        <ViewTabs />
        <div className="classroom-actions" role="group" aria-label={t('classroom.label')}>
          <StoryMenu />
          <PresentButton />
          <PrintButton />
        </div>
        <LanguagePicker />
      </div>
      <div className="header-tools">
        <ExploreBar />
        <ShareTools />
        <div className="open-file">
          <OpenFileButton />
        </div>
      </div>
    </header>
  );
}
