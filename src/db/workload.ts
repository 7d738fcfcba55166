/** What the workload estimate in Settings reads: the studied cards and how many new ones wait. */
import { useLiveQuery } from 'dexie-react-hooks'
import { CardState, type CardRecord } from '../domain/scheduling/card'
import { db } from './db'

export interface WorkloadInputs {
  /** Cards studied at least once and not suspended. */
  studied: CardRecord[]
  /** New cards not suspended, bank cards never opened by the review screen included. */
  newCards: number
}

export async function getWorkloadInputs(bankCardCount: number): Promise<WorkloadInputs> {
  const [studied, newInTable, bankInTable] = await Promise.all([
    db.cards
      .where('[state+due]')
      .between([CardState.Learning, -Infinity], [CardState.Relearning, Infinity], true, true)
      .filter((c) => !c.suspended)
      .toArray(),
    db.cards
      .where('[state+due]')
      .between([CardState.New, -Infinity], [CardState.New, Infinity], true, true)
      .filter((c) => !c.suspended)
      .count(),
    db.cards.where('deckId').startsWith('topic:').count(),
  ])
  return { studied, newCards: newInTable + Math.max(0, bankCardCount - bankInTable) }
}

export function useWorkloadInputs(bankCardCount: number): WorkloadInputs | undefined {
  return useLiveQuery(() => getWorkloadInputs(bankCardCount), [bankCardCount])
}
