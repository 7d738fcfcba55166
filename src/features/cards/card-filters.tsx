import { FilterChips } from '../../components/filter-chips'
import { useMemo, useState } from 'react'
import { topics } from '../../domain/content/topics'
import type { BrowserRow } from './browser-rows'
import { cardFacetCounts, type FilterClock } from './card-filter'
import { CardFacetSelect } from './card-facet-select'
import { dueFilterLabels, stateFilterLabels } from './card-labels'
import {
  dueFilters,
  emptyCardQuery,
  hasCardFilters,
  stateFilters,
  toggleValue,
  type CardQuery,
  type DueFilter,
  type StateFilter,
} from './card-query'

interface Props {
  rows: readonly BrowserRow[]
  clock: FilterClock
  query: CardQuery
  onChange: (next: CardQuery) => void
}

const stateOptions = stateFilters.map((s) => ({ value: s, label: stateFilterLabels[s] }))
const dueOptions = dueFilters.map((d) => ({ value: d, label: dueFilterLabels[d] }))

/** Deck, topic, state, due and flag filters; each chip says how many cards it would show. */
export function CardFilters({ rows, clock, query, onChange }: Props) {
  const counts = useMemo(
    () => ({
      decks: cardFacetCounts(rows, query, 'decks', clock),
      topics: cardFacetCounts(rows, query, 'topics', clock),
      states: cardFacetCounts(rows, query, 'states', clock),
      due: cardFacetCounts(rows, query, 'due', clock),
    }),
    [rows, query, clock],
  )
  // Every deck that has cards, in the order they first appear (bank order, then yours, then imports).
  const deckOptions = useMemo(() => {
    const names = new Map<string, string>()
    for (const r of rows) if (!names.has(r.card.deckId)) names.set(r.card.deckId, r.deckName)
    for (const d of query.decks) if (!names.has(d)) names.set(d, d)
    return [...names].map(([value, label]) => ({ value, label }))
  }, [rows, query.decks])
  const topicOptions = useMemo(() => {
    const present = new Set(rows.map((r) => r.card.topic))
    return topics
      .filter((t) => present.has(t.id) || query.topics.includes(t.id))
      .map((t) => ({ value: t.id, label: t.label }))
  }, [rows, query.topics])
  const [initiallyOpen] = useState(() => globalThis.matchMedia?.('(min-width: 801px)').matches ?? true)
  const active =
    query.decks.length +
    query.topics.length +
    query.states.length +
    query.due.length +
    (query.flagged ? 1 : 0)

  return (
    <details className="filters card-filters" open={initiallyOpen}>
      <summary>Filters{active > 0 ? <span className="filter-count"> ({active} on)</span> : null}</summary>
      <div className="card-filters-body">
        <FilterChips
          noun="cards"
          legend="State"
          options={stateOptions}
          selected={query.states}
          counts={counts.states}
          onToggle={(v) => onChange({ ...query, states: toggleValue(query.states, v as StateFilter) })}
        />
        <FilterChips
          noun="cards"
          legend="Due"
          options={dueOptions}
          selected={query.due}
          counts={counts.due}
          onToggle={(v) => onChange({ ...query, due: toggleValue(query.due, v as DueFilter) })}
        />
        <CardFacetSelect
          legend="Deck"
          noun="deck"
          options={deckOptions}
          selected={query.decks}
          counts={counts.decks}
          onToggle={(v) => onChange({ ...query, decks: toggleValue(query.decks, v) })}
        />
        <CardFacetSelect
          legend="Topic"
          noun="topic"
          options={topicOptions}
          selected={query.topics}
          counts={counts.topics}
          onToggle={(v) =>
            onChange({ ...query, topics: toggleValue(query.topics, v as (typeof topics)[number]['id']) })
          }
        />
        <div className="card-filters-end">
          <label className="toggle">
            <input
              type="checkbox"
              checked={query.flagged}
              onChange={(e) => onChange({ ...query, flagged: e.target.checked })}
            />
            Flagged only
          </label>
          {hasCardFilters(query) ? (
            <button
              type="button"
              className="button-link"
              onClick={() => onChange({ ...emptyCardQuery, q: query.q, sort: query.sort })}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </div>
    </details>
  )
}
