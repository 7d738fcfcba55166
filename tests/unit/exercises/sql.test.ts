import { describe, expect, it } from 'vitest'
import { parseItemSource } from '../../../src/domain/content/parse-item-source'
import { checkPlan } from '../../../src/domain/exercises/sql-plan'
import { cellText, compareResults } from '../../../src/domain/exercises/sql-result'
import {
  isQuery,
  isTransactionControl,
  lineAt,
  splitStatements,
} from '../../../src/domain/exercises/sql-script'

describe('splitting a SQL script', () => {
  it('splits on semicolons outside strings, comments and dollar quotes', () => {
    const script = `-- first\nSELECT 'a;b' AS x;\n/* ; */ INSERT INTO t VALUES ($$;$$);\nDO $body$ BEGIN; END $body$;\n  ;\nSELECT "we;ird" FROM t`
    expect(splitStatements(script).map((s) => s.text)).toEqual([
      "-- first\nSELECT 'a;b' AS x",
      '/* ; */ INSERT INTO t VALUES ($$;$$)',
      'DO $body$ BEGIN; END $body$',
      'SELECT "we;ird" FROM t',
    ])
  })

  it('knows queries from transaction control', () => {
    expect(isQuery('  -- c\n WITH x AS (SELECT 1) SELECT * FROM x')).toBe(true)
    expect(isQuery('(SELECT 1) UNION (SELECT 2)')).toBe(true)
    expect(isQuery('UPDATE t SET a = 1')).toBe(false)
    expect(isTransactionControl('commit')).toBe(true)
    expect(isTransactionControl('SELECT 1')).toBe(false)
  })

  it('finds the line of an offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1)
    expect(lineAt('a\nb\nc', 4)).toBe(3)
  })
})

describe('comparing results', () => {
  const table = (rows: (string | null)[][], columns = ['a', 'b']) => ({ columns, rows })

  it('ignores column names and, for order "any", row order', () => {
    const r = compareResults(
      table([
        ['1', 'x'],
        ['2', null],
      ]),
      table(
        [
          ['2', null],
          ['1', 'x'],
        ],
        ['p', 'q'],
      ),
      'any',
    )
    expect(r.ok).toBe(true)
  })

  it('names a wrong order when the rows are right but the task asks for an order', () => {
    const r = compareResults(
      table([
        ['1', 'x'],
        ['2', 'y'],
      ]),
      table([
        ['2', 'y'],
        ['1', 'x'],
      ]),
      'exact',
    )
    expect(r).toEqual({
      ok: false,
      message:
        'The rows are right but not in the order the task asks for: row 1 should be (1, x), got (2, y).',
    })
  })

  it('says which rows are missing or unexpected, and counts columns and rows', () => {
    expect(compareResults(table([['1', 'x']]), table([['1', 'y']]), 'any').message).toBe(
      'The rows differ: missing (1, x); unexpected (1, y).',
    )
    expect(compareResults(table([['1', 'x']]), table([['1']], ['a']), 'any').message).toBe(
      'Expected 2 columns (a, b), got 1 (a).',
    )
    expect(compareResults(table([['1', 'x']]), table([]), 'any').message).toBe('Expected 1 row, got 0.')
  })

  it('compares duplicates as a multiset', () => {
    expect(
      compareResults(
        table([
          ['1', 'x'],
          ['1', 'x'],
        ]),
        table([['1', 'x']]),
        'any',
      ).ok,
    ).toBe(false)
    expect(
      compareResults(
        table([
          ['1', 'x'],
          ['2', 'y'],
        ]),
        table([
          ['1', 'x'],
          ['1', 'x'],
        ]),
        'any',
      ).ok,
    ).toBe(false)
  })

  it('shows numbers, dates and JSON canonically', () => {
    expect(cellText('12.50', 1700)).toBe('12.5')
    expect(cellText(3, 20)).toBe('3')
    expect(cellText(new Date('2026-01-02T03:04:05Z'), 1184)).toBe('2026-01-02T03:04:05.000Z')
    expect(cellText({ b: 1, a: [true] }, 3802)).toBe('{"a":[true],"b":1}')
    expect(cellText(null, 25)).toBeNull()
    expect(cellText('007', 25)).toBe('007')
  })
})

describe('plan requirements', () => {
  const plan = (root: object) => [{ Plan: root }]
  it('accepts an index scan, index-only scan or bitmap heap scan on the table', () => {
    const bitmap = plan({
      'Node Type': 'Limit',
      Plans: [
        {
          'Node Type': 'Bitmap Heap Scan',
          'Relation Name': 'orders',
          Plans: [{ 'Node Type': 'Bitmap Index Scan', 'Index Name': 'orders_customer_idx' }],
        },
      ],
    })
    expect(checkPlan(bitmap, { usesIndexOn: 'orders', noSeqScanOn: null })).toEqual({
      ok: true,
      message: 'The plan reads orders with Bitmap Heap Scan on orders_customer_idx.',
    })
    const index = plan({ 'Node Type': 'Index Scan', 'Relation Name': 'orders', 'Index Name': 'orders_pkey' })
    expect(checkPlan(index, { usesIndexOn: 'orders', noSeqScanOn: 'orders' }).ok).toBe(true)
  })

  it('refuses a sequential scan, naming what the plan does', () => {
    const seq = plan({ 'Node Type': 'Sort', Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'orders' }] })
    expect(checkPlan(seq, { usesIndexOn: 'orders', noSeqScanOn: null })).toEqual({
      ok: false,
      message: 'The plan does not read orders through an index (it uses Seq Scan).',
    })
    expect(checkPlan(seq, { usesIndexOn: null, noSeqScanOn: 'orders' }).ok).toBe(false)
    expect(checkPlan('nonsense', { usesIndexOn: 'orders', noSeqScanOn: null }).ok).toBe(false)
  })
})

describe('exercise content files', () => {
  const sqlFile = (check: string, extra = '') => `---
id: sql-x
type: sql
topic: databases
difficulty: mid
---
Count the rows.

## Schema

\`\`\`sql
CREATE TABLE t (a int);
\`\`\`
${extra}
## Check

${check}

## Solution

\`\`\`sql
SELECT count(*) FROM t;
\`\`\`
`
  it('reads a SQL exercise with its check', () => {
    const r = parseItemSource(
      'questions/databases/sql-x.md',
      sqlFile('```yaml\norder: any\nplan:\n  uses-index-on: t\n```'),
    )
    expect(r.ok && r.item.exercise).toEqual({
      kind: 'sql',
      language: 'sql',
      schema: 'CREATE TABLE t (a int);',
      starter: '-- Write your query here\n',
      solution: 'SELECT count(*) FROM t;',
      check: { order: 'any', query: null, plan: { usesIndexOn: 't', noSeqScanOn: null } },
    })
  })

  it('refuses a bad check with its line and reason', () => {
    const r = parseItemSource(
      'questions/databases/sql-x.md',
      sqlFile('```yaml\norder: sorted\nlimit: 3\n```'),
    )
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors.map((e) => e.reason)).toEqual([
        "unknown check 'limit' (expected: order, query, plan)",
        "check 'order' is 'any' or 'exact' (exact when the task asks for an order)",
      ])
      expect(r.errors[0]?.line).toBe(18)
    }
  })

  it('refuses a code exercise whose sections are not single fenced blocks in one language', () => {
    const source = `---
id: code-x
type: code
topic: apis
difficulty: mid
---
Write f.

## Starter

\`\`\`ts
export function f() {}
\`\`\`

## Tests

\`\`\`js
import { f } from './solution'
test('f', () => expect(f()).toBeUndefined())
\`\`\`

## Solution

Just return.
`
    const r = parseItemSource('questions/apis/code-x.md', source)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors).toEqual([
        {
          path: 'questions/apis/code-x.md',
          line: 24,
          reason: "'## Solution' must be exactly one fenced code block",
        },
      ])
    }
  })
})
