import { useCallback, useRef, useState } from 'react'
import { ImportCancelled, importDeck, type DeckToImport, type ImportOptions } from '../../db/imports'
import { describeWriteError } from '../../lib/write-error'

export type DeckImportStatus =
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'imported'; source: string; deckId: string; count: number; reviews: number }
  | { kind: 'stopped'; message: string }

/** Runs an import with progress and a cancel, whatever the cards came from (Anki, CSV). */
export function useDeckImport() {
  const [status, setStatus] = useState<DeckImportStatus | null>(null)
  const abort = useRef<AbortController | null>(null)

  const run = useCallback(
    async (source: string, deck: DeckToImport, replay?: ImportOptions['replay'], reviews = 0) => {
      const controller = new AbortController()
      abort.current = controller
      setStatus({ kind: 'importing', done: 0, total: deck.cards.length })
      try {
        const deckId = await importDeck(deck, {
          signal: controller.signal,
          onProgress: (done, total) => setStatus({ kind: 'importing', done, total }),
          ...(replay ? { replay } : {}),
        })
        setStatus({
          kind: 'imported',
          source,
          deckId,
          count: deck.cards.length,
          reviews: replay ? reviews : 0,
        })
      } catch (e) {
        setStatus({
          kind: 'stopped',
          message: e instanceof ImportCancelled ? e.message : `Nothing was added: ${describeWriteError(e)}.`,
        })
      }
    },
    [],
  )

  return { status, run, cancel: () => abort.current?.abort(), clear: () => setStatus(null) }
}
