import { useMemo } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import summaries from 'virtual:bank/summaries'
import { Badge } from '../../components/badge'
import { FilterChips } from '../../components/filter-chips'
import { useExerciseProgress } from '../../db/exercises'
import type { ExerciseProgress } from '../../db/db'
import { difficulties, difficultyLabels, type ItemSummary } from '../../domain/content/item'
import { topicLabel, topics } from '../../domain/content/topics'
import {
  exerciseLanguageLabels,
  exerciseStatusLabels,
  type ExerciseLanguage,
  type ExerciseStatus,
} from '../../domain/exercises/exercise'
import { useDocumentTitle } from '../../lib/use-document-title'
import './exercises.css'

const exercises = summaries.filter((s) => s.type === 'code' || s.type === 'sql')
const languageOf = (s: ItemSummary): ExerciseLanguage =>
  s.language ?? (s.type === 'sql' ? 'sql' : 'typescript')

const filterKeys = ['language', 'topic', 'difficulty', 'status'] as const
type FilterKey = (typeof filterKeys)[number]
type Filters = Record<FilterKey, string[]>

function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search)
  const list = (k: string) => params.get(k)?.split(',').filter(Boolean) ?? []
  return {
    language: list('language'),
    topic: list('topic'),
    difficulty: list('difficulty'),
    status: list('status'),
  }
}

function statusOf(progress: Map<string, ExerciseProgress> | undefined, id: string): ExerciseStatus {
  return progress?.get(id)?.status ?? 'new'
}

export function ExerciseListScreen() {
  useDocumentTitle('Exercises')
  const search = useSearch()
  const [, navigate] = useLocation()
  const filters = useMemo(() => parseFilters(search), [search])
  const progress = useExerciseProgress()

  const valueOf = (s: ItemSummary, key: FilterKey): string =>
    key === 'language'
      ? languageOf(s)
      : key === 'topic'
        ? s.topic
        : key === 'difficulty'
          ? s.difficulty
          : statusOf(progress, s.id)
  const matches = (s: ItemSummary, except: FilterKey | null) =>
    filterKeys.every((k) => k === except || filters[k].length === 0 || filters[k].includes(valueOf(s, k)))
  const rows = exercises.filter((s) => matches(s, null))
  const countsFor = (key: FilterKey) => {
    const counts = new Map<string, number>()
    for (const s of exercises)
      if (matches(s, key)) counts.set(valueOf(s, key), (counts.get(valueOf(s, key)) ?? 0) + 1)
    return counts
  }
  const toggle = (key: FilterKey, value: string) => {
    const next = {
      ...filters,
      [key]: filters[key].includes(value)
        ? filters[key].filter((v) => v !== value)
        : [...filters[key], value],
    }
    const params = new URLSearchParams()
    for (const k of filterKeys) if (next[k].length > 0) params.set(k, next[k].join(','))
    const query = params.toString()
    navigate(`/exercises${query ? `?${query}` : ''}`)
  }

  const languages = [...new Set(exercises.map(languageOf))].map((l) => ({
    value: l,
    label: exerciseLanguageLabels[l],
  }))
  const usedTopics = topics
    .filter((t) => exercises.some((s) => s.topic === t.id))
    .map((t) => ({ value: t.id, label: t.label }))
  const filterGroups: { key: FilterKey; legend: string; options: { value: string; label: string }[] }[] = [
    { key: 'language', legend: 'Language', options: languages },
    { key: 'topic', legend: 'Topic', options: usedTopics },
    {
      key: 'difficulty',
      legend: 'Difficulty',
      options: difficulties.map((d) => ({ value: d, label: difficultyLabels[d] })),
    },
    {
      key: 'status',
      legend: 'Status',
      options: (['new', 'attempted', 'solved'] as const).map((v) => ({
        value: v,
        label: exerciseStatusLabels[v],
      })),
    },
  ]
  const solved = exercises.filter((s) => statusOf(progress, s.id) === 'solved').length

  return (
    <div className="exercise-list-screen">
      <header className="page-header">
        <h1>Exercises</h1>
        <p className="lede">
          Code and SQL the way interviews ask for it, graded on the spot by hidden tests or by a real
          PostgreSQL.{' '}
          {progress ? (
            <span className="muted">
              {solved} of {exercises.length} solved.
            </span>
          ) : null}
        </p>
      </header>
      <div className="exercise-filters">
        {filterGroups.map((g) => (
          <FilterChips
            key={g.key}
            noun="exercises"
            legend={g.legend}
            options={g.options}
            selected={filters[g.key]}
            counts={countsFor(g.key)}
            onToggle={(v) => toggle(g.key, v)}
          />
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="empty">No exercise matches these filters.</p>
      ) : (
        <div className="exercise-table-wrap">
          <table className="exercise-table">
            <caption className="visually-hidden">{rows.length} exercises</caption>
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Language</th>
                <th scope="col" className="col-topic">
                  Topic
                </th>
                <th scope="col">Difficulty</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => {
                const status = statusOf(progress, s.id)
                return (
                  <tr key={s.id}>
                    <td>
                      <Link href={`/exercises/${s.id}`}>{s.title}</Link>
                    </td>
                    <td>{exerciseLanguageLabels[languageOf(s)]}</td>
                    <td className="col-topic">{topicLabel(s.topic)}</td>
                    <td>
                      <Badge tone={s.difficulty}>{difficultyLabels[s.difficulty]}</Badge>
                    </td>
                    <td>
                      <span className={`exercise-status status-${status}`}>
                        {exerciseStatusLabels[status]}
                      </span>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
