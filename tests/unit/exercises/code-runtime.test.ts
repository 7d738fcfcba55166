// @vitest-environment node
// The sandbox's test runtime, run in Node exactly as the worker runs it:
// transpiled by the same code, evaluated by the same runSuite.
import { describe, expect, it } from 'vitest'
import type { RuntimeReport, TestReport } from '../../../src/domain/exercises/code-run'
import { transpileModule } from '../../../src/domain/exercises/transpile'
import { runSuite } from '../../../src/workers/code-runtime'

async function run(solution: string, tests: string): Promise<RuntimeReport[]> {
  const s = transpileModule(solution, 'typescript')
  const t = transpileModule(tests, 'typescript')
  if (!s.ok || !t.ok) throw new Error('does not compile')
  const reports: RuntimeReport[] = []
  await runSuite(s.code, t.code, (r) => reports.push(r))
  return reports
}

const testsOf = (reports: RuntimeReport[]) => reports.filter((r): r is TestReport => r.kind === 'test')

const adder = `export function add(a: number, b: number): number {
  return a + b
}`

describe('the exercise test runtime', () => {
  it('passes tests that hold and reports each by name', async () => {
    const reports = await run(
      adder,
      `import { add } from './solution'
test('adds two numbers', () => { expect(add(2, 3)).toBe(5) })
test('is commutative', () => { expect(add(3, 2)).toEqual(add(2, 3)) })`,
    )
    expect(testsOf(reports).map((t) => [t.name, t.passed])).toEqual([
      ['adds two numbers', true],
      ['is commutative', true],
    ])
    expect(reports.at(-1)).toEqual({ kind: 'done', total: 2, logs: [] })
  })

  it('fails a wrong answer with expected and actual values', async () => {
    const reports = await run(
      adder,
      `import { add } from './solution'
test('adds', () => { expect({ sum: add(2, 2), parts: [2, 2] }).toEqual({ sum: 5, parts: [2, 2] }) })`,
    )
    const [t] = testsOf(reports)
    expect(t?.passed).toBe(false)
    expect(t?.expected).toBe('{sum: 5, parts: [2, 2]}')
    expect(t?.actual).toBe('{sum: 4, parts: [2, 2]}')
  })

  it('points a runtime error at the line of the user’s code', async () => {
    const reports = await run(
      `export function parse(input: string): number {
  const data = JSON.parse(input)
  return data.value.length
}`,
      `import { parse } from './solution'
test('reads the value', () => { expect(parse('{}')).toBe(0) })`,
    )
    const [t] = testsOf(reports)
    expect(t?.passed).toBe(false)
    expect(t?.message).toMatch(/^TypeError: Cannot read properties of undefined/)
    expect(t?.line).toBe(3)
  })

  it('reports a syntax error with its line and column before running anything', () => {
    const result = transpileModule('export function f(): number {\n  return 1 +\n}\n', 'typescript')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(/^SyntaxError: /)
      expect(result.line).toBe(3)
    }
  })

  it('reports an error thrown while loading the code, with its line', async () => {
    const reports = await run(
      `const limit: number = 3\nthrow new Error('boom at load')\nexport const x = limit`,
      `import { x } from './solution'\ntest('x', () => { expect(x).toBe(3) })`,
    )
    expect(reports).toEqual([{ kind: 'error', phase: 'solution', message: 'Error: boom at load', line: 2 }])
  })

  it('captures console output per test and at the top level', async () => {
    const reports = await run(
      `console.log('loading')\nexport function f(n: number) { console.log('f called with', n, { n }); return n }`,
      `import { f } from './solution'\ntest('logs', () => { expect(f(2)).toBe(2) })`,
    )
    expect(testsOf(reports)[0]?.logs).toEqual(['f called with 2 {n: 2}'])
    expect(reports.at(-1)).toEqual({ kind: 'done', total: 1, logs: ['loading'] })
  })

  it('awaits async tests and their rejections', async () => {
    const reports = await run(
      `export async function fetchUser(id: number) {
  if (id < 0) throw new RangeError('negative id')
  return { id }
}`,
      `import { fetchUser } from './solution'
test('resolves', async () => { await expect(fetchUser(1)).resolves.toEqual({ id: 1 }) })
test('rejects', async () => { await expect(fetchUser(-1)).rejects.toThrow(RangeError) })
test('wrong expectation', async () => { expect(await fetchUser(2)).toEqual({ id: 3 }) })`,
    )
    expect(testsOf(reports).map((t) => t.passed)).toEqual([true, true, false])
  })

  it('offers the common matchers, negation included', async () => {
    const reports = await run(
      adder,
      `import { add } from './solution'
test('matchers', () => {
  expect(add(0.1, 0.2)).toBeCloseTo(0.3, 5)
  expect([1, 2, 3]).toContain(2)
  expect('hello').toMatch(/ell/)
  expect([1, 2]).toHaveLength(2)
  expect(add(1, 1)).not.toBe(3)
  expect(() => { throw new TypeError('bad') }).toThrow('bad')
  expect(new Map([[1, 'a']])).toEqual(new Map([[1, 'a']]))
  expect(null).toBeNull()
  expect(add(2, 2)).toBeGreaterThan(3)
})`,
    )
    expect(testsOf(reports)[0]?.passed).toBe(true)
  })

  it('refuses imports other than ./solution', async () => {
    const reports = await run(
      `import fs from 'fs'\nexport const x = fs`,
      `import { x } from './solution'\ntest('x', () => { expect(x).toBeDefined() })`,
    )
    expect(reports[0]).toMatchObject({
      kind: 'error',
      phase: 'solution',
      message: "Error: Cannot import 'fs': exercises run without packages",
    })
  })
})
