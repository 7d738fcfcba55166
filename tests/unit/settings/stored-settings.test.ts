// @vitest-environment node
import { CLAMP_PARAMETERS, W17_W18_Ceiling } from 'ts-fsrs'
import { describe, expect, it } from 'vitest'
import { defaultFsrsParameters } from '../../../src/domain/scheduling/fsrs-training'
import {
  defaultSchedulingSettings,
  fsrsParameterCount,
  fsrsParameterRanges,
} from '../../../src/domain/scheduling/settings'
import {
  readExtraNew,
  readFsrsParameters,
  readSchedulingSettings,
  settingProblem,
} from '../../../src/domain/settings/stored-settings'

describe('stored settings, read through their schema', () => {
  it('keeps every valid field and gives each bad or missing one its default', () => {
    const read = readSchedulingSettings({
      learningSteps: '1m 10m',
      newPerDay: 'lots',
      desiredRetention: 'high',
      reviewsPerDay: 150,
      relearningSteps: ['5m', '1h'],
      rolloverHour: 99,
      fuzz: 'yes',
    })
    expect(read).toEqual({
      ...defaultSchedulingSettings,
      reviewsPerDay: 150,
      relearningSteps: ['5m', '1h'],
    })
  })

  it('falls back to the defaults for a value that is not an object at all', () => {
    for (const bad of [undefined, null, 'scheduling', 42, ['1m']])
      expect(readSchedulingSettings(bad)).toEqual(defaultSchedulingSettings)
  })

  it('counts unusable extra-new values as none', () => {
    expect(readExtraNew({ day: 20, extra: 5 }, 20)).toBe(5)
    expect(readExtraNew({ day: 19, extra: 5 }, 20)).toBe(0)
    expect(readExtraNew({ day: 20, extra: -3 }, 20)).toBe(0)
    expect(readExtraNew('5', 20)).toBe(0)
  })

  it('names what is wrong with a setting, or says the key is unknown', () => {
    expect(settingProblem('scheduling', { learningSteps: ['1m', 'ten'] })).toBe(
      "learningSteps[1]: must be a step like '1m', '10m' or '1d', not 'ten'",
    )
    expect(settingProblem('lastBackupAt', 'yesterday')).toBe("value: must be a number, not 'yesterday'")
    expect(settingProblem('nope', 1)).toBe('not a setting this version of Backprep knows')
    expect(settingProblem('scheduling', { ...defaultSchedulingSettings })).toBeNull()
  })
})

describe('fitted FSRS parameters, read through their schema', () => {
  const fitted = {
    w: [...defaultFsrsParameters],
    fittedAt: Date.parse('2026-04-12T08:00:00Z'),
    reviews: 1234,
    logLoss: { default: 0.36, fitted: 0.34 },
    rmse: { default: 0.05, fitted: 0.03 },
  }

  it('keeps a valid value', () => {
    expect(readFsrsParameters(fitted)).toEqual(fitted)
    expect(settingProblem('fsrsParameters', fitted)).toBeNull()
  })

  it('falls back to the defaults (null) for anything else', () => {
    const bad: unknown[] = [
      undefined,
      null,
      'fitted',
      { ...fitted, w: fitted.w.slice(0, 19) }, // FSRS-5's count
      { ...fitted, w: [...fitted.w.slice(0, 20), 'decay'] },
      { ...fitted, w: [...fitted.w.slice(0, 20), Number.NaN] },
      { ...fitted, w: [-1, ...fitted.w.slice(1)] }, // outside FSRS-6's range
      { ...fitted, reviews: 12.5 },
      { w: fitted.w },
    ]
    for (const value of bad) expect(readFsrsParameters(value)).toBeNull()
  })

  it('names the problem when a backup holds a bad value', () => {
    expect(settingProblem('fsrsParameters', { ...fitted, w: fitted.w.slice(0, 19) })).toBe(
      'w: must be a list of 21 numbers (FSRS-6)',
    )
    expect(settingProblem('fsrsParameters', { ...fitted, w: [200, ...fitted.w.slice(1)] })).toBe(
      "w: has a parameter outside FSRS-6's range",
    )
  })

  it('checks the ranges ts-fsrs clips to', () => {
    expect(fsrsParameterRanges).toEqual(CLAMP_PARAMETERS(W17_W18_Ceiling, true))
    expect(fsrsParameterRanges).toHaveLength(fsrsParameterCount)
  })
})
