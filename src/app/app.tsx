import { lazy, Suspense } from 'react'
import { Link, Route, Switch, useLocation } from 'wouter'
import { HomeScreen } from '../features/home/home-screen'
import { ErrorBoundary } from './error-boundary'
import { Layout } from './layout'
import { ScrollToTop } from './scroll-to-top'

const BankScreen = lazy(() => import('../features/bank/bank-screen').then((m) => ({ default: m.BankScreen })))
const ItemScreen = lazy(() => import('../features/bank/item-screen').then((m) => ({ default: m.ItemScreen })))

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
      <ErrorBoundary resetKey={location}>
        <Suspense fallback={<p className="muted loading">Loading…</p>}>
          <Switch>
            <Route path="/" component={HomeScreen} />
            <Route path="/bank" component={BankScreen} />
            <Route path="/bank/:id" component={ItemScreen} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </Layout>
  )
}
