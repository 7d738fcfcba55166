/** Query results as the exercise screen shows and compares them: columns and rows of display strings. */

export interface ResultTable {
  columns: string[]
  /** Cells as text; SQL NULL is `null`. */
  rows: (string | null)[][]
}

export interface ResultComparison {
  ok: boolean
  /** What differs, in words, when it does not match. */
  message: string
}

// PostgreSQL type oids of numbers.
const numericTypes = new Set([20, 21, 23, 26, 700, 701, 1700])

/** A cell as text: numbers in a canonical form, dates in ISO 8601, JSON compact with sorted keys. */
export function cellText(value: unknown, dataTypeID: number): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid date' : value.toISOString()
  if (typeof value === 'bigint') return value.toString()
  if (numericTypes.has(dataTypeID) && (typeof value === 'number' || typeof value === 'string')) {
    const n = Number(value)
    if (!Number.isFinite(n)) return String(value)
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6)
  }
  if (value instanceof Uint8Array) {
    return `\\x${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}`
  }
  if (typeof value === 'object') return stableJson(value)
  return String(value)
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const rowKey = (row: (string | null)[]) => JSON.stringify(row)

function showRow(row: (string | null)[]): string {
  return `(${row.map((c) => (c === null ? 'NULL' : c)).join(', ')})`
}

/**
 * Compares the user's result with the expected one. Column names are not
 * compared (aliases are the user's choice); their number and the values are.
 */
export function compareResults(
  expected: ResultTable,
  actual: ResultTable,
  order: 'any' | 'exact',
): ResultComparison {
  if (actual.columns.length !== expected.columns.length) {
    return {
      ok: false,
      message: `Expected ${expected.columns.length} column${expected.columns.length === 1 ? '' : 's'} (${expected.columns.join(', ')}), got ${actual.columns.length} (${actual.columns.join(', ')}).`,
    }
  }
  if (actual.rows.length !== expected.rows.length) {
    return {
      ok: false,
      message: `Expected ${expected.rows.length} row${expected.rows.length === 1 ? '' : 's'}, got ${actual.rows.length}.`,
    }
  }
  if (order === 'exact') {
    const i = expected.rows.findIndex((row, n) => rowKey(row) !== rowKey(actual.rows[n] ?? []))
    if (i === -1) return { ok: true, message: 'The rows match, in order.' }
    const sameSet = sameMultiset(expected.rows, actual.rows)
    return {
      ok: false,
      message: sameSet
        ? `The rows are right but not in the order the task asks for: row ${i + 1} should be ${showRow(expected.rows[i] ?? [])}, got ${showRow(actual.rows[i] ?? [])}.`
        : `Row ${i + 1} differs: expected ${showRow(expected.rows[i] ?? [])}, got ${showRow(actual.rows[i] ?? [])}.`,
    }
  }
  if (sameMultiset(expected.rows, actual.rows)) return { ok: true, message: 'The rows match.' }
  const counts = new Map<string, number>()
  for (const row of expected.rows) counts.set(rowKey(row), (counts.get(rowKey(row)) ?? 0) + 1)
  const extra = actual.rows.find((row) => {
    const n = counts.get(rowKey(row)) ?? 0
    counts.set(rowKey(row), n - 1)
    return n <= 0
  })
  const missing = expected.rows.find((row) => (counts.get(rowKey(row)) ?? 0) > 0)
  const parts = [
    missing ? `missing ${showRow(missing)}` : null,
    extra ? `unexpected ${showRow(extra)}` : null,
  ].filter((p) => p !== null)
  return { ok: false, message: `The rows differ: ${parts.join('; ')}.` }
}

function sameMultiset(a: (string | null)[][], b: (string | null)[][]): boolean {
  const x = a.map(rowKey).sort()
  const y = b.map(rowKey).sort()
  return x.every((k, i) => k === y[i])
}
