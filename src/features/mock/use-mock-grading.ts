/**
 * Grading a submitted mock: the app's part (running the final code and SQL,
 * checking the diagram against the rubric), then the result and the review
 * lapses kept in step with every grade.
 */
import { useEffect, useMemo, useRef, useState } from 'react'
import { prepareExercise, runExercise, runVerdict } from '../../components/exercise/run-exercise'
import type { MockRecord } from '../../db/db'
import { getDiagram } from '../../db/diagrams'
import { recordMockResult, saveMockGrades } from '../../db/mocks'
import type { ItemBody } from '../../domain/content/item'
import { evaluateRubric } from '../../domain/diagram/rubric'
import { mockOutcome, type AutoGrade, type ItemScore, type MockAnswer } from '../../domain/mock/scoring'
import type { MockItemRef } from '../../domain/mock/session'
import { describeError } from '../../domain/validation/describe-error'

function needsAutoGrade(item: MockItemRef, answer: MockAnswer | undefined): boolean {
  if (answer?.grade) return false
  if (item.kind === 'design') return true
  return (item.kind === 'code' || item.kind === 'sql') && !!answer?.code?.trim()
}

async function autoGrade(
  item: MockItemRef,
  answer: MockAnswer | undefined,
  body: ItemBody,
): Promise<AutoGrade> {
  if (body.type === 'design') {
    const diagram = answer?.diagramId ? await getDiagram(answer.diagramId) : undefined
    const doc = diagram?.doc ?? { version: 1, nodes: [], edges: [] }
    const rubric = evaluateRubric(doc, body.rubric)
    const checked = rubric.filter((r) => r !== null).length
    const passed = rubric.filter((r) => r === true).length
    return { passed, total: checked, summary: `${passed} of ${checked} points shown on the diagram`, rubric }
  }
  if (body.type !== 'code' && body.type !== 'sql')
    throw new Error(`A ${item.kind} item is not graded by the app.`)
  await prepareExercise(item.id, body.exercise)
  const verdict = runVerdict(await runExercise(body.exercise, answer?.code ?? ''))
  if (!verdict) throw new Error('PostgreSQL stopped while grading.')
  return { passed: verdict.passedCount, total: verdict.total, summary: verdict.summary }
}

export interface Grading {
  scores: ItemScore[]
  /** What the app is grading now, in words; null when done. */
  progress: string | null
  /** A grading run that failed, to retry. */
  failure: string | null
  retry: () => void
}

export function useMockGrading(
  mock: MockRecord,
  answers: Map<string, MockAnswer>,
  bodies: Map<string, ItemBody>,
): Grading {
  const { scores, result, toReview } = useMemo(
    () => mockOutcome(mock, answers, bodies),
    [mock, answers, bodies],
  )
  const [progress, setProgress] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const running = useRef(false)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  // The app's part of the grading, one item at a time. One run at a time: the
  // grades it writes come back through `answers`.
  useEffect(() => {
    const todo = mock.items.filter(
      (item) => bodies.has(item.id) && needsAutoGrade(item, answers.get(item.id)),
    )
    if (todo.length === 0 || running.current) return
    running.current = true
    void (async () => {
      for (const [n, item] of todo.entries()) {
        if (!mounted.current) break
        setProgress(
          item.kind === 'design'
            ? 'Checking your diagram against the rubric…'
            : `Running your ${item.kind === 'sql' ? 'SQL on PostgreSQL' : 'code against the hidden tests'} (${n + 1} of ${todo.length})…`,
        )
        try {
          const grade = await autoGrade(item, answers.get(item.id), bodies.get(item.id)!)
          await saveMockGrades(mock.id, new Map([[item.id, { grade }]]))
        } catch (e) {
          if (mounted.current)
            setFailure(`Could not grade question ${mock.items.indexOf(item) + 1}: ${describeError(e)}`)
          break
        }
      }
      running.current = false
      if (mounted.current) setProgress(null)
    })()
    // Once per mock, and per retry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mock.id, attempt])

  // The result and the review lapses follow every grade.
  const stale = JSON.stringify(mock.result) !== JSON.stringify(result) || toReview.length > 0
  useEffect(() => {
    if (stale) void recordMockResult(mock.id, result, toReview).catch((e: unknown) => setFailure(String(e)))
    // `stale` says when to write; the values are those of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stale, result])

  return {
    scores,
    progress,
    failure,
    retry: () => {
      setFailure(null)
      setAttempt((a) => a + 1)
    },
  }
}
