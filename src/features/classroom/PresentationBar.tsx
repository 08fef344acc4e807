import { useParley } from '../../store/StoreContext';
import { useVisibleEvents } from '../../store/use-derived';
import { useT } from '../../i18n/use-t';
import { EventStepper } from './EventStepper';
import { PresentLooks } from './PresentLooks';
import { StoryControls } from './StoryControls';
import { usePresentationKeys } from './use-presentation-keys';
import { useStory } from './use-story';

/**
 * The only chrome left in presentation mode: where we are, Previous/Next and Exit. While it is
 * mounted the clicker keys step the story being played, or else the filtered events (`advance`).
 */
export function PresentationBar() {
  const t = useT();
  const playing = useStory();
  const events = useVisibleEvents();
  const selected = useParley((s) => s.selectedEventId);
  const advance = useParley((s) => s.advance);
  const setPresenting = useParley((s) => s.setPresenting);
  const exit = () => setPresenting(false);
  usePresentationKeys(advance, exit);
  return (
    <header className="presentation-bar" aria-label={t('present.label')}>
      <span className="app-name">{t('appName')}</span>
      {playing ? (
        <StoryControls index={playing.index} count={playing.story.steps.length} />
      ) : (
        <EventStepper events={events} current={selected} onStep={advance} />
      )}
      <PresentLooks />
      <button type="button" className="present-exit" title={t('present.exitHint')} onClick={exit}>
        {t('present.exit')}
      </button>
    </header>
  );
}
