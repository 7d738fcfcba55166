import type { ChoiceBody } from '../domain/content/item'
import { BankHtml } from './bank-html'

interface Props {
  choices: ChoiceBody[]
  /** Indexes of the choices the user picked. */
  picked: readonly number[]
  revealed: boolean
  /** Several right answers: checkboxes; otherwise radio buttons. */
  multiple: boolean
  legend: string
  /** The marker before each choice: A, B, C… on the item page, 1, 2, 3… in review (the keys). */
  marker: (index: number) => string
  /** Radio group name, unique on the page. */
  name: string
  /** Once revealed, each choice's explanation too (default); review shows them with the full answer. */
  explain?: boolean
  onPick: (index: number) => void
}

/**
 * An mcq's choices. Once revealed, each says whether it was right, and why
 * (its own explanation), and a wrong pick is named as such.
 */
export function McqChoiceList({
  choices,
  picked,
  revealed,
  multiple,
  legend,
  marker,
  name,
  explain = true,
  onPick,
}: Props) {
  return (
    <fieldset className="mcq-choices" disabled={revealed}>
      <legend className="muted">{legend}</legend>
      {choices.map((c, i) => {
        const chosen = picked.includes(i)
        const state = revealed
          ? c.correct
            ? 'correct'
            : chosen
              ? 'wrong'
              : 'other'
          : chosen
            ? 'chosen'
            : 'open'
        return (
          <div key={i} className={`mcq-choice mcq-${state}`}>
            <label>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                checked={chosen}
                onChange={() => onPick(i)}
              />
              <span className="mcq-letter" aria-hidden="true">
                {marker(i)}
              </span>
              <span dangerouslySetInnerHTML={{ __html: c.html }} />
              {revealed ? (
                <span className="mcq-verdict">
                  {c.correct ? 'Correct' : chosen ? 'Your pick: wrong' : 'Wrong'}
                </span>
              ) : null}
            </label>
            {revealed && explain ? <BankHtml html={c.explanationHtml} className="mcq-explanation" /> : null}
          </div>
        )
      })}
    </fieldset>
  )
}
