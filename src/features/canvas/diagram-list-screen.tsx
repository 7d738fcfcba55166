import { useEffect, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import summaries from 'virtual:bank/summaries'
import {
  createDiagram,
  deleteDiagram,
  duplicateDiagram,
  purgeDeletedDiagrams,
  renameDiagram,
  restoreDiagram,
  useDiagramList,
} from '../../db/diagrams'
import { ErrorAlert } from '../../components/error-alert'
import { parseDiagramFile } from '../../domain/diagram/diagram-file'
import { emptyDiagram } from '../../domain/diagram/model'
import { topicLabel } from '../../domain/content/topics'
import { useDocumentTitle } from '../../lib/use-document-title'
import './canvas.css'
import { describeError } from '../../domain/validation/describe-error'

const designPrompts = summaries.filter((s) => s.type === 'design')
const maxImportBytes = 5 * 1024 * 1024

export function DiagramListScreen() {
  useDocumentTitle('Diagrams')
  const diagrams = useDiagramList()
  const [, navigate] = useLocation()
  const [undo, setUndo] = useState<{ id: string; name: string } | null>(null)
  const [error, setError] = useState('')
  const [renaming, setRenaming] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    void purgeDeletedDiagrams().catch(() => undefined)
  }, [])

  const open = (id: string) => navigate(`/canvas/${id}`)
  const fail = (e: unknown) => setError(describeError(e))

  const importFile = async (file: File) => {
    setError('')
    if (file.size > maxImportBytes) {
      setError(
        `“${file.name}” is too large (${Math.round(file.size / 1024)} KB); a diagram file is at most 5 MB.`,
      )
      return
    }
    const parsed = parseDiagramFile(await file.text())
    if (!parsed.ok) {
      setError(`“${file.name}” was not imported: ${parsed.error}`)
      return
    }
    open(await createDiagram(parsed.name, parsed.doc))
  }

  return (
    <div className="diagrams">
      <header className="page-header">
        <h1>Diagrams</h1>
        <p className="muted">
          Sketch a design, check it against a prompt’s rubric, export it anywhere. Saved as you draw.
        </p>
      </header>
      <div className="diagram-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void createDiagram('Untitled diagram', emptyDiagram()).then(open, fail)}
        >
          New blank diagram
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import a diagram file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label="Diagram file to import"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void importFile(file).catch(fail)
          }}
        />
      </div>
      <ErrorAlert message={error} />
      {undo ? (
        <p className="notice" role="status">
          Deleted “{undo.name}”.{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => void restoreDiagram(undo.id).then(() => setUndo(null), fail)}
          >
            Undo
          </button>
        </p>
      ) : null}

      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Your diagrams</h2>
        {diagrams === undefined ? (
          <p className="muted">Loading…</p>
        ) : diagrams.length === 0 ? (
          <p className="muted">None yet. Start a blank one, or pick a design prompt below.</p>
        ) : (
          <ul className="diagram-list" aria-label="Your diagrams">
            {diagrams.map((d) => (
              <li key={d.id} className="diagram-row">
                {renaming === d.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault()
                      const name = new FormData(e.currentTarget).get('name')
                      void renameDiagram(d.id, String(name ?? '')).then(() => setRenaming(null), fail)
                    }}
                  >
                    <label className="visually-hidden" htmlFor={`rename-${d.id}`}>
                      New name for {d.name}
                    </label>
                    <input id={`rename-${d.id}`} name="name" defaultValue={d.name} autoFocus />
                    <button type="submit" className="button">
                      Save
                    </button>
                  </form>
                ) : (
                  <Link href={`/canvas/${d.id}`} className="diagram-name-link">
                    {d.name}
                  </Link>
                )}
                <span className="muted diagram-meta">
                  {d.doc.nodes.length} components · changed {new Date(d.updatedAt).toLocaleString()}
                </span>
                <span className="diagram-row-actions">
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => setRenaming(d.id)}
                    aria-label={`Rename ${d.name}`}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => void duplicateDiagram(d.id).catch(fail)}
                    aria-label={`Duplicate ${d.name}`}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button-link"
                    aria-label={`Delete ${d.name}`}
                    onClick={() =>
                      void deleteDiagram(d.id).then(() => setUndo({ id: d.id, name: d.name }), fail)
                    }
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">Start from a design prompt</h2>
        {designPrompts.length === 0 ? (
          <p className="muted">The bank has no design prompts yet.</p>
        ) : (
          <ul className="prompt-list">
            {designPrompts.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="prompt-tile"
                  onClick={() => void createDiagram(p.title, emptyDiagram(), p.id).then(open, fail)}
                >
                  <span className="prompt-title">{p.title}</span>
                  <span className="muted">
                    {topicLabel(p.topic)} · {p.difficulty}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
