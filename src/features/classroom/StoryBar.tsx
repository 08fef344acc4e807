import { useT } from '../../i18n/use-t';
import { useContentLang } from '../../i18n/use-content-lang';
import { StoryControls } from './StoryControls';
import { useStory } from './use-story';
import './story.css';

/** The story being played, above the timeline: the step's title and narration, and controls. */
export function StoryBar() {
  const t = useT();
  const contentLang = useContentLang();
  const playing = useStory();
  if (!playing) return null;
  const { story, step, index } = playing;
  return (
    <section className="story-bar" aria-label={t('story.label')}>
      <div className="story-text" aria-live="polite" lang={contentLang}>
        <p className="story-title">{story.title}</p>
        <h2 className="story-step-title">{step.title}</h2>
        <p className="story-narration">{step.narration}</p>
      </div>
      <StoryControls index={index} count={story.steps.length} />
    </section>
  );
}
