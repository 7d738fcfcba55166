import { Link, Route, Switch, useLocation } from 'wouter'
import { lazyComponent } from '../components/lazy-component'
import { HomeScreen } from '../features/home/home-screen'
import { ErrorBoundary } from './error-boundary'
import { FocusOnNavigate } from './focus-on-navigate'
import { Layout } from './layout'
import {
  canvasStarting,
  loadBankScreen,
  loadCanvasScreen,
  loadItemScreen,
  loadReviewScreen,
} from './screen-chunks'
import { ScrollToTop } from './scroll-to-top'

const BankScreen = lazyComponent(() => loadBankScreen().then((m) => m.BankScreen))
const ItemScreen = lazyComponent(() => loadItemScreen().then((m) => m.ItemScreen))
const ReviewScreen = lazyComponent(() => loadReviewScreen().then((m) => m.ReviewScreen))
const StatsScreen = lazyComponent(() => import('../features/stats/stats-screen').then((m) => m.StatsScreen))
const CardBrowserScreen = lazyComponent(() =>
  import('../features/cards/card-browser-screen').then((m) => m.CardBrowserScreen),
)
const DiagramListScreen = lazyComponent(() =>
  import('../features/canvas/diagram-list-screen').then((m) => m.DiagramListScreen),
)
const CanvasScreen = lazyComponent(() => loadCanvasScreen().then((m) => m.CanvasScreen))
const ExerciseListScreen = lazyComponent(() =>
  import('../features/exercises/exercise-list-screen').then((m) => m.ExerciseListScreen),
)
const ExerciseScreen = lazyComponent(() =>
  import('../features/exercises/exercise-screen').then((m) => m.ExerciseScreen),
)
const MockHomeScreen = lazyComponent(() =>
  import('../features/mock/mock-home-screen').then((m) => m.MockHomeScreen),
)
const MockScreen = lazyComponent(() => import('../features/mock/mock-screen').then((m) => m.MockScreen))
// A design round draws on the canvas feature's editor; the shell hands it over, as features do not import each other.
const EmbeddedCanvas = lazyComponent(
  () => import('../features/canvas/embedded-canvas').then((m) => m.EmbeddedCanvas),
  <p className="muted loading">Opening the canvas…</p>,
)
const MockRoute = () => <MockScreen Canvas={EmbeddedCanvas} />
const DataScreen = lazyComponent(() => import('../features/import/data-screen').then((m) => m.DataScreen))
const SettingsScreen = lazyComponent(() =>
  import('../features/settings/settings-screen').then((m) => m.SettingsScreen),
)

/**
 * Loads the code of the screen at `path`, so the first render can show it
 * at once instead of a placeholder followed by a second render and layout.
 */
export function preloadScreen(path: string): Promise<unknown> {
  // Every screen but the bank reads IndexedDB first thing: open it while React renders.
  if (/^\/(review|stats|cards|canvas|exercises|mock|settings|data)/.test(path))
    void import('../db/db').then((m) => m.db.open()).catch(() => undefined)
  if (path === '/bank') return BankScreen.preload()
  if (path.startsWith('/bank/')) return ItemScreen.preload()
  if (path === '/review') {
    // The queue is read while React renders, not after. Usually app/screen-chunks started it
    // already (prefetchSession keeps that one); after a journal replay it starts only here.
    void loadReviewScreen().then((m) => m.prefetchSession(location.search.slice(1)))
    return ReviewScreen.preload()
  }
  if (path === '/stats') return StatsScreen.preload()
  if (path === '/cards') return CardBrowserScreen.preload()
  if (path === '/settings') return SettingsScreen.preload()
  if (path === '/data') return DataScreen.preload()
  if (path === '/canvas') return DiagramListScreen.preload()
  if (path.startsWith('/canvas/')) return Promise.all([CanvasScreen.preload(), canvasStarting()])
  if (path === '/exercises') return ExerciseListScreen.preload()
  if (path.startsWith('/exercises/')) return ExerciseScreen.preload()
  if (path === '/mock') return MockHomeScreen.preload()
  if (path.startsWith('/mock/')) return MockScreen.preload()
  return Promise.resolve()
}

function NotFound() {
  return (
    <div className="empty">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link href="/" className="button">
        Go to the home screen
      </Link>
    </div>
  )
}

export function App() {
  const [location] = useLocation()
  return (
    <Layout>
      <ScrollToTop />
      <FocusOnNavigate />
      <ErrorBoundary resetKey={location}>
        <Switch>
          <Route path="/" component={HomeScreen} />
          <Route path="/bank" component={BankScreen} />
          <Route path="/bank/:id" component={ItemScreen} />
          <Route path="/review" component={ReviewScreen} />
          <Route path="/canvas" component={DiagramListScreen} />
          <Route path="/canvas/:id" component={CanvasScreen} />
          <Route path="/exercises" component={ExerciseListScreen} />
          <Route path="/exercises/:id" component={ExerciseScreen} />
          <Route path="/mock" component={MockHomeScreen} />
          <Route path="/mock/:id" component={MockRoute} />
          <Route path="/cards" component={CardBrowserScreen} />
          <Route path="/stats" component={StatsScreen} />
          <Route path="/settings" component={SettingsScreen} />
          <Route path="/data" component={DataScreen} />
          <Route component={NotFound} />
        </Switch>
      </ErrorBoundary>
    </Layout>
  )
}
