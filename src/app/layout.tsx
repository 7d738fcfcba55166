import type { ReactNode } from 'react'
import { Link, useRoute } from 'wouter'
import { ThemeToggle } from './theme-toggle'

/** The main navigation: address, the routes it is current for, label. */
const navItems: [string, string, string][] = [
  ['/', '/', 'Home'],
  ['/bank', '/bank/*?', 'Questions'],
  ['/review', '/review', 'Review'],
  ['/canvas', '/canvas/*?', 'Diagrams'],
  ['/exercises', '/exercises/*?', 'Exercises'],
  ['/mock', '/mock/*?', 'Mocks'],
  ['/cards', '/cards', 'Cards'],
  ['/stats', '/stats', 'Statistics'],
  ['/settings', '/settings', 'Settings'],
]

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
          {navItems.map(([href, pattern, label]) => (
            <NavLink key={href} href={href} pattern={pattern}>
              {label}
            </NavLink>
          ))}
        </nav>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
