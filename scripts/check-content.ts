/** `npm run content:check`: validates every file of questions/ and prints path:line: reason. */
import { ContentValidationError } from '../src/domain/content/content-error.ts'
import { loadBank } from '../build/bank-plugin.ts'

try {
  const bank = loadBank(process.cwd(), process.env.BACKPREP_QUESTIONS_DIR ?? 'questions')
  const types = new Map<string, number>()
  for (const s of bank.summaries) types.set(s.type, (types.get(s.type) ?? 0) + 1)
  const byType = [...types].map(([t, n]) => `${n} ${t}`).join(', ')
  console.log(`questions/: ${bank.summaries.length} items OK (${byType})`)
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
