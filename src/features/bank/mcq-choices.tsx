import { useState, type ReactNode } from 'react'
import type { ChoiceBody } from '../../domain/content/item'
import { BankHtml } from '../../components/bank-html'
import { McqChoiceList } from '../../components/mcq-choice-list'

interface Props {
  choices: ChoiceBody[]
  explanationHtml: string
  /** Shown once checked, above the explanation: the item's key points. */
  summary?: ReactNode
  revealed: boolean
  onReveal: () => void
}

/**
 * The choices of an mcq. With one correct choice, picking one checks it; with
 * several ("select all that apply"), the user ticks them and checks. Once
 * checked, every choice shows why it is right or wrong.
 */
export function McqChoices({ choices, explanationHtml, summary, revealed, onReveal }: Props) {
  const multiple = choices.filter((c) => c.correct).length > 1
  const [picked, setPicked] = useState<number[]>([])
  const correctPick = picked.length > 0 && choices.every((c, i) => c.correct === picked.includes(i))

  return (
    <div className="mcq">
      <McqChoiceList
        choices={choices}
        picked={picked}
        revealed={revealed}
        multiple={multiple}
        legend={multiple ? 'Select all that apply' : 'Pick one'}
        marker={(i) => String.fromCharCode(65 + i)}
        name="mcq"
        onPick={(i) => {
          if (multiple) setPicked((p) => (p.includes(i) ? p.filter((x) => x !== i) : [...p, i]))
          else {
            setPicked([i])
            onReveal()
          }
        }}
      />
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
          {summary}
          <h2>Explanation</h2>
          <BankHtml html={explanationHtml} />
        </section>
      ) : null}
    </div>
  )
}
