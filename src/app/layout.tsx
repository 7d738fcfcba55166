import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
import { ThemeToggle } from './theme-toggle'

function NavLink({ href, pattern, children }: { href: string; pattern: string; children: ReactNode }) {
  const [active] = useRoute(pattern)
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand" aria-label="Backprep home">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Backprep</span>
        </Link>
        <nav aria-label="Main" className="main-nav">
          <NavLink href="/" pattern="/">
            Home
          </NavLink>
          <NavLink href="/bank" pattern="/bank/*?">
            Questions
          </NavLink>
          <NavLink href="/review" pattern="/review">
            Review
          </NavLink>
          <NavLink href="/canvas" pattern="/canvas/*?">
            Diagrams
          </NavLink>
          <NavLink href="/exercises" pattern="/exercises/*?">
            Exercises
          </NavLink>
          <NavLink href="/cards" pattern="/cards">
            Cards
          </NavLink>
          <NavLink href="/stats" pattern="/stats">
            Statistics
          </NavLink>
          <NavLink href="/settings" pattern="/settings">
            Settings
          </NavLink>
        </nav>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
