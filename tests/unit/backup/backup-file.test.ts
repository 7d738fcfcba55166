// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  backupTables,
  readBackup,
  serializeBackup,
  type BackupFile,
} from '../../../src/domain/backup/backup-file'
import { backupReminderDue } from '../../../src/domain/backup/reminder'
import { defaultFsrsParameters } from '../../../src/domain/scheduling/fsrs-training'

const t0 = Date.UTC(2026, 10, 21, 12)
const day = 86_400_000

function backup(tables: Partial<BackupFile['tables']> = {}): BackupFile {
  const empty = Object.fromEntries(backupTables.map((t) => [t, []])) as unknown as BackupFile['tables']
  return {
    format: 'backprep-backup',
    version: 1,
    exportedAt: t0,
    schemaVersion: 5,
    tables: { ...empty, ...tables },
  }
}

const card = {
  id: 'caching-ttl-jitter',
  deckId: 'topic:caching',
  topic: 'caching',
  source: 'bank',
  position: 3,
  createdAt: t0,
  due: t0 + day,
  stability: 2.3,
  difficulty: 5.1,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: t0,
  suspended: false,
  buriedUntil: 0,
  flagged: false,
  leech: false,
}

const error = (text: string) => {
  const r = readBackup(text)
  if (r.ok) throw new Error('expected the file to be refused')
  return r.error
}

describe('reading a backup file', () => {
  it('reads what it wrote, with a summary of what it holds', () => {
    const log = {
      id: 1,
      cardId: card.id,
      rating: 3,
      state: 0,
      due: t0,
      stability: 2,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      review: t0 - day,
      day: 1,
      lastIntervalDays: 0,
    }
    const r = readBackup(
      serializeBackup(backup({ cards: [card], reviewLogs: [log, { ...log, id: 2, review: t0 }] })),
    )
    if (!r.ok) throw new Error(r.error)
    expect(r.backup.tables.cards).toEqual([card])
    expect(r.summary.counts.find((c) => c.table === 'cards')?.rows).toBe(1)
    expect(r.summary.counts.find((c) => c.table === 'reviewLogs')?.rows).toBe(2)
    expect(r.summary.reviewSpan).toEqual({ from: t0 - day, to: t0 })
  })

  it('keeps fields it does not know (a later app may add some)', () => {
    const r = readBackup(serializeBackup(backup({ cards: [{ ...card, futureField: 7 }] })))
    expect(r.ok && r.backup.tables.cards[0]?.futureField).toBe(7)
  })

  it('refuses a truncated file', () => {
    const text = serializeBackup(backup({ cards: [card] }))
    expect(error(text.slice(0, text.length / 2))).toMatch(/truncated/)
  })

  it('refuses a file that is not JSON, or empty', () => {
    expect(error('id,front,back\n1,a,b')).toMatch(/not JSON/)
    expect(error('')).toBe('The file is empty.')
  })

  it('refuses JSON that is not a backup', () => {
    expect(error('[1, 2]')).toMatch(/not an object/)
    expect(error('{"format": "backprep-diagram", "version": 1}')).toMatch(/its format is 'backprep-diagram'/)
    expect(error('{"nodes": []}')).toMatch(/no "format"/)
  })

  it('refuses a newer or an unknown version, saying which', () => {
    expect(error(JSON.stringify({ ...backup(), version: 3 }))).toMatch(
      /newer Backprep \(backup version 3\).*up to version 1/,
    )
    expect(error(JSON.stringify({ ...backup(), version: 'one' }))).toMatch(/unknown version \('one'\)/)
    expect(error(JSON.stringify({ ...backup(), version: 0 }))).toMatch(/unknown version \(0\)/)
  })

  it('refuses a wrong shape, naming the row and the field', () => {
    expect(error(serializeBackup(backup({ cards: [card, { ...card, id: 'x', due: 'tomorrow' }] })))).toBe(
      "cards[1].due: must be a number, not 'tomorrow'.",
    )
    expect(error(serializeBackup(backup({ cards: [{ ...card, state: 7 }] })))).toMatch(/^cards\[0\]\.state: /)
    expect(error(JSON.stringify({ ...backup(), tables: { ...backup().tables, notes: {} } }))).toBe(
      'tables.notes: must be a list, not an object.',
    )
    expect(error(JSON.stringify({ ...backup(), tables: undefined }))).toMatch(/holds no data/)
    expect(error(JSON.stringify({ ...backup(), tables: { ...backup().tables, secrets: [] } }))).toMatch(
      /tables\.secrets: not a table Backprep knows/,
    )
  })

  it('refuses a setting whose value breaks its schema, naming the key and the reason', () => {
    const doctored = backup({
      settings: [
        { key: 'lastBackupAt', value: t0 },
        {
          key: 'scheduling',
          value: { learningSteps: '1m 10m', newPerDay: 'lots', desiredRetention: 'high' },
        },
      ],
    })
    expect(error(serializeBackup(doctored))).toMatch(
      /^settings\[1\] \('scheduling'\): (learningSteps: must be a list, not '1m 10m'|newPerDay: must be a whole number, not 'lots'|desiredRetention: must be a number, not 'high')\.$/,
    )
    expect(
      error(serializeBackup(backup({ settings: [{ key: 'scheduling', value: { rolloverHour: 30 } }] }))),
    ).toBe("settings[0] ('scheduling'): rolloverHour: must be at most 23.")
    expect(error(serializeBackup(backup({ settings: [{ key: 'theme-of-2030', value: 1 }] })))).toBe(
      "settings[0] ('theme-of-2030'): not a setting this version of Backprep knows.",
    )
    // A valid older scheduling value without every field is fine: missing fields take their defaults.
    expect(
      readBackup(serializeBackup(backup({ settings: [{ key: 'scheduling', value: { newPerDay: 30 } }] }))).ok,
    ).toBe(true)
  })

  it('carries fitted FSRS parameters, and refuses doctored ones naming the key', () => {
    const fitted = {
      w: [...defaultFsrsParameters],
      fittedAt: t0,
      reviews: 800,
      logLoss: { default: 0.35, fitted: 0.33 },
      rmse: { default: 0.05, fitted: 0.04 },
    }
    const read = readBackup(serializeBackup(backup({ settings: [{ key: 'fsrsParameters', value: fitted }] })))
    expect(read.ok && read.backup.tables.settings).toEqual([{ key: 'fsrsParameters', value: fitted }])
    expect(
      error(
        serializeBackup(
          backup({ settings: [{ key: 'fsrsParameters', value: { ...fitted, w: [1, 2, 3] } }] }),
        ),
      ),
    ).toBe("settings[0] ('fsrsParameters'): w: must be a list of 21 numbers (FSRS-6).")
  })

  it('refuses two rows with the same key', () => {
    expect(error(serializeBackup(backup({ cards: [card, card] })))).toBe(
      'cards[1]: the same key as cards[0] (caching-ttl-jitter).',
    )
  })

  it('refuses an absurdly large file before parsing it', () => {
    const huge = `{"format":"backprep-backup","pad":"${'x'.repeat(200_000_001)}"}`
    expect(error(huge)).toMatch(/too large \(200.01 MB\); a backup is at most 200 MB/)
  })
})

describe('the backup reminder', () => {
  const status = { lastBackupAt: null, dismissedAt: null, firstUseAt: t0 }
  it('waits a week after the first use or the last backup', () => {
    expect(backupReminderDue({ ...status, firstUseAt: null }, t0 + 30 * day)).toBe(false)
    expect(backupReminderDue(status, t0 + 6 * day)).toBe(false)
    expect(backupReminderDue(status, t0 + 7 * day)).toBe(true)
    expect(backupReminderDue({ ...status, lastBackupAt: t0 + 5 * day }, t0 + 8 * day)).toBe(false)
  })
  it('stays quiet for a week once dismissed', () => {
    expect(backupReminderDue({ ...status, dismissedAt: t0 + 8 * day }, t0 + 10 * day)).toBe(false)
    expect(backupReminderDue({ ...status, dismissedAt: t0 + 8 * day }, t0 + 15 * day)).toBe(true)
  })
})
