import { useDeferredValue, useId, useRef, useState, type FormEvent } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import type { UserCard } from '../../db/db'
import { addUserCard, updateUserCard, userCardErrors, type UserCardErrors } from '../../db/user-cards'
import { MarkdownField } from './markdown-field'
import { parseTags } from './tags'
import { useCardDraft, type CardFields } from './use-card-draft'
import { useUserMarkdown } from './use-user-markdown'
import { UserMarkdownView } from './user-markdown-view'
import { describeError } from '../../domain/validation/describe-error'

interface Props {
  /** The card to edit; a new card when absent. */
  editing?: UserCard
  onSaved: (id: string) => void
  onCancel: () => void
}

/** The form for a card of the user's own: front and back in Markdown, tags, and a live, sanitized preview. */
export function CardEditor({ editing, onSaved, onCancel }: Props) {
  const headingId = useId()
  const form = useRef<HTMLFormElement>(null)
  const draft = useCardDraft(editing)
  const [front, setFrontState] = useState(draft.initial.front)
  const [back, setBackState] = useState(draft.initial.back)
  const [tags, setTagsState] = useState(draft.initial.tags)
  const [restoredAt, setRestoredAt] = useState(draft.restoredAt)
  // Every keystroke goes to the journal at once: a reload loses nothing typed.
  const change = (next: Partial<CardFields>) => draft.record({ front, back, tags, ...next })
  const setFront = (v: string) => {
    setFrontState(v)
    change({ front: v })
  }
  const setBack = (v: string) => {
    setBackState(v)
    change({ back: v })
  }
  const setTags = (v: string) => {
    setTagsState(v)
    change({ tags: v })
  }
  const discardDraft = () => {
    draft.forget()
    setFrontState(draft.stored.front)
    setBackState(draft.stored.back)
    setTagsState(draft.stored.tags)
    setRestoredAt(null)
  }
  const cancel = () => {
    draft.forget()
    onCancel()
  }
  const [errors, setErrors] = useState<UserCardErrors>({})
  const [saveError, setSaveError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const render = useUserMarkdown()
  const previewFront = useDeferredValue(front)
  const previewBack = useDeferredValue(back)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const found = userCardErrors({ front, back })
    setErrors(found)
    if (found.front || found.back) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    setSaving(true)
    setSaveError(null)
    const input = { front, back, tags: parseTags(tags) }
    const saved = editing ? updateUserCard(editing.id, input).then(() => editing.id) : addUserCard(input)
    saved.then(
      (id) => {
        draft.forget()
        onSaved(id)
      },
      (err: unknown) => {
        setSaving(false)
        setSaveError(`The card was not saved: ${describeError(err)}`)
      },
    )
  }

  return (
    <form
      ref={form}
      className="card-editor"
      aria-labelledby={headingId}
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault()
          form.current?.requestSubmit()
        }
      }}
    >
      <h2 id={headingId}>{editing ? 'Edit card' : 'New card'}</h2>
      {restoredAt !== null ? (
        <p className="draft-restored" role="status">
          Restored what you were writing ({formatDraftTime(restoredAt)}), not saved yet.{' '}
          <button type="button" className="button-link" onClick={discardDraft}>
            Discard it
          </button>
        </p>
      ) : null}
      <MarkdownField
        label="Front"
        hint="The question or prompt, in Markdown."
        value={front}
        error={errors.front}
        autoFocus
        onChange={(v) => {
          setFront(v)
          if (errors.front) setErrors((prev) => ({ ...prev, front: undefined }))
        }}
      />
      <MarkdownField
        label="Back"
        hint="The answer, in Markdown."
        value={back}
        error={errors.back}
        onChange={(v) => {
          setBack(v)
          if (errors.back) setErrors((prev) => ({ ...prev, back: undefined }))
        }}
      />
      <div className="field">
        <label htmlFor={`${headingId}-tags`}>Tags</label>
        <input
          id={`${headingId}-tags`}
          type="text"
          autoComplete="off"
          placeholder="redis consistency"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
        />
        <p className="field-hint muted">Separated by spaces or commas.</p>
      </div>
      <section className="card-preview" aria-label="Preview">
        <h3>Preview</h3>
        {previewFront.trim() === '' && previewBack.trim() === '' ? (
          <p className="muted">The front and back appear here as you type.</p>
        ) : (
          <>
            <UserMarkdownView markdown={previewFront} render={render} />
            <hr />
            <UserMarkdownView markdown={previewBack} render={render} />
          </>
        )}
      </section>
      <ErrorAlert message={saveError} />
      <div className="card-editor-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {editing ? 'Save changes' : 'Save card'}
        </button>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <span className="muted kbd-hint">
          <kbd>Ctrl</kbd> + <kbd>Enter</kbd> saves
        </span>
      </div>
    </form>
  )
}

const formatDraftTime = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
