import { useEffect, useState } from 'react'
import summaries from 'virtual:bank/summaries'
import { BankHtml } from '../../components/bank-html'
import { EstimatorPanel } from '../../components/estimator-panel'
import type { ItemBody } from '../../domain/content/item'
import { loadItemBody } from '../../lib/bank-content'
import { RubricPanel } from './rubric-panel'

type DesignBody = Extract<ItemBody, { type: 'design' }>

interface Props {
  diagramId: string
  promptId: string | null
  manualTicks: number[]
}

/** Beside the canvas: the design prompt with its rubric (when there is one), and the estimator. */
export function PromptPanel({ diagramId, promptId, manualTicks }: Props) {
  const summary = promptId ? summaries.find((s) => s.id === promptId) : undefined
  const [body, setBody] = useState<DesignBody | null | 'missing'>(null)

  useEffect(() => {
    if (!summary) return
    let live = true
    loadItemBody(summary.topic, summary.id).then(
      (b) => live && setBody(b?.type === 'design' ? b : 'missing'),
      () => live && setBody('missing'),
    )
    return () => {
      live = false
    }
  }, [summary])

  return (
    <>
      {promptId && !summary ? (
        <p className="error-box">This diagram’s design prompt is no longer in the bank.</p>
      ) : null}
      {summary && body === null ? <p className="muted">Loading the prompt…</p> : null}
      {body && body !== 'missing' ? (
        <>
          <details className="side-section" open>
            <summary>Prompt</summary>
            <BankHtml html={body.promptHtml} />
            {body.sections.map((s) => (
              <details key={s.title} className="prompt-section">
                <summary>{s.title === 'Reference design' ? 'Reference design (spoiler)' : s.title}</summary>
                <BankHtml html={s.html} />
              </details>
            ))}
          </details>
          <details className="side-section" open>
            <summary>Checklist</summary>
            <RubricPanel
              diagramId={diagramId}
              rubric={body.rubric}
              manualTicks={manualTicks}
              reference={body.referenceDiagram}
            />
          </details>
        </>
      ) : null}
      <details className="side-section" open={!promptId}>
        <summary>Back-of-the-envelope estimate</summary>
        <EstimatorPanel />
      </details>
    </>
  )
}
