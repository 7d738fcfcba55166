import { useCallback, useEffect, useMemo, useState } from 'react'
import { useSearch } from 'wouter'
import type { GradeValue } from '../../domain/scheduling/card'
import { describeError } from '../../domain/validation/describe-error'
import { now } from '../../lib/clock'
import { startTimer, stopTimer } from '../../lib/timers'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useShortcuts } from '../../lib/use-shortcuts'
import { GradeBar } from './grade-bar'
import { prepareSession } from './prepare-session'
import { ReviewCard } from './review-card'
import { ReviewCounts } from './review-counts'
import { ReviewFinished } from './review-finished'
import {
  selectBusy,
  selectCanUndo,
  selectContext,
  selectCounts,
  selectLeechNotice,
  selectSaveError,
  selectRevealed,
  selectScreen,
  useReviewStore,
} from './review-store'
import { takePrefetchedSession } from './session-prefetch'
import { parseSessionRequest, sessionScopeLabel } from './session-request'
import { ReviewShortcutsDialog } from './shortcuts-dialog'
import { StudyScope } from './study-scope'
import './review.css'

export { prefetchSession } from './session-prefetch'

export function ReviewScreen() {
  useDocumentTitle('Review')
  const search = useSearch()
  const request = useMemo(() => parseSessionRequest(search), [search])
  const [reviewAheadDays, setReviewAheadDays] = useState(0)
  const [attempt, setAttempt] = useState(0)
  const [help, setHelp] = useState(false)
  const [suggested, setSuggested] = useState<GradeValue | null>(null)
  const [fullAnswer, setFullAnswer] = useState(false)

  const screen = useReviewStore(selectScreen)
  const revealed = useReviewStore(selectRevealed)
  const counts = useReviewStore(selectCounts)
  const canUndo = useReviewStore(selectCanUndo)
  const context = useReviewStore(selectContext)
  const busy = useReviewStore(selectBusy)
  const leechNotice = useReviewStore(selectLeechNotice)
  const saveError = useReviewStore(selectSaveError)
  const { begin, reveal, grade, undo, bury, suspend, toggleFlag, refresh, fail, reset } =
    useReviewStore.getState()

  useEffect(() => {
    let live = true
    reset()
    const prepared =
      (attempt === 0 && reviewAheadDays === 0 ? takePrefetchedSession(search) : null) ??
      prepareSession({ ...request, reviewAheadDays })
    prepared.then(
      ({ context: c, queue }) => {
        if (live) void begin(c, queue)
      },
      (error: unknown) => {
        if (live) fail(`The review queue could not be loaded: ${describeError(error)}`)
      },
    )
    return () => {
      live = false
    }
  }, [search, request, reviewAheadDays, attempt, begin, fail, reset])

  // A new card starts without a suggestion, its full answer folded.
  const cardId = screen.kind === 'card' ? screen.card.id : null
  useEffect(() => {
    setSuggested(null)
    setFullAnswer(false)
  }, [cardId])
  const toggleFullAnswer = useCallback(() => setFullAnswer((open) => !open), [])

  // The next card is on screen: close the grade-to-next measure (read by npm run bench).
  useEffect(() => {
    if (cardId && performance.getEntriesByName('grade-start').length > 0) {
      performance.measure('grade-to-next', 'grade-start')
      performance.clearMarks('grade-start')
    }
    if (cardId && performance.getEntriesByName('review-first-card').length === 0) {
      performance.mark('review-first-card')
    }
  }, [cardId, screen])

  // Waiting for a learning card: look again when it is due.
  const waitUntil = screen.kind === 'wait' ? screen.at : null
  useEffect(() => {
    if (waitUntil === null) return
    const id = startTimer(() => void refresh(), Math.max(0, waitUntil - now()) + 250)
    return () => stopTimer(id)
  }, [waitUntil, refresh])

  const isMcq = screen.kind === 'card' && screen.content.kind === 'bank' && screen.content.body.type === 'mcq'
  const onMcqChecked = useCallback(
    (right: boolean | null) => {
      setSuggested(right === false ? 1 : null)
      reveal()
    },
    [reveal],
  )

  const answerKey = () => {
    if (screen.kind !== 'card' || busy) return
    if (!revealed) reveal()
    else void grade(3)
  }
  const gradeKey = (g: GradeValue) => () => {
    if (revealed && !busy) void grade(g)
  }
  useShortcuts({
    // An mcq's front handles Space and Enter itself (they check the picked choices).
    ...(revealed || !isMcq ? { ' ': answerKey, Enter: answerKey } : {}),
    ...(revealed || !isMcq ? { '1': gradeKey(1), '2': gradeKey(2), '3': gradeKey(3), '4': gradeKey(4) } : {}),
    u: () => void undo(),
    '-': () => void bury(),
    '@': () => void suspend(),
    '*': () => void toggleFlag(),
    '?': () => setHelp(true),
    ...(revealed ? { f: toggleFullAnswer } : {}),
  })
  // Ctrl+Z (Cmd+Z) undoes too, unless the user is typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault()
        void undo()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [undo])

  return (
    <div className="review">
      <header className="review-header">
        <div>
          <h1>Review</h1>
          {request.topics ? <p className="muted review-scope">{sessionScopeLabel(request)}</p> : null}
          <StudyScope request={request} />
        </div>
        <ReviewCounts counts={counts} />
        <div className="review-tools">
          <button
            type="button"
            className="button button-quiet"
            disabled={!canUndo || busy}
            onClick={() => void undo()}
          >
            Undo <kbd aria-hidden="true">u</kbd>
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setHelp(true)}
            aria-label="Keyboard shortcuts"
          >
            ?
          </button>
        </div>
      </header>

      {leechNotice ? (
        <p className="notice" role="status">
          {leechNotice}
        </p>
      ) : null}
      {saveError ? (
        <p className="error-box" role="alert">
          {saveError}
        </p>
      ) : null}

      {screen.kind === 'loading' ? <p className="muted loading">Building today’s queue…</p> : null}
      {screen.kind === 'error' ? (
        <div className="error-box" role="alert">
          <p>{screen.message}</p>
          <button
            type="button"
            className="button"
            onClick={() => (screen.retry === 'card' ? void refresh() : setAttempt((a) => a + 1))}
          >
            Try again
          </button>
        </div>
      ) : null}
      {screen.kind === 'wait' ? (
        <section className="panel" aria-live="polite">
          <h2>Learning cards are coming up</h2>
          <p>
            The next one is due at{' '}
            {new Date(screen.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}. It will show
            here by itself.
          </p>
        </section>
      ) : null}
      {screen.kind === 'done' && context ? (
        <ReviewFinished
          context={context}
          onStudyMore={({ reviewAheadDays: ahead }) => {
            setReviewAheadDays(ahead ?? 0)
            setAttempt((a) => a + 1)
          }}
        />
      ) : null}
      {screen.kind === 'card' && context ? (
        <article className="review-body" aria-label="Card">
          <ReviewCard
            card={screen.card}
            content={screen.content}
            revealed={revealed}
            fullAnswer={fullAnswer}
            onToggleFullAnswer={toggleFullAnswer}
            onMcqChecked={onMcqChecked}
          />
          <div className="review-actions">
            {revealed ? (
              <GradeBar
                card={screen.card}
                scheduler={context.scheduler}
                onGrade={(g) => void grade(g)}
                disabled={busy}
                suggested={suggested}
              />
            ) : !isMcq ? (
              <button type="button" className="button button-primary reveal" onClick={reveal}>
                Show answer <kbd aria-hidden="true">Space</kbd>
              </button>
            ) : (
              <button type="button" className="button button-quiet reveal" onClick={() => onMcqChecked(null)}>
                Show answer without picking
              </button>
            )}
            <div className="review-card-tools">
              <button type="button" className="button-link" onClick={() => void bury()}>
                Bury until tomorrow
              </button>
              <button type="button" className="button-link" onClick={() => void suspend()}>
                Suspend
              </button>
              <button
                type="button"
                className="button-link"
                aria-pressed={screen.card.flagged}
                onClick={() => void toggleFlag()}
              >
                {screen.card.flagged ? 'Unflag' : 'Flag'}
              </button>
            </div>
          </div>
        </article>
      ) : null}
      <ReviewShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </div>
  )
}
