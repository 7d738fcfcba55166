import { lazyComponent } from '../../components/lazy-component'
import { EstimatorPanel } from '../../components/estimator-panel'
import type { PromptSectionsProps } from './prompt-sections'

// The prompt, its rubric and the bank they come from load only for a diagram drawn from a prompt.
const PromptSections = lazyComponent<PromptSectionsProps>(
  () => import('./prompt-sections').then((m) => m.PromptSections),
  <p className="muted">Loading the prompt…</p>,
)

interface Props {
  diagramId: string
  promptId: string | null
  manualTicks: number[]
}

/** Beside the canvas: the design prompt with its rubric (when there is one), and the estimator. */
export function PromptPanel({ diagramId, promptId, manualTicks }: Props) {
  return (
    <>
      {promptId ? (
        <PromptSections diagramId={diagramId} promptId={promptId} manualTicks={manualTicks} />
      ) : null}
      <details className="side-section" open={!promptId}>
        <summary>Back-of-the-envelope estimate</summary>
        <EstimatorPanel />
      </details>
    </>
  )
}
