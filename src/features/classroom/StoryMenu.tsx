import { useState } from 'react';
import { useParley } from '../../store/StoreContext';
import { useT } from '../../i18n/use-t';
import { useLocalLabels } from '../../i18n/use-local-labels';

/**
 * The way into the dataset's guided stories: one button when there is one story (pressed while
 * it plays; pressing it again leaves the story), a small menu when there are several.
 */
export function StoryMenu() {
  const t = useT();
  const stories = useParley((s) => s.dataset.stories);
  const playing = useParley((s) => s.story?.id ?? null);
  const playStory = useParley((s) => s.playStory);
  const stopStory = useParley((s) => s.stopStory);
  const { storyTitle } = useLocalLabels();
  const [open, setOpen] = useState(false);
  const toggle = (id: string) => (id === playing ? stopStory() : playStory(id));
  const only = stories.length === 1 ? stories[0] : undefined;
  if (only) {
    return (
      <button
        type="button"
        aria-pressed={playing === only.id}
        title={t('story.startHint', { title: storyTitle(only).text })}
        onClick={() => toggle(only.id)}
      >
        {t('story.start')}
      </button>
    );
  }
  if (stories.length === 0) return null;
  return (
    <div className="story-menu">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('story.menu')}
      </button>
      {open ? (
        <ul className="story-menu-list">
          {stories.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                aria-pressed={playing === s.id}
                onClick={() => {
                  toggle(s.id);
                  setOpen(false);
                }}
              >
                <span lang={storyTitle(s).lang}>{storyTitle(s).text}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
