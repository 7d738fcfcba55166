/**
 * `npm run content:check [-- path …]`: validates every file of questions/ and
 * prints path:line: reason. With paths (files or folders under questions/),
 * only those files are checked: handy while editing one topic.
 */
import { resolve } from 'node:path'
import { ContentValidationError, formatContentError } from '../src/domain/content/content-error.ts'
import { validateBank } from '../src/domain/content/validate-bank.ts'
import { loadBank } from '../build/bank-plugin.ts'
import { readBankFiles, readTagVocabulary } from '../build/read-bank-files.ts'

const root = process.cwd()
const dir = process.env.BACKPREP_QUESTIONS_DIR ?? 'questions'
const only = process.argv.slice(2).map((p) =>
  resolve(root, p)
    .slice(root.length + 1)
    .replace(/\\/g, '/'),
)

try {
  if (only.length > 0) {
    const files = readBankFiles(root, dir).filter((f) =>
      only.some((p) => f.path === p || f.path.startsWith(p + '/')),
    )
    const knownTags = readTagVocabulary(root, dir)
    const result = validateBank(files, knownTags ? { knownTags } : {})
    if (!result.ok) {
      for (const e of result.errors) console.error(formatContentError(e))
      process.exit(1)
    }
    console.log(`${only.join(', ')}: ${result.items.length} items OK`)
  } else {
    const bank = loadBank(root, dir)
    const types = new Map<string, number>()
    for (const s of bank.summaries) types.set(s.type, (types.get(s.type) ?? 0) + 1)
    const byType = [...types].map(([t, n]) => `${n} ${t}`).join(', ')
    console.log(`questions/: ${bank.summaries.length} items OK (${byType})`)
  }
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
