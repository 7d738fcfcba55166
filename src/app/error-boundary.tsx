import { Component, type ErrorInfo, type ReactNode } from 'react'
import { reloadPage } from '../lib/page'

interface Props {
  children: ReactNode
  /** Changing this (e.g. the location) clears a shown error. */
  resetKey?: string
}

interface State {
  error: Error | null
  resetKey?: string
}

/** Shows what went wrong and a way back, instead of a white page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey }
    return null
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Backprep crashed on this screen:', error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const chunkFailed = /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
    return (
      <div className="crash" role="alert">
        <h1>Something went wrong on this screen</h1>
        <p>
          {chunkFailed
            ? 'Part of the app could not be loaded. If the app was just updated, a reload fetches the new version.'
            : 'Your saved data is safe: it lives in this browser’s database, not on this screen.'}
        </p>
        <pre className="crash-message">{error.message}</pre>
        <div className="crash-actions">
          <a href="/" className="button button-primary">
            Go to the home screen
          </a>
          <a href="/data" className="button">
            Your data (backup and restore)
          </a>
          <button type="button" className="button" onClick={reloadPage}>
            Reload
          </button>
        </div>
      </div>
    )
  }
}
