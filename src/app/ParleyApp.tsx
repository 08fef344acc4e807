import { useParley } from '../store/StoreContext';
import { SidePanel } from '../features/panels/SidePanel';
import { Notices } from './Notices';
import { DatasetBar } from '../features/own-data/DatasetBar';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { EmbedShell } from './EmbedShell';
import { PresentationBar } from '../features/classroom/PresentationBar';
import { PresentationStage } from '../features/classroom/PresentationStage';
import { StoryBar } from '../features/classroom/StoryBar';
import { useFullscreenSync } from '../features/classroom/use-fullscreen-sync';
import { PrintHandout } from '../features/classroom/PrintHandout';
import { QuizHandoutPage } from '../features/quiz/QuizHandoutPage';
import { AppHeader } from './AppHeader';
import { SkipLink } from './SkipLink';
import { MainView } from './MainView';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { OfflineSupport } from '../features/offline/OfflineSupport';

/**
 * The app's layout: header, notices, the story being played, the chosen view and the detail
 * panel; in presentation mode (`data-mode="present"`), a small bar and the stage over the
 * timeline instead (the header stays in the tree, hidden, so focus can return to its Present
 * button). The timeline keeps its place in the tree so switching modes does not re-create it.
 * The print handout sits outside the app: it is all that prints (with the quiz's questions when
 * printed from the quiz). An embed has a layout of its own.
 */
export function ParleyApp() {
  const presenting = useParley((s) => s.presenting);
  const look = useParley((s) => s.look);
  const quiz = useParley((s) => s.view === 'quiz');
  const storyPlaying = useParley((s) => s.story !== null);
  const panelOpen = useParley((s) => s.panel !== null);
  const embed = useParley((s) => s.embed);
  useFullscreenSync();
  useKeyboardShortcuts();
  if (embed)
    return (
      <EmbedShell>
        <MainView />
      </EmbedShell>
    );
  return (
    <>
      <div
        className={`app${panelOpen && !presenting ? ' has-panel' : ''}`}
        data-mode={presenting ? 'present' : undefined}
        data-look={presenting && look !== 'default' ? look : undefined}
      >
        <SkipLink />
        <AppHeader />
        {presenting ? <PresentationBar /> : <SelectionAnnouncer />}
        <DatasetBar />
        <Notices />
        {storyPlaying && !presenting ? <StoryBar /> : null}
        <main className="app-main">
          {presenting && !quiz ? <PresentationStage /> : null}
          <MainView />
          {presenting ? null : <SidePanel />}
        </main>
      </div>
      <PrintHandout appendix={<QuizHandoutPage />} />
      <OfflineSupport />
    </>
  );
}
