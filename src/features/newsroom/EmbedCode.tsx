import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useParley } from '../../store/StoreContext';
import { THEMES, type Theme } from '../../store/types';
import { CopyField } from './CopyField';
import { EmbedPreview } from './EmbedPreview';
import {
  clampEmbedHeight,
  DEFAULT_EMBED_HEIGHT_PX,
  describeView,
  embedSnippet,
  embedUrl,
  MAX_EMBED_HEIGHT_PX,
  MIN_EMBED_HEIGHT_PX,
} from './embed-snippet';
import { currentAppUrl, useUrlView } from './use-view-url';

/** The embed half of the share dialog: height and theme, the snippet to copy, a live preview. */
export function EmbedCode() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const view = useUrlView();
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT_PX));
  const [theme, setTheme] = useState<Theme>(view.theme);
  const [followHeight, setFollowHeight] = useState(true);
  // One name per dialog: the id in the frame's height messages, unique enough on one page.
  const [name] = useState(() => `parley-${Math.random().toString(36).slice(2, 8)}`);
  const heightId = useId();
  const height = clampEmbedHeight(Number(heightText));
  const appUrl = currentAppUrl();
  const title = describeView(view, dataset, t);
  const snippet = embedSnippet({ appUrl, view, height, theme, title, name, followHeight });
  return (
    <section className="share-section embed-code" aria-labelledby="share-embed-title">
      <div>
        <h3 id="share-embed-title">{t('share.embed')}</h3>
        <p className="hint">{t('share.embedIntro')}</p>
        <div className="embed-options">
          <div>
            <label htmlFor={heightId}>{t('share.height')}</label>
            <input
              id={heightId}
              type="number"
              inputMode="numeric"
              min={MIN_EMBED_HEIGHT_PX}
              max={MAX_EMBED_HEIGHT_PX}
              step={10}
              value={heightText}
              onChange={(e) => setHeightText(e.target.value)}
            />
          </div>
          <fieldset>
            <legend>{t('share.theme')}</legend>
            {THEMES.map((th) => (
              <label key={th}>
                <input
                  type="radio"
                  name="embed-theme"
                  value={th}
                  checked={theme === th}
                  onChange={() => setTheme(th)}
                />
                {t(`theme.${th}`)}
              </label>
            ))}
          </fieldset>
          <label className="embed-follow">
            <input
              type="checkbox"
              checked={followHeight}
              onChange={(e) => setFollowHeight(e.target.checked)}
            />
            {t('share.followHeight')}
          </label>
        </div>
        <CopyField
          label={t('share.code')}
          value={snippet}
          buttonLabel={t('share.copyCode')}
          multiline
        />
      </div>
      <div>
        <h3>{t('share.preview')}</h3>
        <EmbedPreview src={embedUrl(appUrl, view, theme)} height={height} title={title} />
      </div>
    </section>
  );
}
