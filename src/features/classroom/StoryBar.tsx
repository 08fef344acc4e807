import { useT } from '../../i18n/use-t';
import { useContentLang } from '../../i18n/use-content-lang';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { StoryControls } from './StoryControls';
import { useStory } from './use-story';
import './story.css';

/**
 * The story being played, above the timeline: the step's title (in the reader's language where
 * the dataset translates it) and narration (English), and controls.
 */
export function StoryBar() {
  const t = useT();
  const contentLang = useContentLang();
  const playing = useStory();
  const { storyTitle } = useLocalLabels();
  if (!playing) return null;
  const { story, step, index } = playing;
  return (
    <section className="story-bar" aria-label={t('story.label')}>
      <div className="story-text" aria-live="polite">
        <p className="story-title" lang={storyTitle(story).lang}>
          {storyTitle(story).text}
        </p>
        <h2 className="story-step-title" lang={storyTitle(step).lang}>
          {storyTitle(step).text}
        </h2>
        <p className="story-narration" lang={contentLang}>
          {step.narration}
        </p>
      </div>
      <StoryControls index={index} count={story.steps.length} />
    </section>
  );
}
