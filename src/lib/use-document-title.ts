import { useEffect } from 'react'

/** Sets the tab's title for the current screen. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Backprep` : 'Backprep'
  }, [title])
}
