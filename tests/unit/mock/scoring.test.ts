// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  hasAnswer,
  itemsToSendToReview,
  mockOutcome,
  scoreItem,
  suggestedSelfGrade,
  totalScore,
  type MockAnswer,
} from '../../../src/domain/mock/scoring'
import type { MockItemRef } from '../../../src/domain/mock/session'

const at = Date.UTC(2026, 10, 21)
const item = (kind: MockItemRef['kind'], id = `${kind}-1`): MockItemRef => ({ id, kind, topic: 'caching' })
const answer = (fields: Partial<MockAnswer>): MockAnswer => ({
  mockId: 'm',
  itemId: 'x',
  kind: 'mcq',
  updatedAt: at,
  ...fields,
})

describe('scoring a mock', () => {
  it('grades multiple choice at once: all the right choices and nothing else', () => {
    const key = { correct: [0, 2] }
    expect(scoreItem(item('mcq'), answer({ choices: [2, 0] }), key)).toEqual({
      score: 1,
      verdict: 'correct',
      missed: false,
    })
    expect(scoreItem(item('mcq'), answer({ choices: [0] }), key)).toEqual({
      score: 0,
      verdict: 'wrong',
      missed: true,
    })
    expect(scoreItem(item('mcq'), answer({ choices: [0, 1, 2] }), key).missed).toBe(true)
    expect(scoreItem(item('mcq'), undefined, key)).toEqual({ score: 0, verdict: 'unanswered', missed: true })
  })

  it('waits for the self-grade of a short answer, and counts an empty one as missed', () => {
    expect(scoreItem(item('card'), answer({ text: 'write-through…' }), {})).toEqual({
      score: null,
      verdict: 'pending',
      missed: null,
    })
    expect(scoreItem(item('card'), answer({ text: 'x', selfGrade: 'partial' }), {})).toEqual({
      score: 0.5,
      verdict: 'partial',
      missed: true,
    })
    expect(scoreItem(item('card'), answer({ text: 'x', selfGrade: 'full' }), {}).missed).toBe(false)
    expect(scoreItem(item('card'), answer({ text: '   ' }), {}).verdict).toBe('unanswered')
  })

  it('grades code by the share of hidden tests passed', () => {
    const graded = answer({ code: 'export…', grade: { passed: 3, total: 4, summary: '3 of 4 tests pass' } })
    expect(scoreItem(item('code'), graded, {})).toEqual({ score: 0.75, verdict: 'partial', missed: true })
    expect(scoreItem(item('code'), answer({ code: 'x' }), {}).verdict).toBe('pending')
    const sql = answer({ code: 'select 1', grade: { passed: 1, total: 1, summary: 'Correct' } })
    expect(scoreItem(item('sql'), sql, {})).toEqual({ score: 1, verdict: 'correct', missed: false })
  })

  it('grades a design by its rubric once the user has ticked their points', () => {
    const rubric = [true, false, null, null, true]
    const unconfirmed = answer({ grade: { passed: 2, total: 5, summary: '', rubric }, rubricTicks: [2] })
    expect(scoreItem(item('design'), unconfirmed, { rubricSize: 5 }).verdict).toBe('pending')
    const confirmed = { ...unconfirmed, rubricConfirmed: true }
    // Two on the diagram, one ticked: 3 of 5, below the 70% pass mark.
    expect(scoreItem(item('design'), confirmed, { rubricSize: 5 })).toEqual({
      score: 0.6,
      verdict: 'partial',
      missed: true,
    })
    // A tick on a point the diagram decides does not count.
    const cheat = { ...confirmed, rubricTicks: [1, 2, 3] }
    expect(scoreItem(item('design'), cheat, { rubricSize: 5 }).score).toBe(0.8)
  })

  it('totals the scores, with pending items counting nothing yet', () => {
    const total = totalScore([
      { score: 1, verdict: 'correct', missed: false },
      { score: 0.5, verdict: 'partial', missed: true },
      { score: null, verdict: 'pending', missed: null },
      { score: 0, verdict: 'unanswered', missed: true },
    ])
    expect(total).toEqual({ earned: 1.5, possible: 4, pending: 1, percent: 38, missed: 2 })
  })

  it('sends each missed item to review once, unless the mock opted out', () => {
    const items = [item('mcq', 'a'), item('card', 'b'), item('mcq', 'c')]
    const scores = [
      { score: 0, verdict: 'wrong', missed: true },
      { score: null, verdict: 'pending', missed: null },
      { score: 1, verdict: 'correct', missed: false },
    ] as const
    expect(
      itemsToSendToReview({ items, missedToReview: true, sentToReview: [] }, scores).map((i) => i.id),
    ).toEqual(['a'])
    expect(itemsToSendToReview({ items, missedToReview: true, sentToReview: ['a'] }, scores)).toEqual([])
    expect(itemsToSendToReview({ items, missedToReview: false, sentToReview: [] }, scores)).toEqual([])
  })

  it('knows when an item has an answer at all, whatever its kind', () => {
    expect(hasAnswer('mcq', answer({ choices: [] }))).toBe(false)
    expect(hasAnswer('card', answer({ text: ' \n ' }))).toBe(false)
    expect(hasAnswer('code', answer({ code: 'export {}' }))).toBe(true)
    expect(hasAnswer('design', answer({ text: 'Read-heavy: 100:1' }))).toBe(true)
    expect(hasAnswer('sql', undefined)).toBe(false)
  })

  it('gives the result to store and the items to send to review from the answers and the bank bodies', () => {
    const mcq = {
      type: 'mcq' as const,
      promptHtml: '',
      explanationHtml: '',
      keyPointsHtml: [],
      sourcesHtml: [],
      choices: [
        { html: 'a', correct: false, explanationHtml: '' },
        { html: 'b', correct: true, explanationHtml: '' },
      ],
    }
    const items = [item('mcq', 'right'), item('mcq', 'wrong'), item('card', 'open')]
    const answers = new Map([
      ['right', answer({ itemId: 'right', choices: [1] })],
      ['wrong', answer({ itemId: 'wrong', choices: [0] })],
      ['open', answer({ itemId: 'open', kind: 'card', text: 'my answer' })],
    ])
    const bodies = new Map([
      ['right', mcq],
      ['wrong', mcq],
    ])
    const outcome = mockOutcome({ items, missedToReview: true, sentToReview: [] }, answers, bodies)
    expect(outcome.result).toEqual({
      earned: 1,
      possible: 3,
      pending: 1,
      percent: 33,
      missed: 1,
      items: [
        { score: 1, missed: false },
        { score: 0, missed: true },
        { score: null, missed: null },
      ],
    })
    expect(outcome.toReview.map((i) => i.id)).toEqual(['wrong'])
  })
})

describe('the grade a key-point checklist suggests', () => {
  it('is Got it for every point, Partly for at least half, Missed it for fewer, and nothing without points', () => {
    expect(suggestedSelfGrade(5, 5)).toBe('full')
    expect(suggestedSelfGrade(3, 5)).toBe('partial')
    expect(suggestedSelfGrade(2, 4)).toBe('partial')
    expect(suggestedSelfGrade(2, 5)).toBe('none')
    expect(suggestedSelfGrade(0, 3)).toBe('none')
    expect(suggestedSelfGrade(0, 0)).toBeNull()
  })
})
