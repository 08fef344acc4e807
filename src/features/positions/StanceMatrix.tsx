import { useLocalLabels } from '../../i18n/use-local-labels';
import { useMemo, useState } from 'react';
import { useFormatDate } from '../../i18n/use-format-date';
import { stanceKey, stancesAsOf } from '../../domain/stance-as-of';
import type { EventId } from '../../domain/types';
import { useParley } from '../../store/StoreContext';
import { useAsOfDay } from '../../store/use-derived';
import { useMatrix } from '../../store/use-positions';
import { useT } from '../../i18n/use-t';
import { AsOfControl } from '../../ui/AsOfControl';
import { MatrixChooser } from './MatrixChooser';
import { StanceCell } from './StanceCell';
import { StanceLegend } from './StanceLegend';
import { TopicPropositions } from './TopicPropositions';
import { focusPanelHeading } from '../../ui/focus-panel';
import { ScrollRegion } from '../../ui/ScrollRegion';
import '../../ui/views.css';
import './positions.css';

/**
 * The comparison matrix: actors × topics as of the "as of" day, as a real table (row and column
 * headers) so a screen reader can move through it cell by cell. A stance opens its evidence on
 * the timeline; an actor's name opens their panel, with the history of each stance.
 */
export function StanceMatrix() {
  const { formatDay } = useFormatDate();
  const t = useT();
  const labels = useLocalLabels();
  const day = useAsOfDay();
  const dataset = useParley((s) => s.dataset);
  const openEventOnTimeline = useParley((s) => s.openEventOnTimeline);
  const openActor = useParley((s) => s.openActor);
  const { actors, topics } = useMatrix();
  const stances = useMemo(() => stancesAsOf(dataset, day), [dataset, day]);
  // A reading aid, not part of what a link shows: kept in the component rather than the store.
  const [showSummaries, setShowSummaries] = useState(false);
  const date = formatDay(day);
  const open = (id: EventId) => {
    openEventOnTimeline(id);
    focusPanelHeading();
  };
  return (
    <section className="main-view positions-view" aria-labelledby="matrix-title">
      <header className="view-header">
        <h2 id="matrix-title">{t('matrix.title', { date })}</h2>
        <AsOfControl />
      </header>
      <div className="view-tools">
        <MatrixChooser />
        <label className="check">
          <input
            type="checkbox"
            checked={showSummaries}
            onChange={(e) => setShowSummaries(e.target.checked)}
          />
          {t('matrix.showSummaries')}
        </label>
      </div>
      <StanceLegend />
      <ScrollRegion labelledBy="matrix-caption">
        <table className={`matrix${showSummaries ? ' with-summaries' : ''}`}>
          <caption id="matrix-caption">
            <span className="caption-text">{t('matrix.caption', { date })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.actor')}</th>
              {topics.map((topic) => (
                <th
                  key={topic.id}
                  scope="col"
                  title={labels.proposition(topic).text}
                  lang={labels.topicTitle(topic).lang}
                >
                  {labels.topicTitle(topic).text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor.id}>
                <th scope="row">
                  <button type="button" className="actor-chip" onClick={() => openActor(actor.id)}>
                    <span
                      className="swatch"
                      style={{ background: actor.color }}
                      aria-hidden="true"
                    />
                    {labels.name(actor)}
                  </button>
                </th>
                {topics.map((topic) => (
                  <td key={topic.id}>
                    <StanceCell
                      position={stances.get(stanceKey(actor.id, topic.id))}
                      showSummary={showSummaries}
                      onOpen={open}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <TopicPropositions topics={topics} />
    </section>
  );
}
