import { useEffect, useMemo, useState } from 'react'
import outline from 'virtual:bank/outline'
import summaries from 'virtual:bank/summaries'
import { ensureBankCards, type BankCardSource } from '../../db/cards'
import { useSchedulingSettings } from '../../db/scheduling-settings'
import { useCardBrowserData, type CardBrowserData } from '../../db/user-cards'
import type { SchedulingSettings } from '../../domain/scheduling/settings'
import { localTimeZone } from '../../domain/scheduling/study-day'
import { now } from '../../lib/clock'
import { buildBrowserRows, type BrowserRow } from './browser-rows'
import { filterClock, type FilterClock } from './card-filter'
import { describeError } from '../../domain/validation/describe-error'

const bankCards: BankCardSource[] = outline.flatMap(([id, topic, type], position) =>
  type === 'card' || type === 'mcq' ? [{ id, topic, position }] : [],
)
const bankTitles = new Map(summaries.map((s) => [s.id, s.title]))

export interface BrowserData {
  rows: BrowserRow[]
  data: CardBrowserData
  settings: SchedulingSettings
  clock: FilterClock
}

/**
 * Every card as a browser row, current with the database. Bank items never
 * studied get their (new) card row first, so the list is the whole deck.
 * `undefined` while loading; `error` says the bank's cards could not be added.
 */
export function useBrowserRows(): { loaded: BrowserData | undefined; error: string | null } {
  const [ready, setReady] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    ensureBankCards(bankCards, now())
      .catch((e: unknown) => live && setError(describeError(e)))
      .finally(() => live && setReady(true))
    return () => {
      live = false
    }
  }, [])

  const data = useCardBrowserData(ready)
  const settings = useSchedulingSettings()
  const rows = useMemo(
    () => (data ? buildBrowserRows(data.cards, bankTitles, data.userCards, data.decks) : undefined),
    [data],
  )
  const rolloverHour = settings?.rolloverHour
  // The clock is read again whenever the cards change, so due dates stay current as you work.
  const clock = useMemo(
    () =>
      rows && rolloverHour !== undefined
        ? filterClock(now(), { rolloverHour, timeZone: localTimeZone() })
        : undefined,
    [rows, rolloverHour],
  )
  const loaded = useMemo(
    () => (data && rows && settings && clock ? { rows, data, settings, clock } : undefined),
    [data, rows, settings, clock],
  )
  return { loaded, error }
}
