import { useMemo } from 'react'
import outline from 'virtual:bank/outline'
import type { SchedulerSettings } from '../../db/scheduling-settings'
import { useWorkloadInputs } from '../../db/workload'
import { defaultFsrsParameters } from '../../domain/scheduling/fsrs-training'
import { localTimeZone } from '../../domain/scheduling/study-day'
import { estimateDailyReviews, toWorkloadCards } from '../../domain/scheduling/workload'
import { now } from '../../lib/clock'

/** The bank's flashcards (cards and mcqs): new cards even before the review screen has made their rows. */
const bankCardCount = outline.filter(([, , type]) => type === 'card' || type === 'mcq').length

/**
 * Expected reviews a day over the next 30 days for each retention, from the
 * user's cards and the FSRS parameters in use; undefined while loading.
 */
export function useRetentionWorkloads(
  settings: SchedulerSettings | undefined,
  retentions: readonly number[],
): Map<number, number> | undefined {
  const inputs = useWorkloadInputs(bankCardCount)
  return useMemo(() => {
    if (!settings || !inputs) return undefined
    const cards = toWorkloadCards(inputs.studied, now(), {
      rolloverHour: settings.rolloverHour,
      timeZone: localTimeZone(),
    })
    const options = {
      w: settings.w ?? defaultFsrsParameters,
      newCards: inputs.newCards,
      newPerDay: settings.newPerDay,
      learningSteps: settings.learningSteps.length,
      relearningSteps: settings.relearningSteps.length,
      maximumIntervalDays: settings.maximumIntervalDays,
    }
    return new Map(retentions.map((r) => [r, estimateDailyReviews(cards, r, options)]))
  }, [settings, inputs, retentions])
}
