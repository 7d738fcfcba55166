import { useEffect, useState } from 'react'
import { loadUserMarkdown, type RenderUserMarkdown } from '../../lib/user-markdown'

/** The sanitizing Markdown renderer once its code has loaded; `null` before, or if it failed to load. */
export function useUserMarkdown(): RenderUserMarkdown | null {
  const [render, setRender] = useState<RenderUserMarkdown | null>(null)
  useEffect(() => {
    let live = true
    loadUserMarkdown().then(
      (r) => live && setRender(() => r),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return render
}
