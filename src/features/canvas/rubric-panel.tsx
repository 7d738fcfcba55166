import { useMemo, useState } from 'react'
import { setManualTicks } from '../../db/diagrams'
import type { RubricEntry } from '../../domain/content/item'
import type { DiagramDoc } from '../../domain/diagram/model'
import { evaluateRubric } from '../../domain/diagram/rubric'
import { toSvg } from '../../domain/diagram/svg'
import { useCanvasStore } from './canvas-store'
import { toDoc } from './flow-model'

interface Props {
  diagramId: string
  rubric: RubricEntry[]
  manualTicks: number[]
  reference: DiagramDoc | null
}

/** Kinds and connections only: the rubric does not change when a node merely moves. */
function useStructure(): DiagramDoc {
  const key = useCanvasStore(
    (s) =>
      s.nodes
        .map((n) => `${n.id}:${n.data.kind}:${n.data.properties.map((p) => `${p.key}=${p.value}`).join(';')}`)
        .join('|') +
      '#' +
      s.edges.map((e) => `${e.source}>${e.target}:${e.data?.style ?? 'sync'}`).join('|'),
  )
  return useMemo(() => {
    void key
    const { nodes, edges } = useCanvasStore.getState()
    return toDoc(nodes, edges)
  }, [key])
}

/**
 * The design prompt's rubric as a checklist: points a diagram can show tick
 * themselves as you draw; the others you tick yourself.
 */
export function RubricPanel({ diagramId, rubric, manualTicks, reference }: Props) {
  const doc = useStructure()
  const [showReference, setShowReference] = useState(false)
  const results = useMemo(() => evaluateRubric(doc, rubric), [doc, rubric])
  const ticked = results.filter((r, i) => r === true || (r === null && manualTicks.includes(i))).length

  const toggle = (i: number) => {
    const next = manualTicks.includes(i) ? manualTicks.filter((x) => x !== i) : [...manualTicks, i]
    void setManualTicks(diagramId, next)
  }

  const referenceSvg = useMemo(
    () => (showReference && reference ? toSvg(reference, { theme: 'light' }) : null),
    [showReference, reference],
  )

  return (
    <section className="rubric" aria-labelledby="rubric-heading">
      <h3 id="rubric-heading">
        Rubric{' '}
        <span className="muted">
          {ticked} of {rubric.length}
        </span>
      </h3>
      <ul className="rubric-list">
        {rubric.map((r, i) => {
          const auto = results[i]
          return (
            <li key={i} className={auto === true ? 'rubric-auto-done' : undefined}>
              {auto === null ? (
                <label>
                  <input type="checkbox" checked={manualTicks.includes(i)} onChange={() => toggle(i)} />
                  <span dangerouslySetInnerHTML={{ __html: r.html }} />
                </label>
              ) : (
                <div
                  className="rubric-auto"
                  role="checkbox"
                  aria-checked={auto}
                  aria-readonly="true"
                  aria-label={`${stripTags(r.html)} (checked on your diagram)`}
                >
                  <span className="rubric-mark" aria-hidden="true">
                    {auto ? '✓' : '○'}
                  </span>
                  <span dangerouslySetInnerHTML={{ __html: r.html }} />
                  <span className="rubric-check-kind" title={r.checkSource ?? ''}>
                    on the diagram
                  </span>
                </div>
              )}
            </li>
          )
        })}
      </ul>
      {reference ? (
        <div className="reference">
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={showReference}
            onClick={() => setShowReference((v) => !v)}
          >
            {showReference ? 'Hide the reference diagram' : 'Reveal the reference diagram'}
          </button>
          {referenceSvg ? (
            // Drawn by our own exporter from the bank's reference (all text escaped).
            <div
              className="reference-image"
              role="img"
              aria-label="Reference diagram"
              dangerouslySetInnerHTML={{ __html: referenceSvg }}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '')
}
