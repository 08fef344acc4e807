import { useEffect, useRef } from 'react';
import { useFormatDate } from '../../i18n/use-format-date';
import { useContentLang } from '../../i18n/use-content-lang';
import { useParley } from '../../store/StoreContext';
import { useVisibleEvents } from '../../store/use-derived';
import { useT } from '../../i18n/use-t';
import { useLocalLabels } from '../../i18n/use-local-labels';
import { StageEvent } from './StageEvent';
import { usePresentedEvent } from './use-presented-event';
import { useFitStage } from './use-fit-stage';
import { useStory } from './use-story';
import './presentation.css';

/** The current event (or story step) in large type, announced to screen readers by its headline. */
export function PresentationStage() {
  const { formatDateRange } = useFormatDate();
  const t = useT();
  const contentLang = useContentLang();
  const dataset = useParley((s) => s.dataset);
  const playing = useStory();
  const event = usePresentedEvent();
  const hasEvents = useVisibleEvents().length > 0;
  const stageQuote = useParley((s) => s.stageQuote);
  const stepTitle = useLocalLabels().storyTitle;
  const stage = useRef<HTMLElement>(null);
  useEffect(() => stage.current?.focus(), []);
  useFitStage(stage, `${event?.id ?? ''}|${playing?.index ?? ''}`, Boolean(event?.quotes.length));
  const quote = stageQuote === 'shown' ? event?.quotes[0] : undefined;
  const announcement = quote
    ? quote.text
    : event
      ? t('present.announce', {
          date: formatDateRange(event.date, event.endDate, event.precision),
          title: event.title,
        })
      : playing
        ? stepTitle(playing.step).text
        : '';
  return (
    <section
      ref={stage}
      className="presentation-stage"
      aria-label={t('present.stage')}
      tabIndex={-1}
      data-quote={stageQuote}
    >
      {playing ? (
        <p className="stage-step" lang={stepTitle(playing.step).lang}>
          {stepTitle(playing.step).text}
        </p>
      ) : null}
      {event ? (
        <StageEvent
          event={event}
          body={playing ? playing.step.narration : event.summary}
          dataset={dataset}
          part={stageQuote === 'shown' ? 'quote' : 'event'}
        />
      ) : playing ? (
        <p className="stage-body" lang={contentLang}>
          {playing.step.narration}
        </p>
      ) : !hasEvents ? (
        <p className="stage-body">{t('present.empty')}</p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
