/**
 * Reads the structured sections of `code` and `sql` items: each is one fenced
 * block in a fixed language. Errors name the line of the section.
 */
import { isMap, LineCounter, parseDocument } from 'yaml'
import type {
  CodeExercise,
  CodeLanguage,
  Exercise,
  PlanRequirement,
  SqlCheck,
  SqlExercise,
} from './exercise.ts'

interface Part {
  markdown: string
  line: number
}

export interface ExerciseError {
  line: number
  reason: string
}

export type ExerciseParse = { ok: true; exercise: Exercise } | { ok: false; errors: ExerciseError[] }

const fenceLanguages: Record<string, CodeLanguage | 'sql' | 'yaml'> = {
  ts: 'typescript',
  typescript: 'typescript',
  js: 'javascript',
  javascript: 'javascript',
  sql: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
}

/** The single fenced block a section holds, and its language. */
function fencedBlock(
  title: string,
  part: Part,
  errors: ExerciseError[],
): { language: CodeLanguage | 'sql' | 'yaml'; code: string } | null {
  const m = /^(`{3,}|~{3,})([A-Za-z]*)[^\n]*\n([\s\S]*?)\n?\1\s*$/.exec(part.markdown)
  if (!m) {
    errors.push({ line: part.line, reason: `'## ${title}' must be exactly one fenced code block` })
    return null
  }
  const language = fenceLanguages[(m[2] ?? '').toLowerCase()]
  if (!language) {
    errors.push({
      line: part.line,
      reason: `'## ${title}' needs a language on its fence (ts, js, sql or yaml), found '${m[2] ?? ''}'`,
    })
    return null
  }
  return { language, code: m[3] ?? '' }
}

export function parseCodeExercise(sections: ReadonlyMap<string, Part>): ExerciseParse {
  const errors: ExerciseError[] = []
  const blocks = (['Starter', 'Tests', 'Solution'] as const).map((title) => {
    const part = sections.get(title)
    return part ? { title, part, block: fencedBlock(title, part, errors) } : null
  })
  if (errors.length > 0 || blocks.some((b) => b === null)) return { ok: false, errors }
  const [starter, tests, solution] = blocks as {
    title: string
    part: Part
    block: { language: string; code: string }
  }[]
  const language = starter!.block.language
  if (language !== 'typescript' && language !== 'javascript') {
    return {
      ok: false,
      errors: [{ line: starter!.part.line, reason: "'## Starter' of a code item is ```ts or ```js" }],
    }
  }
  for (const b of [tests!, solution!]) {
    if (b.block.language !== language) {
      errors.push({
        line: b.part.line,
        reason: `'## ${b.title}' is ${b.block.language} but the starter is ${language}: use one language`,
      })
    }
  }
  if (!/from\s+['"]\.\/solution['"]/.test(tests!.block.code)) {
    errors.push({ line: tests!.part.line, reason: "the tests must import the user's code from './solution'" })
  }
  if (!/\btest\(/.test(tests!.block.code)) {
    errors.push({ line: tests!.part.line, reason: "the tests declare at least one test('name', () => …)" })
  }
  if (errors.length > 0) return { ok: false, errors }
  const exercise: CodeExercise = {
    kind: 'code',
    language,
    starter: starter!.block.code,
    tests: tests!.block.code,
    solution: solution!.block.code,
  }
  return { ok: true, exercise }
}

const defaultSqlStarter = '-- Write your query here\n'

export function parseSqlExercise(sections: ReadonlyMap<string, Part>): ExerciseParse {
  const errors: ExerciseError[] = []
  const sqlOf = (title: string): string | null => {
    const part = sections.get(title)
    if (!part) return null
    const block = fencedBlock(title, part, errors)
    if (block && block.language !== 'sql') {
      errors.push({ line: part.line, reason: `'## ${title}' is a \`\`\`sql block` })
      return null
    }
    return block?.code ?? null
  }
  const schema = sqlOf('Schema')
  const starter = sections.has('Starter') ? sqlOf('Starter') : defaultSqlStarter
  const solution = sqlOf('Solution')
  const checkPart = sections.get('Check')
  const check = checkPart ? parseCheck(checkPart, errors) : null
  if (errors.length > 0 || schema === null || starter === null || solution === null || check === null) {
    return { ok: false, errors }
  }
  const exercise: SqlExercise = { kind: 'sql', language: 'sql', schema, starter, solution, check }
  return { ok: true, exercise }
}

const checkKeys = ['order', 'query', 'plan'] as const
const planKeys = ['uses-index-on', 'no-seq-scan-on'] as const

/** `## Check`: a ```yaml block with `order`, and optionally `query` and `plan`. */
function parseCheck(part: Part, errors: ExerciseError[]): SqlCheck | null {
  const block = fencedBlock('Check', part, errors)
  if (!block) return null
  if (block.language !== 'yaml') {
    errors.push({ line: part.line, reason: "'## Check' is a ```yaml block (order, query, plan)" })
    return null
  }
  const firstLine = part.line + 1
  const counter = new LineCounter()
  const doc = parseDocument(block.code, { lineCounter: counter })
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    const pos = doc.errors[0]?.pos[0]
    errors.push({
      line: pos === undefined ? firstLine : firstLine + counter.linePos(pos).line - 1,
      reason: `'## Check' is not a YAML mapping${doc.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ''}`,
    })
    return null
  }
  const value = doc.toJS() as Record<string, unknown>
  const before = errors.length
  for (const key of Object.keys(value)) {
    if (!(checkKeys as readonly string[]).includes(key)) {
      errors.push({ line: firstLine, reason: `unknown check '${key}' (expected: ${checkKeys.join(', ')})` })
    }
  }
  const order = value.order
  if (order !== 'any' && order !== 'exact') {
    errors.push({
      line: firstLine,
      reason: "check 'order' is 'any' or 'exact' (exact when the task asks for an order)",
    })
  }
  const query = value.query ?? null
  if (query !== null && (typeof query !== 'string' || query.trim() === '')) {
    errors.push({ line: firstLine, reason: "check 'query' is a SQL query run after the user's statements" })
  }
  let plan: PlanRequirement | null = null
  if (value.plan !== undefined) {
    const p = value.plan
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      errors.push({ line: firstLine, reason: `check 'plan' is a mapping of ${planKeys.join(', ')}` })
    } else {
      const entries = p as Record<string, unknown>
      for (const key of Object.keys(entries)) {
        if (!(planKeys as readonly string[]).includes(key)) {
          errors.push({
            line: firstLine,
            reason: `unknown plan check '${key}' (expected: ${planKeys.join(', ')})`,
          })
        }
      }
      const relation = (key: string): string | null => {
        const v = entries[key]
        if (v === undefined) return null
        if (typeof v !== 'string' || !/^[a-z_][a-z0-9_]*$/.test(v)) {
          errors.push({ line: firstLine, reason: `plan check '${key}' names a table, e.g. orders` })
          return null
        }
        return v
      }
      plan = { usesIndexOn: relation('uses-index-on'), noSeqScanOn: relation('no-seq-scan-on') }
      if (!plan.usesIndexOn && !plan.noSeqScanOn) plan = null
    }
  }
  if (errors.length > before) return null
  return { order: order as SqlCheck['order'], query: typeof query === 'string' ? query.trim() : null, plan }
}
