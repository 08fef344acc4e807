import { useLocalLabels } from '../../i18n/use-local-labels';
import { useParley } from '../../store/StoreContext';
import { useMatrix } from '../../store/use-positions';
import { useT } from '../../i18n/use-t';

/**
 * The ids shown after toggling `id`, in display order; `[]` ("the defaults") when that is
 * everything. The last shown item cannot be toggled off (its checkbox is disabled), so an empty
 * list never means "nothing".
 */
function toggled<T extends { readonly id: string }>(
  all: readonly T[],
  shown: readonly T[],
  id: string,
): T['id'][] {
  const ids = new Set(shown.map((x) => x.id));
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  const next = all.filter((x) => ids.has(x.id)).map((x) => x.id);
  return next.length === all.length ? [] : next;
}

interface Item {
  readonly id: string;
  readonly label: string;
}

function CheckList({
  legend,
  items,
  shown,
  onToggle,
}: {
  legend: string;
  items: readonly Item[];
  shown: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {items.map(({ id, label }) => (
        <label key={id} className="check">
          <input
            type="checkbox"
            checked={shown.has(id)}
            disabled={shown.has(id) && shown.size === 1}
            onChange={() => onToggle(id)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** Which actors (rows) and topics (columns) the matrix shows, kept in the store. */
export function MatrixChooser() {
  const t = useT();
  const labels = useLocalLabels();
  const m = useMatrix();
  const choice = useParley((s) => s.matrix);
  const setMatrix = useParley((s) => s.setMatrix);
  const count = t('matrix.chosen', {
    actors: m.actors.length,
    allActors: m.allActors.length,
    topics: m.topics.length,
    allTopics: m.allTopics.length,
  });
  return (
    <details className="matrix-chooser">
      <summary>
        {t('matrix.choose')} <span className="chooser-count">({count})</span>
      </summary>
      <div className="chooser-body">
        <CheckList
          legend={t('matrix.actors')}
          items={m.allActors.map((a) => ({ id: a.id, label: labels.name(a) }))}
          shown={new Set(m.actors.map((a) => a.id))}
          onToggle={(id) => setMatrix({ ...choice, actors: toggled(m.allActors, m.actors, id) })}
        />
        <CheckList
          legend={t('matrix.topics')}
          items={m.allTopics.map((tp) => ({ id: tp.id, label: labels.topicTitle(tp).text }))}
          shown={new Set(m.topics.map((tp) => tp.id))}
          onToggle={(id) => setMatrix({ ...choice, topics: toggled(m.allTopics, m.topics, id) })}
        />
        <button
          type="button"
          disabled={choice.actors.length === 0 && choice.topics.length === 0}
          onClick={() => setMatrix({ actors: [], topics: [] })}
        >
          {t('matrix.showAll')}
        </button>
      </div>
    </details>
  );
}
