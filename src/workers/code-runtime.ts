/**
 * The test runtime that runs inside the sandbox worker: it evaluates the
 * user's transpiled code as `./solution`, then the hidden tests against it,
 * and reports each test as it finishes.
 *
 * User code must not be able to forge the verdict. In the worker, before any
 * user code runs, SES's `lockdown()` freezes every JavaScript intrinsic
 * (`Object.is`, `Array.prototype`, `JSON`, `Promise` …), the global bindings
 * of the standard built-ins are made read-only, and the reports go out
 * through a MessagePort held in this closure, not the global `postMessage`.
 * Instance checks walk the prototype chain, so a class's own
 * `Symbol.hasInstance` cannot claim every error.
 *
 * This file must not import anything but types: the build turns it into one classic
 * script (see build/classic-script-plugin.ts) that the sandboxed iframe
 * starts as a blob worker, after SES. Node tests import `runSuite` directly.
 */
import type { RuntimeReport } from '../domain/exercises/code-run.ts'

export const solutionFile = 'solution.js'
const testsFile = 'tests.js'
const maxLogLines = 100
const maxLogLength = 2000

class AssertionError extends Error {
  constructor(
    message: string,
    readonly expected: string | null,
    readonly actual: string | null,
  ) {
    super(message)
    this.name = 'AssertionError'
  }
}

/** A readable, bounded rendering of any value, for expected/actual and console output. */
export function formatValue(value: unknown, depth = 0, seen: unknown[] = []): string {
  if (typeof value === 'string') return depth === 0 ? JSON.stringify(value) : JSON.stringify(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'function') return `[Function ${value.name || 'anonymous'}]`
  if (typeof value === 'symbol') return value.toString()
  if (value === null || typeof value !== 'object') return String(value)
  if (seen.includes(value)) return '[Circular]'
  if (depth > 4) return Array.isArray(value) ? '[…]' : '{…}'
  const next = [...seen, value]
  const inner = (v: unknown) => formatValue(v, depth + 1, next)
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`
  if (value instanceof Error) return `${value.name}: ${value.message}`
  if (value instanceof RegExp) return String(value)
  if (Array.isArray(value)) {
    const items = value.slice(0, 50).map(inner)
    if (value.length > 50) items.push(`… ${value.length - 50} more`)
    return `[${items.join(', ')}]`
  }
  if (value instanceof Map) {
    return `Map(${value.size}) {${[...value.entries()]
      .slice(0, 50)
      .map(([k, v]) => `${inner(k)} => ${inner(v)}`)
      .join(', ')}}`
  }
  if (value instanceof Set) return `Set(${value.size}) {${[...value].slice(0, 50).map(inner).join(', ')}}`
  if (ArrayBuffer.isView(value)) {
    return `${value.constructor.name}(${(value as unknown as ArrayLike<number>).length}) [${Array.from(
      value as unknown as ArrayLike<number>,
    )
      .slice(0, 32)
      .join(', ')}]`
  }
  if (value instanceof Promise) return 'Promise {…}'
  const entries = Object.keys(value)
    .slice(0, 50)
    .map(
      (k) =>
        `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${inner((value as Record<string, unknown>)[k])}`,
    )
  const name = Object.getPrototypeOf(value)?.constructor?.name
  const prefix = name && name !== 'Object' ? `${name} ` : ''
  return `${prefix}{${entries.join(', ')}}`
}

/** Deep equality as `toEqual` means it: same shape and values, any prototype of plain data. */
export function deepEqual(a: unknown, b: unknown, seen: [unknown, unknown][] = []): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (seen.some(([x, y]) => x === a && y === b)) return true
  const pairs: [unknown, unknown][] = [...seen, [a, b]]
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false
    for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k), pairs)) return false
    return true
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false
    for (const v of a) if (!b.has(v)) return false
    return true
  }
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<number>
    const y = b as unknown as ArrayLike<number>
    if (x.length !== y.length) return false
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
    return true
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  if (ka.length !== kb.length) return false
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], pairs),
  )
}

/** The line of `file` an error's stack points at, if any (V8 and Firefox formats). */
export function lineIn(error: unknown, file: string): number | null {
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  const escaped = file.replace('.', '\\.')
  const m = new RegExp(`${escaped}:(\\d+)(?::\\d+)?`).exec(stack)
  return m?.[1] ? Number(m[1]) : null
}

/** `value instanceof ctor` as the language defines it for plain classes, ignoring any `Symbol.hasInstance`. */
export function isInstance(value: unknown, ctor: unknown): boolean {
  if (typeof ctor !== 'function') return false
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  for (let p = Object.getPrototypeOf(value) as unknown; p !== null; p = Object.getPrototypeOf(p) as unknown) {
    if (p === prototype) return true
  }
  return false
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return `Thrown: ${formatValue(error)}`
}

type Matchers = Record<string, (...args: unknown[]) => unknown>

function createExpect() {
  const check = (
    pass: boolean,
    negated: boolean,
    message: string,
    expected: unknown,
    actual: unknown,
    show = true,
  ) => {
    if (pass === negated) {
      throw new AssertionError(
        negated ? message.replace('to ', 'not to ') : message,
        show ? (negated ? `not ${formatValue(expected)}` : formatValue(expected)) : null,
        show ? formatValue(actual) : null,
      )
    }
  }

  const matchersFor = (actual: unknown, negated: boolean): Matchers => ({
    toBe: (expected) =>
      check(Object.is(actual, expected), negated, 'expected values to be identical (===)', expected, actual),
    toEqual: (expected) =>
      check(deepEqual(actual, expected), negated, 'expected values to be deeply equal', expected, actual),
    toStrictEqual: (expected) =>
      check(deepEqual(actual, expected), negated, 'expected values to be deeply equal', expected, actual),
    toBeTruthy: () => check(Boolean(actual), negated, 'expected a truthy value', 'truthy', actual),
    toBeFalsy: () => check(!actual, negated, 'expected a falsy value', 'falsy', actual),
    toBeNull: () => check(actual === null, negated, 'expected null', null, actual),
    toBeUndefined: () => check(actual === undefined, negated, 'expected undefined', undefined, actual),
    toBeDefined: () => check(actual !== undefined, negated, 'expected a defined value', 'defined', actual),
    toBeGreaterThan: (n) =>
      check(
        (actual as number) > (n as number),
        negated,
        `expected a value > ${String(n)}`,
        `> ${String(n)}`,
        actual,
      ),
    toBeGreaterThanOrEqual: (n) =>
      check(
        (actual as number) >= (n as number),
        negated,
        `expected a value >= ${String(n)}`,
        `>= ${String(n)}`,
        actual,
      ),
    toBeLessThan: (n) =>
      check(
        (actual as number) < (n as number),
        negated,
        `expected a value < ${String(n)}`,
        `< ${String(n)}`,
        actual,
      ),
    toBeLessThanOrEqual: (n) =>
      check(
        (actual as number) <= (n as number),
        negated,
        `expected a value <= ${String(n)}`,
        `<= ${String(n)}`,
        actual,
      ),
    toBeCloseTo: (n, digits = 2) =>
      check(
        Math.abs((actual as number) - (n as number)) < 10 ** -(digits as number) / 2,
        negated,
        `expected a value close to ${String(n)}`,
        n,
        actual,
      ),
    toContain: (item) =>
      check(
        typeof actual === 'string'
          ? actual.includes(String(item))
          : Array.isArray(actual) || actual instanceof Set
            ? [...actual].some((x) => Object.is(x, item) || deepEqual(x, item))
            : false,
        negated,
        `expected the value to contain ${formatValue(item)}`,
        item,
        actual,
      ),
    toHaveLength: (n) =>
      check(
        (actual as { length?: number })?.length === n,
        negated,
        `expected length ${String(n)}`,
        n,
        (actual as { length?: number })?.length,
      ),
    toMatch: (pattern) =>
      check(
        typeof actual === 'string' &&
          (pattern instanceof RegExp ? pattern.test(actual) : actual.includes(String(pattern))),
        negated,
        `expected the string to match ${String(pattern)}`,
        pattern,
        actual,
      ),
    toBeInstanceOf: (ctor) =>
      check(
        isInstance(actual, ctor),
        negated,
        `expected an instance of ${(ctor as { name?: string }).name ?? 'the class'}`,
        (ctor as { name?: string }).name,
        actual,
      ),
    toThrow: (expected) => {
      if (typeof actual !== 'function')
        throw new AssertionError('toThrow needs a function: expect(() => f()).toThrow()', null, null)
      let thrown: unknown = undefined
      let didThrow = false
      try {
        ;(actual as () => unknown)()
      } catch (e) {
        didThrow = true
        thrown = e
      }
      throwMatch(didThrow, thrown, expected, negated)
    },
  })

  const throwMatch = (didThrow: boolean, thrown: unknown, expected: unknown, negated: boolean) => {
    const message = thrown instanceof Error ? thrown.message : String(thrown)
    const matches =
      didThrow &&
      (expected === undefined ||
        (typeof expected === 'string' && message.includes(expected)) ||
        (expected instanceof RegExp && expected.test(message)) ||
        (typeof expected === 'function' && isInstance(thrown, expected)))
    check(
      matches,
      negated,
      expected === undefined
        ? 'expected the function to throw'
        : `expected the function to throw ${formatValue(expected)}`,
      expected === undefined
        ? 'an error'
        : typeof expected === 'function'
          ? expected.name
            ? `a ${expected.name}`
            : expected
          : expected,
      didThrow ? thrown : 'no error',
    )
  }

  const asyncMatchers = (promise: unknown, negated: boolean, mode: 'resolves' | 'rejects') =>
    new Proxy({} as Record<string, (...args: unknown[]) => Promise<void>>, {
      get:
        (_, name: string) =>
        async (...args: unknown[]) => {
          let value: unknown
          let rejected = false
          try {
            value = await promise
          } catch (e) {
            rejected = true
            value = e
          }
          if (mode === 'rejects' && !rejected)
            throw new AssertionError('expected the promise to reject', 'a rejection', formatValue(value))
          if (mode === 'resolves' && rejected)
            throw new AssertionError('expected the promise to resolve', 'a value', describeError(value))
          if (mode === 'rejects' && name === 'toThrow') return throwMatch(true, value, args[0], negated)
          const matcher = matchersFor(value, negated)[name]
          if (!matcher) throw new Error(`unknown matcher ${name}`)
          matcher(...args)
        },
    })

  return (actual: unknown) => {
    const base = matchersFor(actual, false)
    return Object.assign(base, {
      not: matchersFor(actual, true),
      resolves: asyncMatchers(actual, false, 'resolves'),
      rejects: asyncMatchers(actual, false, 'rejects'),
    })
  }
}

type Module = { exports: Record<string, unknown> }

/** Evaluates CommonJS `code` as `file`, keeping its line numbers. */
function evaluate(code: string, file: string, scope: Record<string, unknown>): void {
  const names = Object.keys(scope)
  // Everything before the code stays on its first line, so line N of the user's code is line N here.
  const wrapped = `(function(${names.join(',')}){${code}\n})\n//# sourceURL=${file}`
  const fn = (0, eval)(wrapped) as (...args: unknown[]) => void
  fn(...names.map((n) => scope[n]))
}

/**
 * Runs the hidden tests against the user's code. Both are CommonJS (the
 * output of the transpiler); the tests `require('./solution')`.
 */
export async function runSuite(
  solution: string,
  tests: string,
  report: (r: RuntimeReport) => void,
): Promise<void> {
  let logs: string[] = []
  const topLogs: string[] = []
  const registered: { name: string; fn: () => unknown }[] = []
  const consoleRef = globalThis.console
  const original = { ...consoleRef }
  const capture =
    (prefix: string) =>
    (...args: unknown[]) => {
      if (logs.length >= maxLogLines) return
      const text = args.map((a) => (typeof a === 'string' ? a : formatValue(a))).join(' ')
      logs.push(prefix + (text.length > maxLogLength ? `${text.slice(0, maxLogLength)}…` : text))
      if (logs.length === maxLogLines) logs.push('… output truncated')
    }
  consoleRef.log = capture('')
  consoleRef.info = capture('')
  consoleRef.debug = capture('')
  consoleRef.warn = capture('warn: ')
  consoleRef.error = capture('error: ')
  logs = topLogs

  try {
    const solutionModule: Module = { exports: {} }
    try {
      evaluate(solution, solutionFile, {
        exports: solutionModule.exports,
        module: solutionModule,
        require: (name: string) => {
          throw new Error(`Cannot import '${name}': exercises run without packages`)
        },
      })
    } catch (error) {
      report({
        kind: 'error',
        phase: 'solution',
        message: describeError(error),
        line: lineIn(error, solutionFile),
      })
      return
    }

    const test = (name: string, fn: () => unknown) => registered.push({ name: String(name), fn })
    const testsModule: Module = { exports: {} }
    try {
      evaluate(tests, testsFile, {
        exports: testsModule.exports,
        module: testsModule,
        require: (name: string) => {
          if (/^\.\/solution(\.[jt]s)?$/.test(name)) return solutionModule.exports
          throw new Error(`Cannot import '${name}'`)
        },
        test,
        it: test,
        expect: createExpect(),
      })
    } catch (error) {
      report({
        kind: 'error',
        phase: 'tests',
        message: describeError(error),
        line: lineIn(error, solutionFile),
      })
      return
    }

    for (const { name, fn } of registered) {
      logs = []
      const started = performance.now()
      let failure: unknown = null
      try {
        await fn()
      } catch (error) {
        failure = error ?? new Error('test failed')
      }
      const ms = Math.round((performance.now() - started) * 10) / 10
      if (failure === null) {
        report({
          kind: 'test',
          name,
          passed: true,
          message: null,
          expected: null,
          actual: null,
          line: null,
          logs,
          ms,
        })
      } else {
        const assertion = failure instanceof AssertionError ? failure : null
        report({
          kind: 'test',
          name,
          passed: false,
          message: assertion ? assertion.message : describeError(failure),
          expected: assertion?.expected ?? null,
          actual: assertion?.actual ?? null,
          line: lineIn(failure, solutionFile),
          logs,
          ms,
        })
      }
    }
  } finally {
    Object.assign(consoleRef, original)
  }
  report({ kind: 'done', total: registered.length, logs: topLogs })
}

interface WorkerScope {
  addEventListener: (
    type: 'message',
    listener: (event: { data: WorkerMessage; ports?: readonly MessagePort[]; isTrusted: boolean }) => void,
  ) => void
  postMessage: (message: unknown) => void
}

type WorkerMessage =
  | { solution: string; tests: string }
  | {
      kind: 'subtle-result'
      id: number
      ok: boolean
      value?: unknown
      error?: { name: string; message: string }
    }

/**
 * An opaque-origin worker is not a secure context, so it has no
 * `crypto.subtle`. This one forwards each call to the app's page (which is
 * one) and back: pure computation on values the user's code passes in.
 */
function bridgeSubtle(post: (message: unknown) => void): (message: WorkerMessage) => boolean {
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let nextId = 1
  // Any method name is forwarded; the page answers only WebCrypto's own methods.
  const subtle = new Proxy(
    {},
    {
      get: (_, method) =>
        typeof method !== 'string'
          ? undefined
          : (...args: unknown[]) =>
              new Promise((resolve, reject) => {
                const id = nextId++
                pending.set(id, { resolve, reject })
                post({ kind: 'subtle', id, method, args })
              }),
    },
  )
  Object.defineProperty(globalThis.crypto, 'subtle', { value: subtle, configurable: false, writable: false })
  return (message) => {
    if (!('kind' in message) || message.kind !== 'subtle-result') return false
    const call = pending.get(message.id)
    pending.delete(message.id)
    if (message.ok) call?.resolve(message.value)
    else {
      const error = new Error(message.error?.message ?? 'crypto.subtle failed')
      error.name = message.error?.name ?? 'OperationError'
      call?.reject(error)
    }
    return true
  }
}

// In the sandbox's worker: run one suite per message, reporting as it goes.
declare const WorkerGlobalScope: unknown
declare const lockdown: ((options: Record<string, string>) => void) | undefined
declare const harden: (<T>(value: T) => T) | undefined

/** Host APIs exercises use, frozen like the intrinsics so tests can trust them. */
const hostApis = [
  'TextEncoder',
  'TextDecoder',
  'atob',
  'btoa',
  'setTimeout',
  'clearTimeout',
  'queueMicrotask',
]

/** Global bindings user code may not replace (`globalThis.JSON = …`): the standard built-ins and the host APIs. */
const lockedGlobals = [
  ...['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON'],
  ...['Reflect', 'Proxy', 'Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Date', 'RegExp', 'Error'],
  ...['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError'],
  ...['ArrayBuffer', 'DataView', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array'],
  ...['Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Uint8ClampedArray'],
  ...['isNaN', 'isFinite', 'parseInt', 'parseFloat', 'globalThis', 'eval'],
  ...hostApis,
]

/**
 * Freezes the realm before user code can touch it: every intrinsic (SES
 * lockdown; stacks, console and indirect eval left as they are, since the
 * runtime needs them), the host APIs exercises use (crypto included, after
 * its bridge is in place), and the global bindings.
 */
function lockRealm(): void {
  if (typeof lockdown !== 'function') throw new Error('the sandbox runtime started without SES')
  lockdown({
    errorTaming: 'unsafe',
    consoleTaming: 'unsafe',
    evalTaming: 'unsafe-eval',
    stackFiltering: 'verbose',
    overrideTaming: 'moderate',
    reporting: 'none',
  })
  // lockdown() installs harden.
  if (typeof harden !== 'function') throw new Error('SES did not provide harden')
  const scope = globalThis as unknown as Record<string, unknown>
  for (const name of [...hostApis, 'crypto']) if (scope[name] !== undefined) harden(scope[name])
  for (const name of lockedGlobals) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name)
    if (descriptor && 'value' in descriptor) {
      Object.defineProperty(globalThis, name, {
        value: descriptor.value,
        writable: false,
        configurable: false,
      })
    }
  }
}

if (typeof WorkerGlobalScope !== 'undefined') {
  const scope = globalThis as unknown as WorkerScope
  // Captured before user code runs: the worker's and a port's postMessage, and how to call them.
  const apply = Reflect.apply
  const postToPort = MessagePort.prototype.postMessage
  const postToPage = scope.postMessage.bind(scope)
  const subtleResult = globalThis.crypto?.subtle ? () => false : bridgeSubtle(postToPage)
  lockRealm()
  // A listener, not onmessage, so user code cannot take it over; events user code dispatches are not trusted.
  scope.addEventListener('message', (event) => {
    const data = event.data
    if (!event.isTrusted || subtleResult(data) || !('solution' in data)) return
    const port = event.ports?.[0]
    if (!port) return
    void runSuite(data.solution, data.tests, (r) => apply(postToPort, port, [r]))
  })
}
