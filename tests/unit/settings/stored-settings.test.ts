// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import {
  readExtraNew,
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
