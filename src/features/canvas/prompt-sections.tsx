import { useEffect, useState } from 'react'
import summaries from 'virtual:bank/summaries'
import { BankHtml } from '../../components/bank-html'
import type { ItemBody } from '../../domain/content/item'
import { loadItemBody } from '../../lib/bank-content'
import { RubricPanel } from './rubric-panel'

type DesignBody = Extract<ItemBody, { type: 'design' }>

export interface PromptSectionsProps {
  diagramId: string
  promptId: string
  manualTicks: number[]
}

/** A diagram's design prompt and its rubric, beside the canvas. */
export function PromptSections({ diagramId, promptId, manualTicks }: PromptSectionsProps) {
  const summary = summaries.find((s) => s.id === promptId)
  const [body, setBody] = useState<DesignBody | null | 'missing'>(null)

  useEffect(() => {
    if (!summary) return
    let live = true
    loadItemBody(summary.id).then(
      (b) => live && setBody(b?.type === 'design' ? b : 'missing'),
      () => live && setBody('missing'),
    )
    return () => {
      live = false
    }
  }, [summary])

  if (!summary) return <p className="error-box">This diagram’s design prompt is no longer in the bank.</p>
  if (body === null) return <p className="muted">Loading the prompt…</p>
  if (body === 'missing') return null
  return (
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
  )
}
