import { figureMarkers, figureTicks } from '../../domain/handout-figure';
import { toIsoDay } from '../../domain/dates';
import type { ParleyEvent, TimeWindow } from '../../domain/types';
import { useFormatDate } from '../../i18n/use-format-date';
import { useT } from '../../i18n/use-t';

/** The figure's width in SVG units (about the A4 text width at 1 unit per point). */
const WIDTH = 520;
const PAD = 30;
const ROW = 15;
const AXIS = 26;
/** Past this many events the markers are dots without numbers, in at most `MAX_ROWS` rows. */
const NUMBERED_UP_TO = 40;
const MAX_ROWS = 10;

/** A timeline of the window for paper: numbered markers (the list's numbers) above a dated axis. */
export function HandoutFigure({
  events,
  window,
}: {
  events: readonly ParleyEvent[];
  window: TimeWindow;
}) {
  const t = useT();
  const { formatShortDay, formatMonth, formatDateRange } = useFormatDate();
  const numbered = events.length <= NUMBERED_UP_TO;
  const markers = figureMarkers(events, window, WIDTH, numbered ? 16 : 5);
  const rows = Math.min(Math.max(0, ...markers.map((m) => m.row)) + 1, MAX_ROWS);
  const height = rows * ROW + AXIS + 8;
  const axisY = rows * ROW + 8;
  const range = formatDateRange(toIsoDay(window.start), toIsoDay(window.end - 1));
  return (
    <figure className="handout-figure">
      <svg
        viewBox={`${-PAD} 0 ${WIDTH + 2 * PAD} ${height}`}
        role="img"
        aria-label={t('print.figureLabel', { range, count: events.length })}
      >
        <line x1={0} x2={WIDTH} y1={axisY} y2={axisY} className="figure-axis" />
        {figureTicks(window, WIDTH).map((tick) => (
          <g key={tick.t}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={axisY}
              y2={axisY + (tick.labelled ? 5 : 3)}
              className="figure-axis"
            />
            {tick.labelled ? (
              <text x={tick.x} y={axisY + 15} className="figure-tick">
                {tick.unit === 'day' ? formatShortDay(tick.t) : formatMonth(tick.t)}
              </text>
            ) : null}
          </g>
        ))}
        {markers.map((m) => {
          const y = (m.row % MAX_ROWS) * ROW + ROW / 2 + 2;
          return (
            <g key={m.n}>
              {m.x2 - m.x > 2 ? (
                <line x1={m.x} x2={m.x2} y1={y} y2={y} className="figure-span" />
              ) : null}
              <line x1={m.x} x2={m.x} y1={y} y2={axisY} className="figure-stem" />
              {numbered ? (
                <>
                  <circle cx={m.x} cy={y} r={7.5} className="figure-marker" />
                  <text x={m.x} y={y + 3} className="figure-number">
                    {m.n}
                  </text>
                </>
              ) : (
                <circle cx={m.x} cy={y} r={2.2} className="figure-dot" />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{t('print.figure')}</figcaption>
    </figure>
  );
}
