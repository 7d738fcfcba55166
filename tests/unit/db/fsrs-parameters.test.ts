import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/db/db'
import {
  clearFittedParameters,
  getFittedParameters,
  saveFittedParameters,
} from '../../../src/db/fsrs-parameters'
import { getSchedulingSettings, saveSchedulingSettings } from '../../../src/db/scheduling-settings'
import { CardState } from '../../../src/domain/scheduling/card'
import { defaultFsrsParameters } from '../../../src/domain/scheduling/fsrs-training'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { card, day, t0 } from '../scheduling/fixtures'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

const w = [...defaultFsrsParameters]
w[2] = 10 // a first Good is remembered for 10 days, not 2.3
const fitted = {
  w,
  fittedAt: t0,
  reviews: 900,
  logLoss: { default: 0.35, fitted: 0.33 },
  rmse: { default: 0.05, fitted: 0.04 },
}

describe('fitted FSRS parameters in the settings table', () => {
  it('are what every scheduler gets, until the defaults are chosen again', async () => {
    expect((await getSchedulingSettings()).w).toBeNull()
    await saveFittedParameters(fitted)
    expect(await getFittedParameters()).toEqual(fitted)
    const settings = await getSchedulingSettings()
    expect(settings.w).toEqual(w)

    // A new card graded Good: due after the fitted stability's interval, not the default's.
    const fresh = card('c')
    const withFitted = createScheduler(settings).grade(fresh, 3, t0, 0).card
    const withDefaults = createScheduler(defaultSchedulingSettings).grade(fresh, 3, t0, 0).card
    expect(withFitted.stability).toBeCloseTo(10, 5)
    expect(withDefaults.stability).toBeCloseTo(defaultFsrsParameters[2]!, 5)

    await clearFittedParameters()
    expect((await getSchedulingSettings()).w).toBeNull()
  })

  it('give way to the defaults when the stored value is bad', async () => {
    await db.settings.put({ key: 'fsrsParameters', value: { ...fitted, w: w.slice(0, 17) } })
    expect((await getSchedulingSettings()).w).toBeNull()
    expect(await getFittedParameters()).toBeNull()
  })

  it('are not written into the scheduling settings when those are saved', async () => {
    await saveFittedParameters(fitted)
    const settings = await getSchedulingSettings()
    await saveSchedulingSettings({ ...settings, newPerDay: 5 })
    const stored = (await db.settings.get('scheduling'))?.value as Record<string, unknown>
    expect(stored).not.toHaveProperty('w')
    expect(stored.newPerDay).toBe(5)
    expect((await getSchedulingSettings()).w).toEqual(w)
  })

  it('schedule a review card by the fitted memory model', async () => {
    await saveFittedParameters({ ...fitted, w: defaultFsrsParameters.map((x, i) => (i === 8 ? 3 : x)) })
    const settings = await getSchedulingSettings()
    const review = card('r', {
      state: CardState.Review,
      stability: 10,
      difficulty: 5,
      due: t0,
      lastReview: t0 - 10 * day,
      scheduledDays: 10,
      reps: 3,
    })
    const later = createScheduler(settings).grade(review, 3, t0, 0).card.stability
    const sooner = createScheduler(defaultSchedulingSettings).grade(review, 3, t0, 0).card.stability
    // w8 scales the stability gained by a recall: 3 instead of 1.87 gains more.
    expect(later).toBeGreaterThan(sooner)
  })
})
