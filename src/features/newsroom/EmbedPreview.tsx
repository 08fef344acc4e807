import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';

/** The width of a typical article column: the preview shows the embed at this width. */
export const PREVIEW_COLUMN_PX = 600;
/** The preview is scaled down to stay within this height in the dialog. */
const MAX_PREVIEW_HEIGHT_PX = 480;

/** How much a frame of `height` must shrink to fit a box `boxWidth` wide (at most 1). */
export function previewScale(boxWidth: number, height: number): number {
  return Math.min(1, boxWidth / PREVIEW_COLUMN_PX, MAX_PREVIEW_HEIGHT_PX / height);
}

/** The live embed at the chosen height, as it would sit in an article column, scaled to fit. */
export function EmbedPreview({
  src,
  height,
  title,
}: {
  src: string;
  height: number;
  title: string;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(PREVIEW_COLUMN_PX);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setBoxWidth(el.clientWidth || PREVIEW_COLUMN_PX));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const scale = previewScale(boxWidth, height);
  return (
    <div className="embed-preview">
      <p className="hint">
        {t('share.previewNote', { width: PREVIEW_COLUMN_PX, percent: Math.round(scale * 100) })}
      </p>
      {/* Inert: a look, not a second app. Focus entering the frame would leave the dialog, where
          Escape and Tab no longer reach it. */}
      <div ref={box} className="embed-preview-box" inert>
        <div
          className="embed-preview-frame"
          style={{ width: Math.ceil(PREVIEW_COLUMN_PX * scale), height: Math.ceil(height * scale) }}
        >
          <iframe
            src={src}
            title={title}
            width={PREVIEW_COLUMN_PX}
            height={height}
            tabIndex={-1}
            style={{ transform: `scale(${scale})` }}
          />
        </div>
      </div>
    </div>
  );
}
