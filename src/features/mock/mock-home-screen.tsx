import { useEffect } from 'react'
import { Link } from 'wouter'
import { settleOpenMocks, useMockHistory } from '../../db/mocks'
import { mockFormatLabels } from '../../domain/mock/formats'
import { formatClock, remainingMs } from '../../domain/mock/session'
import { useDocumentTitle } from '../../lib/use-document-title'
import { useNow } from '../../lib/use-now'
import { MockHistory } from './mock-history'
import { MockStartPanel } from './mock-start-panel'
import type { MockRecord } from '../../db/db'
import './mock.css'

/** Mocks: start one, resume the one in progress, and the history with its trend. */
export function MockHomeScreen() {
  useDocumentTitle('Timed mocks')
  // A mock whose time ran out while no tab had it open is submitted first.
  useEffect(() => {
    void settleOpenMocks()
  }, [])
  const history = useMockHistory()
  const open = history?.find((m) => m.status !== 'submitted')
  return (
    <div className="mocks">
      <h1>Timed mocks</h1>
      <p className="muted lead">
        Rounds like the real thing: a clock that keeps running, graded at the end, and everything you miss
        goes to your review queue.
      </p>
      {open ? <OpenMock mock={open} /> : null}
      {history ? <MockStartPanel blocked={!!open} /> : <p className="muted">Loading…</p>}
      {history && history.length > 0 ? <MockHistory mocks={history} /> : null}
    </div>
  )
}

function OpenMock({ mock }: { mock: MockRecord }) {
  const time = useNow(1000)
  const left = remainingMs(mock, time)
  return (
    <section className="panel mock-open" aria-label="Mock in progress">
      <p>
        <strong>{mockFormatLabels[mock.format]}</strong> in progress ·{' '}
        {mock.status === 'paused' ? `paused with ${formatClock(left)} left` : `${formatClock(left)} left`}
      </p>
      <Link href={`/mock/${mock.id}`} className="button button-primary">
        Resume the mock
      </Link>
    </section>
  )
}
