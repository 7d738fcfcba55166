/** Splitting a SQL script into statements, aware of quotes, comments and dollar quoting. */

export interface SqlStatement {
  text: string
  /** Offset of the statement's first character in the script. */
  offset: number
}

/** The statements of a script, without empty ones (only whitespace, comments or `;`). */
export function splitStatements(script: string): SqlStatement[] {
  const statements: SqlStatement[] = []
  let start = 0
  let i = 0
  const push = (end: number) => {
    const raw = script.slice(start, end)
    if (stripComments(raw).trim() !== '') {
      const lead = raw.length - raw.trimStart().length
      statements.push({ text: raw.trim(), offset: start + lead })
    }
  }
  while (i < script.length) {
    const c = script[i]
    const next = script[i + 1]
    if (c === '-' && next === '-') {
      const end = script.indexOf('\n', i)
      i = end === -1 ? script.length : end + 1
    } else if (c === '/' && next === '*') {
      let depth = 1
      i += 2
      while (i < script.length && depth > 0) {
        if (script[i] === '/' && script[i + 1] === '*') {
          depth++
          i += 2
        } else if (script[i] === '*' && script[i + 1] === '/') {
          depth--
          i += 2
        } else i++
      }
    } else if (c === "'" || c === '"') {
      i++
      while (i < script.length) {
        if (script[i] === c && script[i + 1] === c) i += 2
        else if (script[i] === c) {
          i++
          break
        } else i++
      }
    } else if (c === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(script.slice(i))
      if (tag) {
        const close = script.indexOf(tag[0], i + tag[0].length)
        i = close === -1 ? script.length : close + tag[0].length
      } else i++
    } else if (c === ';') {
      push(i)
      start = i + 1
      i++
    } else i++
  }
  push(script.length)
  return statements
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '')
}

/** The first keyword of a statement, upper-cased (`SELECT`, `WITH`, `COMMIT`…). */
export function leadingKeyword(statement: string): string {
  return (/^[\s(]*([A-Za-z]+)/.exec(stripComments(statement))?.[1] ?? '').toUpperCase()
}

const transactionControl = new Set(['BEGIN', 'START', 'COMMIT', 'END', 'ROLLBACK', 'ABORT', 'VACUUM'])

/** Whether a statement ends or starts a transaction by itself (so the run cannot be rolled back). */
export function isTransactionControl(statement: string): boolean {
  return transactionControl.has(leadingKeyword(statement))
}

/** Whether a statement returns rows that can be explained: a query, not DDL or DML. */
export function isQuery(statement: string): boolean {
  return ['SELECT', 'WITH', 'VALUES', 'TABLE'].includes(leadingKeyword(statement))
}

/** The 1-based line of a 0-based offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text[i] === '\n') line++
  return line
}
