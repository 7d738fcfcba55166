import { useState } from 'react'
import { BankHtml } from '../../components/bank-html'
import { ExercisePad } from '../../components/exercise/exercise-pad'
import { SaveState } from '../../components/exercise/save-state'
import { McqChoiceList } from '../../components/mcq-choice-list'
import type { ItemBody } from '../../domain/content/item'
import { topicLabel } from '../../domain/content/topics'
import { mockItemKindLabels } from '../../domain/mock/formats'
import type { MockAnswer } from '../../domain/mock/scoring'
import type { MockItemRef } from '../../domain/mock/session'
import { saveStatusText } from '../../lib/use-autosave'
import { useAnswerAutosave } from './pending-saves'

interface Props {
  mockId: string
  item: MockItemRef
  position: number
  count: number
  answer: MockAnswer | undefined
  body: ItemBody | undefined
  onGo: (index: number) => void
}

/** One item of a running mock: its prompt and the answer control for its kind. */
export function MockItemView({ mockId, item, position, count, answer, body, onGo }: Props) {
  return (
    <article className="mock-item" aria-labelledby="mock-item-heading">
      <header className="mock-item-header">
        <h2 id="mock-item-heading">
          Question {position + 1} of {count}
        </h2>
        <span className="item-meta">
          <span className="badge badge-type">{mockItemKindLabels[item.kind]}</span>
          <span className="badge badge-topic">{topicLabel(item.topic)}</span>
        </span>
      </header>
      {!body ? (
        <p className="error-box">This question is no longer in the bank.</p>
      ) : (
        <div className={body.type === 'code' || body.type === 'sql' ? 'mock-item-split' : undefined}>
          <BankHtml html={body.promptHtml} className="item-prompt" />
          {body.type === 'mcq' ? <McqAnswer mockId={mockId} item={item} answer={answer} body={body} /> : null}
          {body.type === 'card' ? <ShortAnswer mockId={mockId} item={item} answer={answer} /> : null}
          {body.type === 'code' || body.type === 'sql' ? (
            <ExerciseAnswer mockId={mockId} item={item} answer={answer} body={body} />
          ) : null}
        </div>
      )}
      <div className="mock-item-pager">
        <button type="button" className="button" disabled={position === 0} onClick={() => onGo(position - 1)}>
          ← Previous
        </button>
        <button
          type="button"
          className="button"
          disabled={position >= count - 1}
          onClick={() => onGo(position + 1)}
        >
          Next →
        </button>
      </div>
    </article>
  )
}

const letter = (i: number) => String.fromCharCode(65 + i)

/** What each kind of answer is given: where it saves, what it last saved, and (most) the item's body. */
interface AnswerProps {
  mockId: string
  item: MockItemRef
  answer: MockAnswer | undefined
}
type BodyOf<T extends ItemBody['type']> = Extract<ItemBody, { type: T }>

function McqAnswer({ mockId, item, answer, body }: AnswerProps & { body: BodyOf<'mcq'> }) {
  const multiple = body.choices.filter((c) => c.correct).length > 1
  const [picked, setPicked] = useState<number[]>(answer?.choices ?? [])
  const { status, saveNow } = useAnswerAutosave<number[]>(mockId, item, 'choices', 0)
  const error = status.kind === 'failed' ? saveStatusText(status) : null
  const pick = (i: number) => {
    const next = multiple ? (picked.includes(i) ? picked.filter((x) => x !== i) : [...picked, i].sort()) : [i]
    setPicked(next)
    void saveNow(next)
  }
  return (
    <>
      <McqChoiceList
        choices={body.choices}
        picked={picked}
        revealed={false}
        multiple={multiple}
        legend={multiple ? 'Choose every right answer' : 'Choose one answer'}
        marker={letter}
        name={`mock-${item.id}`}
        onPick={pick}
      />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}

function ShortAnswer({ mockId, item, answer }: AnswerProps) {
  const [text, setText] = useState(answer?.text ?? '')
  const { status, schedule } = useAnswerAutosave(mockId, item, 'text', 300)
  return (
    <div className="field mock-short">
      <label htmlFor={`answer-${item.id}`}>Your answer</label>
      <textarea
        id={`answer-${item.id}`}
        rows={8}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          schedule(e.target.value)
        }}
      />
      <p className={status.kind === 'failed' ? 'field-error' : 'field-hint'} role="status">
        {saveStatusText(status, 'Saved', 'You grade this against the model answer after the mock.')}
      </p>
    </div>
  )
}

function ExerciseAnswer({ mockId, item, answer, body }: AnswerProps & { body: BodyOf<'code' | 'sql'> }) {
  const { status, schedule, flush } = useAnswerAutosave(mockId, item, 'code')
  return (
    <div className="mock-exercise">
      {body.schemaHtml ? (
        <details className="exercise-schema">
          <summary>Schema and seed data</summary>
          <BankHtml html={body.schemaHtml} />
        </details>
      ) : null}
      <ExercisePad
        exerciseId={item.id}
        documentId={`${mockId}/${item.id}`}
        exercise={body.exercise}
        initialCode={answer?.code ?? body.exercise.starter}
        onChange={schedule}
        beforeRun={() => void flush()}
        hint="Your code is saved as you type. When the mock ends, the code you have is graded by the hidden tests."
        actions={<SaveState status={status} />}
      />
    </div>
  )
}
