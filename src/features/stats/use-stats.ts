import { useMemo } from 'react'
import { topics } from '../../domain/content/topics'
import { createScheduler } from '../../domain/scheduling/scheduler'
import { useStatsData } from '../../db/stats'
import { bankCardSources } from './bank-card-sources'
import { countCards, type CardCounts } from './card-counts'
import { dueForecast, type ForecastDay } from './forecast'
import { buildHeatmap, type Heatmap } from './heatmap'
import { topicReadiness, type ReadinessRow } from './readiness'
import { trueRetention, type RetentionRow } from './retention'

export interface Stats {
  today: number
  heatmap: Heatmap
  forecast: ForecastDay[]
  retention: RetentionRow[]
  counts: CardCounts
  readiness: ReadinessRow[]
  /** Nothing was ever reviewed: no day totals this year and every card still new. */
  noReviews: boolean
}

/** Everything the statistics screen shows, computed from the live data; `undefined` while loading. */
export function useStats(): Stats | undefined {
  const data = useStatsData(bankCardSources)
  return useMemo(() => {
    if (!data) return undefined
    const { cards, days, settings, boundary, now, today } = data
    const scheduler = createScheduler(settings)
    const heatmap = buildHeatmap(days, today)
    const counts = countCards(cards, now)
    return {
      today,
      heatmap,
      forecast: dueForecast(cards, today, boundary),
      retention: trueRetention(days, today),
      counts,
      readiness: topicReadiness(cards, topics, (c) => scheduler.retrievability(c, now)),
      noReviews: heatmap.total === 0 && counts.new === counts.total,
    }
  }, [data])
}
