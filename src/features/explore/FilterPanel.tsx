import { useId, useMemo } from 'react';
import { useParley } from '../../store/StoreContext';
import { facetCounts } from '../../domain/filter-events';
import { EVENT_KINDS, type EventKind } from '../../domain/vocabulary';
import type { ActorId, TopicId } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { DateRangeFilter } from './DateRangeFilter';

/** Filters by actor, kind, topic and date range, each option with the number of events it leaves. */
export function FilterPanel() {
  const t = useT();
  const dataset = useParley((s) => s.dataset);
  const filters = useParley((s) => s.filters);
  const toggleActor = useParley((s) => s.toggleActor);
  const toggleKind = useParley((s) => s.toggleKind);
  const toggleTopic = useParley((s) => s.toggleTopic);
  const counts = useMemo(
    () => ({
      actors: facetCounts<ActorId>(dataset.events, filters, 'actors', dataset),
      kinds: facetCounts<EventKind>(dataset.events, filters, 'kinds', dataset),
      topics: facetCounts<TopicId>(dataset.events, filters, 'topics', dataset),
    }),
    [dataset, filters],
  );
  const bodies = useMemo(
    () =>
      dataset.actors.filter(
        (a) => (a.kind !== 'person' && counts.actors.has(a.id)) || filters.actors.includes(a.id),
      ),
    [dataset, counts, filters.actors],
  );
  return (
    <div className="filter-panel">
      <FacetGroup
        legend={t('filters.actors')}
        options={bodies.map((a) => ({
          value: a.id,
          label: a.name,
          count: counts.actors.get(a.id) ?? 0,
        }))}
        selected={filters.actors}
        onToggle={toggleActor}
      />
      <FacetGroup
        legend={t('filters.kinds')}
        options={EVENT_KINDS.map((k) => ({
          value: k,
          label: t(`kind.${k}`),
          count: counts.kinds.get(k) ?? 0,
        }))}
        selected={filters.kinds}
        onToggle={toggleKind}
      />
      <FacetGroup
        legend={t('filters.topics')}
        options={dataset.topics.map((tp) => ({
          value: tp.id,
          label: tp.title,
          count: counts.topics.get(tp.id) ?? 0,
        }))}
        selected={filters.topics}
        onToggle={toggleTopic}
      />
      <DateRangeFilter />
    </div>
  );
}

interface FacetOption<V extends string> {
  readonly value: V;
  readonly label: string;
  readonly count: number;
}

function FacetGroup<V extends string>({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: readonly FacetOption<V>[];
  selected: readonly V[];
  onToggle: (value: V) => void;
}) {
  const id = useId();
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => {
          const checked = selected.includes(o.value);
          return (
            <li key={o.value}>
              <input
                type="checkbox"
                id={`${id}-${o.value}`}
                checked={checked}
                disabled={!checked && o.count === 0}
                onChange={() => onToggle(o.value)}
              />
              <label htmlFor={`${id}-${o.value}`}>
                {o.label} <span className="facet-count">({o.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
