import { useState } from 'react'
import { useLocation } from 'wouter'
import { useExtraDecks } from '../../db/user-cards'
import { topics, type TopicId } from '../../domain/content/topics'
import type { SessionRequest } from './prepare-session'

/** The deck a session studies, as the select's value. */
const deckValue = (request: SessionRequest) => (request.topics ? 'custom' : (request.deck ?? 'all'))

/**
 * What to study: all decks, one deck (a topic, "My cards", an imported deck),
 * or a custom session on chosen topics.
 */
export function StudyScope({ request }: { request: SessionRequest }) {
  const [, navigate] = useLocation()
  const decks = useExtraDecks() ?? []
  const [choosing, setChoosing] = useState(false)
  const [chosen, setChosen] = useState<TopicId[]>(request.topics ? [...request.topics] : [])

  return (
    <div className="study-scope">
      <label htmlFor="study-deck" className="visually-hidden">
        Study
      </label>
      <select
        id="study-deck"
        value={deckValue(request)}
        onChange={(e) => {
          const v = e.target.value
          if (v === 'custom') setChoosing(true)
          else
            navigate(v === 'all' ? '/review' : `/review?deck=${encodeURIComponent(v).replace(/%3A/g, ':')}`)
        }}
      >
        <option value="all">All decks</option>
        <optgroup label="Topics">
          {topics.map((t) => (
            <option key={t.id} value={`topic:${t.id}`}>
              {t.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Your decks">
          <option value="mine">My cards</option>
          {decks
            .filter((d) => d.id !== 'mine')
            .map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
        </optgroup>
        <option value="custom">Custom session: choose topics…</option>
      </select>
      {choosing ? (
        <fieldset className="panel study-custom">
          <legend>Custom session: study these topics</legend>
          <div className="chips">
            {topics.map((t) => {
              const on = chosen.includes(t.id)
              return (
                <label key={t.id} className={`chip${on ? ' chip-on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() => setChosen((c) => (on ? c.filter((x) => x !== t.id) : [...c, t.id]))}
                  />
                  <span>{t.label}</span>
                </label>
              )
            })}
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={chosen.length === 0}
              onClick={() => {
                setChoosing(false)
                navigate(`/review?topics=${chosen.join(',')}`)
              }}
            >
              Start the session
            </button>
            <button type="button" className="button button-quiet" onClick={() => setChoosing(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : null}
    </div>
  )
}
