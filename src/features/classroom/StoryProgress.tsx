import { useT } from '../../i18n/use-t';

/** "Step 3 of 16" and a bar that fills as the story goes. */
export function StoryProgress({ n, m }: { n: number; m: number }) {
  const t = useT();
  const text = t('story.position', { n, m });
  return (
    <div className="story-progress">
      <span className="story-position">{text}</span>
      <div
        className="story-progress-bar"
        role="progressbar"
        aria-label={t('story.progress')}
        aria-valuemin={1}
        aria-valuemax={m}
        aria-valuenow={n}
        aria-valuetext={text}
      >
        <div className="story-progress-fill" style={{ width: `${(100 * n) / m}%` }} />
      </div>
    </div>
  );
}
