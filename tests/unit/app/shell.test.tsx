import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../src/app/error-boundary'
import { ThemeToggle } from '../../../src/app/theme-toggle'
import { renderAt } from '../render-at'

function Boom(): never {
  throw new Error('the diagram store is corrupt')
}

describe('error boundary', () => {
  it('shows what went wrong and a way back instead of a white page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <ErrorBoundary>
        <Boom />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('the diagram store is corrupt')
    expect(screen.getByRole('link', { name: 'Go to the home screen' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })
})

describe('theme toggle', () => {
  it('cycles system → light → dark and remembers the choice', async () => {
    const user = userEvent.setup()
    render(<ThemeToggle />)
    const button = screen.getByRole('button', { name: /^Theme: System/ })
    await user.click(button)
    expect(document.documentElement.dataset.theme).toBe('light')
    expect(localStorage.getItem('backprep:theme')).toBe('light')
    await user.click(button)
    expect(document.documentElement.dataset.theme).toBe('dark')
    await user.click(button)
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem('backprep:theme')).toBeNull()
  })
})

describe('navigation', () => {
  it('reaches every screen from the home screen', async () => {
    renderAt('/')
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(nav).toHaveTextContent('Home')
    expect(nav).toHaveTextContent('Questions')
    expect(await screen.findByRole('heading', { name: 'What to do next' })).toBeInTheDocument()
  })

  it('shows a not-found page for an unknown address', async () => {
    renderAt('/nowhere')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  })
})
