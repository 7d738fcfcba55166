import { Link } from 'wouter'
import { BankHtml } from '../../components/bank-html'
import { ItemMeta } from '../../components/item-meta'
import type { CardRecord } from '../../domain/scheduling/card'
import type { CardContent } from './card-content'
import { ReviewMcq } from './review-mcq'

interface Props {
  card: CardRecord
  content: CardContent
  revealed: boolean
  onMcqChecked: (right: boolean | null) => void
}

/** The front of a card, and its back once revealed. */
export function ReviewCard({ card, content, revealed, onMcqChecked }: Props) {
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
          explanationHtml={body.explanationHtml}
          revealed={revealed}
          onChecked={onMcqChecked}
        />
      ) : revealed ? (
        <section aria-label="Answer" className="answer">
          {body.type === 'card' ? (
            <BankHtml html={body.answerHtml} />
          ) : body.type === 'design' ? (
            body.sections.map((s) => (
              <div key={s.title}>
                <h2>{s.title}</h2>
                <BankHtml html={s.html} />
              </div>
            ))
          ) : (
            // A code or SQL exercise missed in a mock: recall the approach, then compare with the reference.
            <>
              <h2>Reference solution</h2>
              <pre className="code-block">
                <code>{body.exercise.solution}</code>
              </pre>
              <BankHtml html={body.discussionHtml} />
            </>
          )}
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

function CardFlags({ card }: { card: CardRecord }) {
  return (
    <>
      {card.flagged ? <span className="badge badge-flag">Flagged</span> : null}
      {card.leech ? <span className="badge badge-senior">Leech</span> : null}
    </>
  )
}
