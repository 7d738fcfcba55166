/**
 * Runs code exercises in the sandbox: a hidden `<iframe sandbox="allow-scripts">`
 * (opaque origin, so user code cannot reach the app's IndexedDB, storage,
 * cookies or DOM) that starts a fresh worker per run and terminates it at the
 * time limit. The main thread only transpiles and waits.
 *
 * The verdict cannot be forged by the code under test: each run gets its own
 * MessageChannel, whose port goes to the harness in the worker (which froze
 * the realm with SES before the user's code ran); test reports are heard on
 * that port only, and a run passes only when the harness reported as many
 * passing tests as it registered.
 */
import sesScript from 'ses-dist/lockdown.umd.min.js?raw'
import harnessScript from '../workers/code-runtime.ts?classic-script'
import sandboxPage from '../workers/sandbox.html?raw'
import type { CodeLanguage } from '../domain/exercises/exercise'

import { transpileModule } from '../domain/exercises/transpile'
import {
  everyTestPassed,
  type CodeRunOutcome,
  type RuntimeReport,
  type TestReport,
} from '../domain/exercises/code-run'
import { startTimer, stopTimer } from './timers'

export const defaultTimeLimitMs = 3000

/** SES first, so `lockdown` exists when the harness starts. */
const runtimeScript = `${sesScript}\n;${harnessScript}`

/** What the sandbox page itself reports about a run: its limit, a crash, a cancel. Never a test result. */
type SandboxReport = { kind: 'timeout' | 'crash' | 'cancelled'; message?: string }

type SandboxMessage =
  | { type: 'sandbox-ready' }
  | { type: 'runtime-ready' }
  | { type: 'subtle'; runId: number; call: { id: number; method: string; args: unknown[] } }
  | { type: 'report'; runId: number; report: SandboxReport }

interface Sandbox {
  frame: HTMLIFrameElement
  ready: Promise<void>
}

let sandbox: Sandbox | null = null
let nextRunId = 1
const listeners = new Map<number, (report: SandboxReport) => void>()
const sandboxKinds = new Set<unknown>(['timeout', 'crash', 'cancelled'])

function createSandbox(): Sandbox {
  const frame = document.createElement('iframe')
  frame.setAttribute('sandbox', 'allow-scripts')
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.title = 'Code sandbox'
  frame.srcdoc = sandboxPage
  frame.style.display = 'none'
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))
  window.addEventListener('message', (event: MessageEvent<SandboxMessage>) => {
    if (event.source !== frame.contentWindow) return
    const data = event.data
    if (data.type === 'sandbox-ready') {
      frame.contentWindow?.postMessage({ type: 'runtime', script: runtimeScript }, '*')
    } else if (data.type === 'runtime-ready') {
      resolveReady()
    } else if (data.type === 'report' && sandboxKinds.has(data.report?.kind)) {
      listeners.get(data.runId)?.(data.report)
    } else if (data.type === 'subtle' && listeners.has(data.runId)) {
      void callSubtle(data.call).then((result) =>
        frame.contentWindow?.postMessage({ type: 'subtle-result', runId: data.runId, result }, '*'),
      )
    }
  })
  document.body.append(frame)
  return { frame, ready }
}

const subtleMethods = new Set([
  'decrypt',
  'deriveBits',
  'deriveKey',
  'digest',
  'encrypt',
  'exportKey',
  'generateKey',
  'importKey',
  'sign',
  'unwrapKey',
  'verify',
  'wrapKey',
])

/** Keys made for the sandbox stay here; the sandbox holds handles (a CryptoKey cannot cross into its process). */
const sandboxKeys = new Map<number, CryptoKey>()
let nextKeyHandle = 1

function toHandle(value: unknown): unknown {
  if (value instanceof CryptoKey) {
    const handle = nextKeyHandle++
    sandboxKeys.set(handle, value)
    return {
      cryptoKeyHandle: handle,
      type: value.type,
      extractable: value.extractable,
      algorithm: value.algorithm,
      usages: value.usages,
    }
  }
  if (value && typeof value === 'object' && 'privateKey' in value && 'publicKey' in value) {
    const pair = value as CryptoKeyPair
    return { publicKey: toHandle(pair.publicKey), privateKey: toHandle(pair.privateKey) }
  }
  return value
}

function fromHandle(value: unknown): unknown {
  if (value && typeof value === 'object' && 'cryptoKeyHandle' in value) {
    const key = sandboxKeys.get((value as { cryptoKeyHandle: number }).cryptoKeyHandle)
    if (!key) throw new TypeError('not a CryptoKey')
    return key
  }
  return value
}

/**
 * WebCrypto for the sandbox, whose opaque-origin worker is not a secure
 * context: a pure computation on the values the user's code passed in.
 */
async function callSubtle(call: { id: number; method: string; args: unknown[] }) {
  try {
    if (!subtleMethods.has(call.method)) throw new TypeError(`crypto.subtle.${call.method} is not available`)
    const method = (crypto.subtle as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[
      call.method
    ]
    const value = await method!.apply(crypto.subtle, call.args.map(fromHandle))
    return { kind: 'subtle-result', id: call.id, ok: true, value: toHandle(value) }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    return { kind: 'subtle-result', id: call.id, ok: false, error: { name: e.name, message: e.message } }
  }
}

/** Starts the sandbox ahead of the first run (e.g. when an exercise opens). */
export function warmSandbox(): Promise<void> {
  sandbox ??= createSandbox()
  return sandbox.ready
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

/** Transpiles the user's code and the hidden tests, runs them in the sandbox, and collects the outcome. */
export async function runCodeExercise(
  input: { source: string; tests: string; language: CodeLanguage; timeLimitMs?: number },
  onTest?: (test: TestReport) => void,
): Promise<CodeRunOutcome> {
  const started = performance.now()
  const timeLimitMs = input.timeLimitMs ?? defaultTimeLimitMs
  const solution = transpileModule(input.source, input.language)
  if (!solution.ok) {
    return {
      status: 'error',
      tests: [],
      error: { message: solution.message, line: solution.line },
      logs: [],
      ms: Math.round(performance.now() - started),
    }
  }
  const tests = transpileModule(input.tests, input.language)
  if (!tests.ok) throw new Error(`the exercise's tests do not compile: ${tests.message}`)

  await warmSandbox()
  // Keys made by an earlier run are no use to this one.
  sandboxKeys.clear()
  const frame = sandbox?.frame
  const runId = nextRunId++
  const channel = new MessageChannel()
  const collected: TestReport[] = []
  return new Promise<CodeRunOutcome>((resolve) => {
    const settle = (
      status: CodeRunOutcome['status'],
      error: CodeRunOutcome['error'],
      logs: string[] = [],
    ) => {
      listeners.delete(runId)
      stopTimer(watchdog)
      channel.port1.close()
      frame?.contentWindow?.postMessage({ type: 'finish', runId }, '*')
      resolve({ status, tests: collected, error, logs, ms: Math.round(performance.now() - started) })
    }
    // The sandbox enforces the limit; this catches a sandbox that stopped answering.
    const watchdog = startTimer(() => {
      settle('timeout', { message: `Timed out after ${seconds(timeLimitMs)}`, line: null })
      sandbox?.frame.remove()
      sandbox = null
    }, timeLimitMs + 2000)
    // The harness's reports: only on this run's port.
    channel.port1.onmessage = (event: MessageEvent<RuntimeReport>) => {
      const report = event.data
      switch (report.kind) {
        case 'test':
          collected.push(report)
          onTest?.(report)
          break
        case 'done':
          settle(everyTestPassed(collected, report) ? 'passed' : 'failed', null, report.logs)
          break
        case 'error':
          settle('error', {
            message:
              report.phase === 'solution'
                ? report.message
                : `The tests could not load your code: ${report.message}`,
            line: report.line,
          })
          break
      }
    }
    // What the sandbox page says of the run: never a pass.
    listeners.set(runId, (report) => {
      switch (report.kind) {
        case 'timeout':
          settle('timeout', {
            message: `Timed out after ${seconds(timeLimitMs)} — an infinite loop, or a promise that never settles?`,
            line: null,
          })
          break
        case 'crash':
          settle('error', { message: report.message ?? 'The code crashed', line: null })
          break
        case 'cancelled':
          settle('error', { message: 'Stopped.', line: null })
          break
      }
    })
    frame?.contentWindow?.postMessage(
      { type: 'run', runId, solution: solution.code, tests: tests.code, timeoutMs: timeLimitMs },
      '*',
      [channel.port2],
    )
  })
}
