import { useEffect, useRef } from 'react'
import { useLocation } from 'wouter'
import { startTimer, stopTimer } from '../lib/timers'

/** How long a lazily loaded screen may take to show its heading before focus settles on the main region. */
const headingWaitMs = 3000

/** Focus has not been placed by the new screen: it is still on the page, the nav, or the main region itself. */
function focusIsUnclaimed(main: HTMLElement): boolean {
  const active = document.activeElement
  return !active || active === document.body || active === main || !main.contains(active)
}

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1')
  if (!heading) return false
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: true })
  return true
}

/**
 * After a route change (not the first load), moves focus into the new screen:
 * to its main heading, which a screen reader then announces, or to the main
 * region while the screen's code is still loading. Screen keys (Space and
 * 1–4 in review) then work at once, instead of going to the nav link that was
 * clicked. A screen that places focus itself (a search box, a dialog) keeps it.
 */
export function FocusOnNavigate() {
  const [location] = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const main = document.getElementById('main')
    if (!main) return
    if (focusIsUnclaimed(main) && !focusHeading(main)) main.focus({ preventScroll: true })
    // A lazy screen renders its heading later: move there when it comes, unless the user or the screen moved focus.
    const observer = new MutationObserver(() => {
      if (!focusIsUnclaimed(main) && document.activeElement !== main) return observer.disconnect()
      if (focusHeading(main)) observer.disconnect()
    })
    observer.observe(main, { childList: true, subtree: true })
    const giveUp = startTimer(() => observer.disconnect(), headingWaitMs)
    return () => {
      observer.disconnect()
      stopTimer(giveUp)
    }
  }, [location])
  return null
}
