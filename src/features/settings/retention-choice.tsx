/** Desired retention as a choice among a few values, each with the daily reviews it would take. */
export function RetentionChoice({
  value,
  options,
  workloads,
  onChange,
}: {
  value: string
  options: readonly number[]
  workloads: Map<number, number> | undefined
  onChange: (value: string) => void
}) {
  return (
    <fieldset className="retention-choice" aria-describedby="retention-hint">
      <legend>Desired retention</legend>
      <p id="retention-hint" className="field-hint">
        The chance of remembering a card when it is due. Higher means more reviews: each choice shows the
        reviews a day it would take over the next 30 days, from your cards as they are now (new cards at your
        daily limit included).
      </p>
      <div className="retention-options">
        {options.map((r) => {
          const reviews = workloads?.get(r)
          return (
            <label key={r} className="retention-option">
              <input
                type="radio"
                name="desiredRetention"
                value={String(r)}
                checked={Number(value) === r}
                onChange={() => onChange(String(r))}
              />
              <span className="retention-value">{+(r * 100).toFixed(1)}%</span>
              <span className="retention-workload">
                {reviews === undefined ? 'estimating…' : `about ${formatReviews(reviews)} reviews a day`}
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}

function formatReviews(n: number): string {
  return n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US')
}
