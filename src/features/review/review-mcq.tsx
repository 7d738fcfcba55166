import { useState } from 'react'
import { McqChoiceList } from '../../components/mcq-choice-list'
import type { ChoiceBody } from '../../domain/content/item'
import { useShortcuts } from '../../lib/use-shortcuts'

interface Props {
  choices: ChoiceBody[]
  revealed: boolean
  /** Each choice's explanation, shown with the full answer. */
  explain: boolean
  /** Called when the answer is checked, with whether the pick was right (null: shown without a pick). */
  onChecked: (right: boolean | null) => void
}

/**
 * An mcq card: the choices are answered before grading (1–6 or a click pick
 * a choice; with several right answers, tick them and press Enter). Checked,
 * each choice says whether it is right and a wrong pick is said so; the
 * explanations come with the full answer, after the key points.
 */
export function ReviewMcq({ choices, revealed, explain, onChecked }: Props) {
  const multiple = choices.filter((c) => c.correct).length > 1
  const [picked, setPicked] = useState<number[]>([])
  const isRight = (p: number[]) => p.length > 0 && choices.every((c, i) => c.correct === p.includes(i))

  const pick = (i: number) => {
    if (revealed || i >= choices.length) return
    if (multiple) setPicked((p) => (p.includes(i) ? p.filter((x) => x !== i) : [...p, i]))
    else {
      setPicked([i])
      onChecked(isRight([i]))
    }
  }
  // On the front, Space or Enter checks what is ticked (or shows the answer if nothing is).
  const check = () => onChecked(picked.length > 0 ? isRight(picked) : null)
  useShortcuts(
    revealed
      ? {}
      : {
          ...Object.fromEntries(choices.map((_, i) => [String(i + 1), () => pick(i)])),
          ' ': check,
          Enter: check,
        },
  )

  return (
    <div className="mcq">
      <McqChoiceList
        choices={choices}
        picked={picked}
        revealed={revealed}
        multiple={multiple}
        legend={multiple ? 'Select all that apply, then check' : `Pick one (1–${choices.length})`}
        marker={(i) => String(i + 1)}
        name="review-mcq"
        explain={explain}
        onPick={pick}
      />
      {multiple && !revealed ? (
        <button
          type="button"
          className="button button-primary"
          disabled={picked.length === 0}
          onClick={check}
        >
          Check answer
        </button>
      ) : null}
      {revealed && picked.length > 0 ? (
        <p className={`verdict ${isRight(picked) ? 'verdict-right' : 'verdict-wrong'}`} role="status">
          {isRight(picked) ? 'Right.' : 'Wrong: Again is suggested.'}
        </p>
      ) : null}
    </div>
  )
}
