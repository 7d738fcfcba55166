import type { QueueCounts } from '../../domain/scheduling/daily-queue'

/** New / learning / review cards left, as Anki shows them: three coloured numbers, read out in words. */
export function ReviewCounts({ counts }: { counts: QueueCounts }) {
  return (
    <p className="review-counts">
      <span className="visually-hidden">
        {counts.new} new, {counts.learning} learning, {counts.review} to review
      </span>
      <span className="count-new" title="New" aria-hidden="true">
        {counts.new}
      </span>
      <span className="count-learning" title="Learning" aria-hidden="true">
        {counts.learning}
      </span>
      <span className="count-review" title="To review" aria-hidden="true">
        {counts.review}
      </span>
    </p>
  )
}
