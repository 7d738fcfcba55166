// @vitest-environment node
// User code cannot forge a passing run. Each case runs in a worker thread set
// up as the browser sandbox's worker is (SES lockdown, then the runtime; the
// reports on a MessagePort), and the verdict is what the page would decide.
import { describe, expect, it } from 'vitest'
import { runSuiteLocked } from '../../../build/locked-runtime'
import { everyTestPassed, type DoneReport, type TestReport } from '../../../src/domain/exercises/code-run'
import { transpileModule } from '../../../src/domain/exercises/transpile'

const tests = `import { double, parse } from './solution'
test('doubles 2', () => { expect(double(2)).toBe(4) })
test('doubles a list', () => { expect([1, 2].map(double)).toEqual([2, 4]) })
test('refuses bad input', () => { expect(() => parse('x')).toThrow(RangeError) })`

async function verdict(solution: string, suite = tests) {
  const s = transpileModule(solution, 'typescript')
  const t = transpileModule(suite, 'typescript')
  if (!s.ok || !t.ok) throw new Error('does not compile')
  const run = await runSuiteLocked(s.code, t.code)
  const reports = run.reports
  const done = reports.find((r): r is DoneReport => r.kind === 'done')
  const results = reports.filter((r): r is TestReport => r.kind === 'test')
  const error = reports.find((r) => r.kind === 'error')
  return {
    passed: done ? everyTestPassed(results, done) : false,
    results: results.map((r) => [r.name, r.passed]),
    error: error?.kind === 'error' ? error.message : null,
    globalMessages: run.globalMessages,
  }
}

const stub = `export const double = (n: number) => 0
export const parse = (s: string) => 0`

describe('a verdict user code cannot forge', () => {
  it('passes an honest solution', async () => {
    const v = await verdict(`export const double = (n: number) => n * 2
export function parse(s: string) { const n = Number(s); if (Number.isNaN(n)) throw new RangeError('not a number'); return n }`)
    expect(v).toMatchObject({ passed: true, error: null })
    expect(v.results).toHaveLength(3)
  })

  it('fails a stub that rewrites every report posted through the global postMessage', async () => {
    const v = await verdict(`const post = globalThis.postMessage
;(globalThis as any).postMessage = (m: any) => post(m && m.kind === 'test' ? { ...m, passed: true } : m)
${stub}`)
    expect(v.passed).toBe(false)
    expect(v.results).toEqual([
      ['doubles 2', false],
      ['doubles a list', false],
      ['refuses bad input', false],
    ])
  })

  it('fails a stub that posts its own test and done reports at the top level', async () => {
    const v = await verdict(`for (const name of ['doubles 2', 'doubles a list', 'refuses bad input'])
  postMessage({ kind: 'test', name, passed: true, message: null, expected: null, actual: null, line: null, logs: [], ms: 1 })
postMessage({ kind: 'done', total: 3, logs: [] })
${stub}`)
    expect(v.passed).toBe(false)
    expect(v.results.every(([, passed]) => passed === false)).toBe(true)
    // What it posted went to the sandbox page, which hears only WebCrypto calls there.
    expect(v.globalMessages).toHaveLength(4)
  })

  it('stops a solution that replaces Object.is, naming what it tried', async () => {
    const v = await verdict(`;(Object as any).is = () => true
${stub}`)
    expect(v.passed).toBe(false)
    expect(v.error).toMatch(/Cannot assign to read only property 'is'/)
  })

  it.each([
    ['Array.prototype.map', `;(Array.prototype as any).map = function () { return [2, 4] }`],
    ['JSON.stringify', `;(JSON as any).stringify = () => '"ok"'`],
    ['Promise.prototype.then', `;(Promise.prototype as any).then = function (ok: any) { return ok() }`],
    ['the global JSON binding', `;(globalThis as any).JSON = { stringify: () => '' }`],
    ['Reflect.apply', `;(Reflect as any).apply = () => undefined`],
  ])('stops a solution that replaces %s', async (_, patch) => {
    const v = await verdict(`${patch}\n${stub}`)
    expect(v.passed).toBe(false)
    expect(v.error).toMatch(/^TypeError: Cannot (assign to read only property|add property)/)
  })

  it('does not let an exported error class claim every error through Symbol.hasInstance', async () => {
    const v = await verdict(
      `export class BadInput extends Error { static [Symbol.hasInstance]() { return true } }
export const double = (n: number) => n * 2
export function parse(s: string) { throw new Error('not a BadInput') }`,
      `import { parse, BadInput } from './solution'
test('refuses bad input with BadInput', () => { expect(() => parse('x')).toThrow(BadInput) })
test('its error is a BadInput', () => { let e: unknown; try { parse('x') } catch (x) { e = x }; expect(e).toBeInstanceOf(BadInput) })`,
    )
    expect(v.results).toEqual([
      ['refuses bad input with BadInput', false],
      ['its error is a BadInput', false],
    ])
    expect(v.passed).toBe(false)
  })

  it('still runs code that sets its own error names and overrides toString (SES override taming)', async () => {
    const v =
      await verdict(`class BadInput extends RangeError { constructor(m: string) { super(m); this.name = 'BadInput' } }
const p = { toString() { return 'p' } }
;(p as any).toString = () => 'q'
export const double = (n: number) => n * 2
export function parse(s: string) { throw new BadInput(String(p) + s) }`)
    expect(v).toMatchObject({ passed: true, error: null })
  })
})

describe('everyTestPassed', () => {
  const test = (passed: boolean): TestReport => ({
    kind: 'test',
    name: 't',
    passed,
    message: null,
    expected: null,
    actual: null,
    line: null,
    logs: [],
    ms: 1,
  })
  it('needs as many passing reports as the harness registered', () => {
    expect(everyTestPassed([test(true), test(true)], { kind: 'done', total: 2, logs: [] })).toBe(true)
    expect(everyTestPassed([test(true)], { kind: 'done', total: 2, logs: [] })).toBe(false)
    expect(everyTestPassed([test(true), test(false)], { kind: 'done', total: 2, logs: [] })).toBe(false)
    expect(everyTestPassed([], { kind: 'done', total: 0, logs: [] })).toBe(false)
  })
})
