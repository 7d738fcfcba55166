// @vitest-environment node
// Every exercise's reference solution passes through the real runner code
// (the sandbox's runtime; PGlite for SQL), and no starter already passes.
import { describe, expect, it } from 'vitest'
import { readBankFiles, readTagVocabulary } from '../../../build/read-bank-files'
import { verifyExercises } from '../../../build/verify-exercises'
import { validateBank } from '../../../src/domain/content/validate-bank'

const dir = process.env.BACKPREP_QUESTIONS_DIR ?? 'questions'

describe('the exercises of the bank', () => {
  it(
    'ship at least 12 code and 12 SQL exercises whose reference solutions pass',
    { timeout: 120_000 },
    async () => {
      const knownTags = readTagVocabulary(process.cwd(), dir)
      const bank = validateBank(readBankFiles(process.cwd(), dir), knownTags ? { knownTags } : {})
      if (!bank.ok) throw new Error(bank.errors.map((e) => `${e.path}:${e.line}: ${e.reason}`).join('\n'))
      const items = bank.items.filter((i) => i.exercise)
      const verdicts = await verifyExercises(items)
      expect(
        verdicts.filter((v) => v.problems.length > 0).map((v) => `${v.path}: ${v.problems.join('; ')}`),
      ).toEqual([])
      const count = (kind: string) => items.filter((i) => i.exercise?.kind === kind).length
      expect(count('code')).toBeGreaterThanOrEqual(12)
      expect(count('sql')).toBeGreaterThanOrEqual(12)
    },
  )
})
