import { useEffect } from 'react'
import { useLocation } from 'wouter'

/** Starts each new screen at the top, as a multi-page site would. */
export function ScrollToTop() {
  const [location] = useLocation()
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [location])
  return null
}
