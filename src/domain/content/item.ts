import type { DiagramDoc } from '../diagram/model.ts'
import type { RubricCheck } from '../diagram/rubric.ts'
import type { TopicId } from './topics.ts'
import type { Exercise, ExerciseLanguage } from '../exercises/exercise.ts'

export const itemTypes = ['card', 'mcq', 'design', 'code', 'sql'] as const
export type ItemType = (typeof itemTypes)[number]

export const difficulties = ['junior', 'mid', 'senior'] as const
export type Difficulty = (typeof difficulties)[number]

export const itemTypeLabels: Record<ItemType, string> = {
  card: 'Card',
  mcq: 'Multiple choice',
  design: 'Design',
  code: 'Code',
  sql: 'SQL',
}

export const difficultyLabels: Record<Difficulty, string> = {
  junior: 'Junior',
  mid: 'Mid',
  senior: 'Senior',
}

/** What the bank list needs of an item: small, loaded with the bank screen. */
export interface ItemSummary {
  id: string
  type: ItemType
  topic: TopicId
  difficulty: Difficulty
  tags: string[]
  /** The prompt's first paragraph as plain text. */
  title: string
  /** Code and SQL exercises: the language the answer is written in. */
  language?: ExerciseLanguage
}

/** What search indexes of an item: the summary's title and tags plus the plain answer text. */
export interface SearchDoc {
  id: string
  title: string
  tags: string[]
  body: string
}

export interface ChoiceBody {
  html: string
  correct: boolean
  explanationHtml: string
}

/**
 * What a card, mcq or design item is recalled and graded against: its key
 * points (one rendered line each), and the references it was checked against.
 */
export interface RecallParts {
  keyPointsHtml: string[]
  sourcesHtml: string[]
}

/** An item as the item page shows it: rendered HTML, loaded per topic on demand. */
export type ItemBody =
  | ({ type: 'card'; promptHtml: string; answerHtml: string } & RecallParts)
  | ({
      type: 'mcq'
      promptHtml: string
      choices: ChoiceBody[]
      explanationHtml: string
    } & RecallParts)
  | ({
      type: 'design'
      promptHtml: string
      /** Requirements, Estimation, Reference design, as rendered HTML. */
      sections: { title: string; html: string }[]
      rubric: RubricEntry[]
      referenceDiagram: DiagramDoc | null
    } & RecallParts)
  | {
      type: 'code' | 'sql'
      promptHtml: string
      exercise: Exercise
      /** The sql schema as highlighted HTML (empty for code). */
      schemaHtml: string
      /** Shown with the reference solution. */
      discussionHtml: string
    }

/** One rubric point of a design prompt: its text, and the check that ticks it on the diagram, if any. */
export interface RubricEntry {
  html: string
  check: RubricCheck | null
  checkSource: string | null
}

/** The items that carry key points and sources: cards, mcqs and design prompts. */
export type RecallBody = Extract<ItemBody, { type: 'card' | 'mcq' | 'design' }>

export const isRecallBody = (body: ItemBody): body is RecallBody =>
  body.type === 'card' || body.type === 'mcq' || body.type === 'design'
