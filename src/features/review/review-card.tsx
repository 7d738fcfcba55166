import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { BankHtml } from '../../components/bank-html'
import { ItemMeta } from '../../components/item-meta'
import { KeyPoints } from '../../components/key-points'
import { isRecallBody, type RecallBody } from '../../domain/content/item'
import type { CardRecord } from '../../domain/scheduling/card'
import type { CardContent } from './card-content'
import { FullAnswer } from './full-answer'
import { ReviewMcq } from './review-mcq'

interface Props {
  card: CardRecord
  content: CardContent
  revealed: boolean
  /** Whether the full answer is unfolded (the back leads with the key points). */
  fullAnswer: boolean
  onToggleFullAnswer: () => void
  onMcqChecked: (right: boolean | null) => void
}

/** The front of a card, and its back once revealed: key points first, the full answer folded. */
export function ReviewCard({ card, content, revealed, fullAnswer, onToggleFullAnswer, onMcqChecked }: Props) {
  const keyPoints = useRef<HTMLElement>(null)
  // The back's key points come into view with the sticky grade bar below them.
  useEffect(() => {
    if (revealed) keyPoints.current?.scrollIntoView?.({ block: 'nearest' })
  }, [revealed])
  if (content.kind === 'missing') {
    return (
      <div className="review-card">
        <p className="error-box">{content.reason} You can suspend it (@) or bury it (-).</p>
      </div>
    )
  }
  if (content.kind === 'user') {
    return (
      <div className="review-card">
        <div className="review-tags">
          <span className="badge badge-type">{card.source === 'import' ? 'Imported' : 'My card'}</span>
          <CardFlags card={card} />
        </div>
        <div className="prose item-prompt" dangerouslySetInnerHTML={{ __html: content.frontHtml }} />
        {revealed ? (
          <section aria-label="Answer" className="answer">
            <div className="prose" dangerouslySetInnerHTML={{ __html: content.backHtml }} />
          </section>
        ) : null}
      </div>
    )
  }
  const { body } = content
  const recall = isRecallBody(body) ? body : null
  return (
    <div className="review-card">
      <div className="review-tags">
        <ItemMeta item={content.summary} />
        <CardFlags card={card} />
      </div>
      <BankHtml html={body.promptHtml} className="item-prompt" />
      {body.type === 'mcq' ? (
        <ReviewMcq
          key={card.id}
          choices={body.choices}
          revealed={revealed}
          explain={fullAnswer}
          onChecked={onMcqChecked}
        />
      ) : null}
      {revealed ? (
        <section aria-label="Answer" className="answer">
          {recall ? (
            <KeyPoints points={recall.keyPointsHtml} ref={keyPoints}>
              <p className="grade-against">
                Grade yourself against these: said them all, Good; missed one or two, Hard; missed most,
                Again.
              </p>
            </KeyPoints>
          ) : null}
          {recall ? (
            <FullAnswer open={fullAnswer} onToggle={onToggleFullAnswer}>
              <FullAnswerBody body={recall} />
            </FullAnswer>
          ) : body.type === 'code' || body.type === 'sql' ? (
            // A code or SQL exercise missed in a mock: recall the approach, then compare with the reference.
            <>
              <h2>Reference solution</h2>
              <pre className="code-block">
                <code>{body.exercise.solution}</code>
              </pre>
              <BankHtml html={body.discussionHtml} />
            </>
          ) : null}
          <p className="muted review-source">
            <Link href={`/bank/${card.id}`}>Open in the question bank</Link>
            {body.type === 'code' || body.type === 'sql' ? (
              <>
                {' · '}
                <Link href={`/exercises/${card.id}`}>Solve it in the editor</Link>
              </>
            ) : null}
          </p>
        </section>
      ) : null}
    </div>
  )
}

/** The model answer behind "Full answer": a card's answer, an mcq's explanation, a design's reference. */
function FullAnswerBody({ body }: { body: RecallBody }) {
  if (body.type === 'card') return <BankHtml html={body.answerHtml} />
  if (body.type === 'mcq') return <BankHtml html={body.explanationHtml} />
  return (
    <>
      {body.sections.map((s) => (
        <div key={s.title}>
          <h2>{s.title}</h2>
          <BankHtml html={s.html} />
        </div>
      ))}
    </>
  )
}

function CardFlags({ card }: { card: CardRecord }) {
  return (
    <>
      {card.flagged ? <span className="badge badge-flag">Flagged</span> : null}
      {card.leech ? <span className="badge badge-senior">Leech</span> : null}
    </>
  )
}
