import { Link } from 'wouter'
import stats from 'virtual:bank/stats'
import { lazyComponent } from '../../components/lazy-component'
import { topics } from '../../domain/content/topics'
import { useDocumentTitle } from '../../lib/use-document-title'

// Progress reads IndexedDB; it loads after the first paint so the database
// code stays out of the first screen's critical path.
const HomeProgress = lazyComponent(
  () => import('./home-progress').then((m) => m.HomeProgress),
  <section className="panel next-step" aria-busy="true" aria-label="What to do next" />,
)

export function HomeScreen() {
  useDocumentTitle(undefined)
  return (
    <div className="home">
      <header className="page-header">
        <h1>Practise for your backend interview</h1>
        <p className="lede">
          {stats.total} interview questions across {topics.length} topics, with model answers written for
          senior engineers. Everything runs in this browser and works offline.
        </p>
      </header>
      <HomeProgress />
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading">Topics</h2>
        <ul className="topic-grid">
          {topics.map((t) => (
            <li key={t.id}>
              <Link href={`/bank?topic=${t.id}`} className="topic-tile">
                <span className="topic-name">{t.label}</span>
                <span className="muted">{stats.byTopic[t.id]} questions</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
