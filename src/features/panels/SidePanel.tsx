import { useRef } from 'react';
import { useParley } from '../../store/StoreContext';
import { usePanelFocus } from '../../ui/use-panel-focus';
import { useSelectedEvent } from '../../store/use-derived';
import { useT } from '../../i18n/use-t';
import { EventPanel } from './EventPanel';
import { ActorPanel } from './ActorPanel';

/** The detail panel beside the timeline (a drawer on narrow screens): an event or an actor. */
export function SidePanel() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const panel = useParley((s) => s.panel);
  const actorId = useParley((s) => s.actorId);
  const selectEvent = useParley((s) => s.selectEvent);
  const openActor = useParley((s) => s.openActor);
  const openDocument = useParley((s) => s.openDocument);
  const closePanel = useParley((s) => s.closePanel);
  const event = useSelectedEvent();
  const actor = actorId ? dataset.actorsById.get(actorId) : undefined;
  const root = useRef<HTMLElement>(null);
  const showing = panel === 'event' ? event : panel === 'actor' ? actor : undefined;
  usePanelFocus(
    root,
    showing !== undefined,
    showing ? `${panel}:${showing.id}` : null,
    panel === 'event' ? 'event-panel-title' : panel === 'actor' ? 'actor-panel-title' : null,
  );
  const content =
    panel === 'event' && event ? (
      <EventPanel
        event={event}
        dataset={dataset}
        onSelectEvent={selectEvent}
        onSelectActor={openActor}
        onOpenDocument={openDocument}
      />
    ) : panel === 'actor' && actor ? (
      <ActorPanel
        actor={actor}
        dataset={dataset}
        onSelectEvent={selectEvent}
        onSelectActor={openActor}
      />
    ) : null;
  if (!content) return null;
  return (
    <aside ref={root} className="side-panel" aria-label={t('panel.label')}>
      <button type="button" className="panel-close" onClick={closePanel} aria-label={t('close')}>
        ×
      </button>
      {content}
    </aside>
  );
}
