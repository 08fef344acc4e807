import { useMemo } from 'react';
import { useFormatDate } from '../../i18n/use-format-date';
import { whatChanged } from '../../domain/what-changed';
import { useParley } from '../../store/StoreContext';
import { useComparison } from '../../store/use-positions';
import { useT } from '../../i18n/use-t';
import { ActorChanges } from './ActorChanges';
import { ComparisonControls } from './ComparisonControls';
import '../../ui/views.css';
import './positions.css';

/** "What changed" between two days: every stance that differs, actor by actor, with evidence. */
export function WhatChanged() {
  const { formatDay } = useFormatDate();
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const selectEvent = useParley((s) => s.selectEvent);
  const { from, to } = useComparison();
  const groups = useMemo(() => whatChanged(dataset, from, to), [dataset, from, to]);
  const count = groups.reduce((n, g) => n + g.changes.length, 0);
  const dates = { from: formatDay(from), to: formatDay(to) };
  const summary =
    count === 0
      ? t('changes.none', dates)
      : count === 1
        ? t('changes.summaryOne', dates)
        : t('changes.summary', { ...dates, count, actors: groups.length });
  return (
    <section className="main-view positions-view" aria-labelledby="changes-title">
      <header className="view-header">
        <h2 id="changes-title">{t('changes.title')}</h2>
        <p className="view-intro">{t('changes.intro')}</p>
      </header>
      <ComparisonControls />
      <p className={count === 0 ? 'empty-state' : 'changes-summary'} role="status">
        {summary}
      </p>
      {groups.map((g) => (
        <ActorChanges key={g.actor.id} group={g} dataset={dataset} onSelectEvent={selectEvent} />
      ))}
    </section>
  );
}
