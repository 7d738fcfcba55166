import { useState } from 'react'
import { ErrorAlert } from '../../components/error-alert'
import { useExtraDecks } from '../../db/user-cards'
import { loadDeckCards } from '../../db/imports'
import { toAnkiCsv } from '../../domain/import/delimited-text'
import { downloadText, fileSlug } from '../../lib/download'
import { describeError } from '../../domain/validation/describe-error'

/** A deck of your own or imported cards as a text file Anki imports. */
export function DeckExportPanel() {
  const decks = useExtraDecks()
  const [chosen, setChosen] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (!decks || decks.length === 0) return null
  const deckId = chosen || decks[0]!.id

  const download = async () => {
    setError(null)
    try {
      const deck = decks.find((d) => d.id === deckId)
      const cards = await loadDeckCards(deckId)
      const html = cards.some((c) => c.format === 'html')
      downloadText(toAnkiCsv(cards, { html, deck: deck?.name }), `${fileSlug(deck?.name ?? 'deck')}.txt`)
    } catch (e) {
      setError(`The deck could not be exported: ${describeError(e)}`)
    }
  }

  return (
    <section className="panel data-panel" aria-labelledby="deck-export-heading">
      <h2 id="deck-export-heading">Export a deck for Anki</h2>
      <p className="muted">
        A tab-separated file with Anki’s header lines: in Anki, File › Import reads it as one note per card.
      </p>
      <div className="field">
        <label htmlFor="export-deck">Deck</label>
        <select id="export-deck" value={deckId} onChange={(e) => setChosen(e.target.value)}>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" onClick={() => void download()}>
        Download the deck
      </button>
      <ErrorAlert message={error} />
    </section>
  )
}
