import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { StoryProgress } from './StoryProgress';
import { StepButtons } from './StepButtons';

/** Progress, Previous/Next (by the one stepping rule) and "Explore from here" for the story being played. */
export function StoryControls({ index, count }: { index: number; count: number }) {
  const t = useT();
  const advance = useParley((s) => s.advance);
  const stopStory = useParley((s) => s.stopStory);
  return (
    <div className="story-controls">
      <StoryProgress n={index + 1} m={count} />
      <StepButtons atStart={index === 0} atEnd={index === count - 1} onStep={advance} />
      <button type="button" title={t('story.exploreHint')} onClick={stopStory}>
        {t('story.explore')}
      </button>
    </div>
  );
}
