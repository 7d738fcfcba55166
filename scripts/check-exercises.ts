/**
 * `npm run exercises:check [id …]`: runs every exercise's reference solution
 * through the real runner (sandbox runtime; PGlite for SQL) and reports any
 * exercise whose solution fails or whose starter already passes.
 */
import { readBankFiles, readTagVocabulary } from '../build/read-bank-files.ts'
import { verifyExercises } from '../build/verify-exercises.ts'
import { validateBank } from '../src/domain/content/validate-bank.ts'

const dir = process.env.BACKPREP_QUESTIONS_DIR ?? 'questions'
const knownTags = readTagVocabulary(process.cwd(), dir)
// Only the exercise files: a card being edited elsewhere in the bank does not stop this check.
const files = readBankFiles(process.cwd(), dir).filter((f) => /^type: (code|sql)\s*$/m.test(f.source))
const bank = validateBank(files, knownTags ? { knownTags } : {})
if (!bank.ok) {
  for (const e of bank.errors) console.error(`${e.path}:${e.line}: ${e.reason}`)
  process.exit(1)
}
const only = new Set(process.argv.slice(2))
const items = bank.items.filter((i) => i.exercise && (only.size === 0 || only.has(i.frontMatter.id)))
const verdicts = await verifyExercises(items)
let failed = 0
for (const v of verdicts) {
  if (v.problems.length === 0) console.log(`ok   ${v.id} (${v.ms} ms)`)
  else {
    failed++
    for (const p of v.problems) console.error(`FAIL ${v.path}: ${p}`)
  }
}
console.log(`${verdicts.length - failed} of ${verdicts.length} exercises pass`)
process.exit(failed > 0 ? 1 : 0)
