/**
 * The kinds of timed mock a user can start: what each holds, how long it
 * runs, and the phases of a system-design round.
 */
import type { TopicId } from '../content/topics.ts'

export const mockFormats = ['quiz', 'coding', 'sql', 'design', 'custom'] as const
export type MockFormat = (typeof mockFormats)[number]

/** The bank item types a mock can hold (a short answer is a bank `card`). */
export const mockItemKinds = ['mcq', 'card', 'code', 'sql', 'design'] as const
export type MockItemKind = (typeof mockItemKinds)[number]

export const mockItemKindLabels: Record<MockItemKind, string> = {
  mcq: 'Multiple choice',
  card: 'Short answer',
  code: 'Code',
  sql: 'SQL',
  design: 'System design',
}

export interface MockPreset {
  label: string
  description: string
  minutes: number
  items: number
  kinds: readonly MockItemKind[]
}

export const mockPresets: Record<Exclude<MockFormat, 'custom'>, MockPreset> = {
  quiz: {
    label: 'Fundamentals quiz',
    description: 'Multiple choice graded at once, short answers you grade against the model answer.',
    minutes: 20,
    items: 15,
    kinds: ['mcq', 'card'],
  },
  coding: {
    label: 'Coding round',
    description: 'Two exercises graded by their hidden tests. Your code when time runs out counts.',
    minutes: 45,
    items: 2,
    kinds: ['code'],
  },
  sql: {
    label: 'SQL round',
    description: 'Three queries checked on a real PostgreSQL.',
    minutes: 30,
    items: 3,
    kinds: ['sql'],
  },
  design: {
    label: 'System-design round',
    description: 'One prompt in five timed phases, with the canvas, notes and the estimator.',
    minutes: 45,
    items: 1,
    kinds: ['design'],
  },
}

export const mockFormatLabels: Record<MockFormat, string> = {
  quiz: mockPresets.quiz.label,
  coding: mockPresets.coding.label,
  sql: mockPresets.sql.label,
  design: mockPresets.design.label,
  custom: 'Custom mock',
}

/** Limits of a custom mock, as the setup form enforces them. */
export const customLimits = { minMinutes: 1, maxMinutes: 180, minItems: 1, maxItems: 50 } as const

/** The item kinds a custom mock may mix (a design round is its own format). */
export const customKinds: readonly MockItemKind[] = ['mcq', 'card', 'code', 'sql']

/** What a mock is made of, before its items are drawn. */
export interface MockPlan {
  format: MockFormat
  minutes: number
  items: number
  kinds: readonly MockItemKind[]
  /** Draw only from these topics; all topics when empty. */
  topics: readonly TopicId[]
}

export function presetPlan(format: Exclude<MockFormat, 'custom'>): MockPlan {
  const p = mockPresets[format]
  return { format, minutes: p.minutes, items: p.items, kinds: p.kinds, topics: [] }
}

/**
 * A custom plan, checked. Returns the reason it is refused, in words, or the plan.
 */
export function customPlan(input: {
  minutes: number
  items: number
  kinds: readonly MockItemKind[]
  topics: readonly TopicId[]
}): MockPlan | { error: string } {
  const { minutes, items, kinds, topics } = input
  if (!Number.isInteger(minutes) || minutes < customLimits.minMinutes || minutes > customLimits.maxMinutes)
    return {
      error: `The duration must be a whole number of minutes from ${customLimits.minMinutes} to ${customLimits.maxMinutes}.`,
    }
  if (!Number.isInteger(items) || items < customLimits.minItems || items > customLimits.maxItems)
    return {
      error: `The number of items must be a whole number from ${customLimits.minItems} to ${customLimits.maxItems}.`,
    }
  const allowed = kinds.filter((k) => customKinds.includes(k))
  if (allowed.length === 0) return { error: 'Choose at least one kind of question.' }
  return { format: 'custom', minutes, items, kinds: allowed, topics: [...topics] }
}

export interface DesignPhase {
  id: 'requirements' | 'estimation' | 'high-level' | 'deep-dive' | 'wrap-up'
  label: string
  minutes: number
  /** What to do in the phase, as an interviewer would expect it. */
  guidance: string
}

/** The phases of a 45-minute system-design round, in order. */
export const designPhases: readonly DesignPhase[] = [
  {
    id: 'requirements',
    label: 'Requirements',
    minutes: 5,
    guidance:
      'Pin down the functional requirements, the scale and the non-functional ones (latency, availability, consistency). Write them in your notes.',
  },
  {
    id: 'estimation',
    label: 'Estimation',
    minutes: 5,
    guidance:
      'Size the traffic, storage and bandwidth with the estimator. Peak QPS and storage per year decide the design.',
  },
  {
    id: 'high-level',
    label: 'High-level design',
    minutes: 15,
    guidance:
      'Draw the main components and the data flow: clients, entry point, services, storage, caches, queues.',
  },
  {
    id: 'deep-dive',
    label: 'Deep dive',
    minutes: 15,
    guidance:
      'Take the hardest part: the data model, partitioning, the hot path, failure modes and how you would scale it.',
  },
  {
    id: 'wrap-up',
    label: 'Wrap-up',
    minutes: 5,
    guidance: 'Summarise the trade-offs, the bottlenecks and what you would do next with more time.',
  },
]
