import { useEffect, useState, type ComponentType, type ReactNode } from 'react'
import { Link, useParams } from 'wouter'
import { openMock, useMock, useMockAnswers } from '../../db/mocks'
import { mockFormatLabels } from '../../domain/mock/formats'
import { ErrorAlert } from '../../components/error-alert'
import { describeError } from '../../domain/validation/describe-error'
import { reloadPage } from '../../lib/page'
import { useDocumentTitle } from '../../lib/use-document-title'
import { MockResults } from './mock-results'
import { MockRun } from './mock-run'
import { useItemBodies } from './use-item-bodies'
import './mock.css'

/** The canvas a design round draws on: supplied by the app shell, since features do not import each other. */
export type DesignCanvas = ComponentType<{ diagramId: string; side: ReactNode }>

/** A mock: the round while it runs, its results once submitted. */
export function MockScreen({ Canvas }: { Canvas: DesignCanvas }) {
  const { id = '' } = useParams<{ id: string }>()
  const [opened, setOpened] = useState<'opening' | 'open' | 'missing' | { failed: string }>('opening')
  // Opening settles the clock first: a mock whose time ran out while the tab was closed is submitted.
  useEffect(() => {
    let live = true
    openMock(id).then(
      (m) => live && setOpened(m ? 'open' : 'missing'),
      (error: unknown) =>
        live && setOpened({ failed: `This mock could not be opened: ${describeError(error)}` }),
    )
    return () => {
      live = false
    }
  }, [id])
  const mock = useMock(id)
  const answers = useMockAnswers(id)
  const loaded = useItemBodies(mock?.items)
  useDocumentTitle(mock ? mockFormatLabels[mock.format] : 'Mock')

  if (opened === 'missing' || mock === null) {
    return (
      <div className="empty">
        <h1>Mock not found</h1>
        <Link href="/mock" className="button">
          Back to the mocks
        </Link>
      </div>
    )
  }
  const failed = typeof opened === 'object' ? opened.failed : loaded?.error
  if (failed) {
    return (
      <div className="empty">
        <h1>Mock</h1>
        <ErrorAlert message={failed} />
        <button type="button" className="button" onClick={reloadPage}>
          Reload
        </button>
      </div>
    )
  }
  if (opened === 'opening' || !mock || !answers || !loaded?.bodies)
    return <p className="muted loading">Opening the mock…</p>
  if (mock.status === 'submitted') return <MockResults mock={mock} answers={answers} bodies={loaded.bodies} />
  return <MockRun mock={mock} answers={answers} bodies={loaded.bodies} Canvas={Canvas} />
}
