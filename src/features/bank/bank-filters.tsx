import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import summaries from 'virtual:bank/summaries'
import { FilterChips } from '../../components/filter-chips'
import type { BankSearchHit } from '../../domain/content/bank-search'
import { difficulties, difficultyLabels, itemTypeLabels, itemTypes } from '../../domain/content/item'
import { topics } from '../../domain/content/topics'
import { emptyBankQuery, facetCounts, hasFilters, toggleValue, type BankQuery } from './bank-query'

interface Props {
  query: BankQuery
  hits: readonly BankSearchHit[] | null
  bookmarkedIds: ReadonlySet<string> | undefined
  onChange: (next: BankQuery) => void
}

const topicOptions = topics.map((t) => ({ value: t.id, label: t.label }))
const difficultyOptions = difficulties.map((d) => ({ value: d, label: difficultyLabels[d] }))
const presentTypes = new Set(summaries.map((s) => s.type))
const typeOptions = itemTypes
  .filter((t) => presentTypes.has(t))
  .map((t) => ({ value: t, label: itemTypeLabels[t] }))
const tagsByFrequency = (() => {
  const counts = new Map<string, number>()
  for (const s of summaries) for (const t of s.tags) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))
})()

export function BankFilters(props: Props) {
  const { query } = props
  // Open beside the list on wide screens; folded above it on a phone.
  const [initiallyOpen] = useState(() => globalThis.matchMedia?.('(min-width: 801px)').matches ?? true)
  // bank.html's copy was rendered open (the build has no screen width), and hydrating keeps it.
  const details = useRef<HTMLDetailsElement>(null)
  useLayoutEffect(() => {
    if (details.current) details.current.open = initiallyOpen
  }, [initiallyOpen])
  // The chips, their counts and the tag list are built just after the first
  // paint, not in it: the list's first screenful shows first, and the panel's
  // frame is there from the start, so nothing moves when they arrive.
  const [controlsReady, setControlsReady] = useState(false)
  useEffect(() => startTransition(() => setControlsReady(true)), [])
  const active =
    query.topics.length +
    query.difficulties.length +
    query.types.length +
    query.tags.length +
    (query.bookmarked ? 1 : 0)

  return (
    <details ref={details} className="filters" open={initiallyOpen}>
      <summary>Filters{active > 0 ? <span className="filter-count"> ({active} on)</span> : null}</summary>
      {controlsReady ? <FilterControls {...props} /> : null}
    </details>
  )
}

function FilterControls({ query, hits, bookmarkedIds, onChange }: Props) {
  const counts = useMemo(
    () => ({
      topics: facetCounts(summaries, query, 'topics', hits, bookmarkedIds),
      difficulties: facetCounts(summaries, query, 'difficulties', hits, bookmarkedIds),
      types: facetCounts(summaries, query, 'types', hits, bookmarkedIds),
      tags: facetCounts(summaries, query, 'tags', hits, bookmarkedIds),
    }),
    [query, hits, bookmarkedIds],
  )

  return (
    <div className="filters-body">
      <FilterChips
        noun="questions"
        legend="Difficulty"
        options={difficultyOptions}
        selected={query.difficulties}
        counts={counts.difficulties}
        onToggle={(v) =>
          onChange({
            ...query,
            difficulties: toggleValue(query.difficulties, v as (typeof difficulties)[number]),
          })
        }
      />
      {typeOptions.length > 1 ? (
        <FilterChips
          noun="questions"
          legend="Type"
          options={typeOptions}
          selected={query.types}
          counts={counts.types}
          onToggle={(v) =>
            onChange({ ...query, types: toggleValue(query.types, v as (typeof itemTypes)[number]) })
          }
        />
      ) : null}
      <FilterChips
        noun="questions"
        legend="Topic"
        options={topicOptions}
        selected={query.topics}
        counts={counts.topics}
        onToggle={(v) =>
          onChange({ ...query, topics: toggleValue(query.topics, v as (typeof topics)[number]['id']) })
        }
      />
      <fieldset className="filter-group">
        <legend>Tags</legend>
        {query.tags.length > 0 ? (
          <div className="chips">
            {query.tags.map((t) => (
              <button
                key={t}
                type="button"
                className="chip chip-on"
                aria-label={`Remove tag ${t}`}
                onClick={() => onChange({ ...query, tags: toggleValue(query.tags, t) })}
              >
                #{t} <span aria-hidden="true">×</span>
              </button>
            ))}
          </div>
        ) : null}
        <label className="visually-hidden" htmlFor="tag-select">
          Add a tag filter
        </label>
        <select
          id="tag-select"
          value=""
          onChange={(e) => {
            if (e.target.value) onChange({ ...query, tags: toggleValue(query.tags, e.target.value) })
          }}
        >
          <option value="">Add a tag…</option>
          {tagsByFrequency
            .filter((t) => !query.tags.includes(t))
            .map((t) => (
              <option key={t} value={t}>
                {t} ({counts.tags.get(t) ?? 0})
              </option>
            ))}
        </select>
      </fieldset>
      <label className="toggle">
        <input
          type="checkbox"
          checked={query.bookmarked}
          onChange={(e) => onChange({ ...query, bookmarked: e.target.checked })}
        />
        Bookmarked only
      </label>
      {hasFilters(query) ? (
        <button
          type="button"
          className="button-link"
          onClick={() => onChange({ ...emptyBankQuery, q: query.q })}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  )
}
