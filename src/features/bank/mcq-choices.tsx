import { useState } from 'react'
import type { ChoiceBody } from '../../domain/content/item'
import { BankHtml } from '../../components/bank-html'

interface Props {
  choices: ChoiceBody[]
  explanationHtml: string
  revealed: boolean
  onReveal: () => void
}

/**
 * The choices of an mcq. With one correct choice, picking one checks it; with
 * several ("select all that apply"), the user ticks them and checks. Once
 * checked, every choice shows why it is right or wrong.
 */
export function McqChoices({ choices, explanationHtml, revealed, onReveal }: Props) {
  const multiple = choices.filter((c) => c.correct).length > 1
  const [picked, setPicked] = useState<number[]>([])
  const correctPick = picked.length > 0 && choices.every((c, i) => c.correct === picked.includes(i))

  return (
    <div className="mcq">
      <fieldset className="mcq-choices" disabled={revealed}>
        <legend className="muted">{multiple ? 'Select all that apply' : 'Pick one'}</legend>
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
                  name="mcq"
                  checked={chosen}
                  onChange={() => {
                    if (multiple) setPicked((p) => (p.includes(i) ? p.filter((x) => x !== i) : [...p, i]))
                    else {
                      setPicked([i])
                      onReveal()
                    }
                  }}
                />
                <span className="mcq-letter" aria-hidden="true">
                  {String.fromCharCode(65 + i)}
                </span>
                <span dangerouslySetInnerHTML={{ __html: c.html }} />
                {revealed ? (
                  <span className="mcq-verdict">
                    {c.correct ? 'Correct' : chosen ? 'Your pick: wrong' : 'Wrong'}
                  </span>
                ) : null}
              </label>
              {revealed ? <BankHtml html={c.explanationHtml} className="mcq-explanation" /> : null}
            </div>
          )
        })}
      </fieldset>
      {!revealed ? (
        <div className="mcq-actions">
          {multiple ? (
            <button
              type="button"
              className="button button-primary"
              disabled={picked.length === 0}
              onClick={onReveal}
            >
              Check answer
            </button>
          ) : null}
          <button type="button" className="button button-quiet" onClick={onReveal}>
            Show answer <kbd aria-hidden="true">Space</kbd>
          </button>
        </div>
      ) : null}
      {revealed ? (
        <section aria-label="Explanation" className="answer">
          {picked.length > 0 ? (
            <p className={`verdict ${correctPick ? 'verdict-right' : 'verdict-wrong'}`} role="status">
              {correctPick ? 'Right.' : 'Not quite.'}
            </p>
          ) : null}
          <h2>Explanation</h2>
          <BankHtml html={explanationHtml} />
        </section>
      ) : null}
    </div>
  )
}
