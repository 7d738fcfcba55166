/**
 * Runs a code exercise's tests in Node the way the browser sandbox runs them:
 * in a worker thread of its own, with SES's lockdown and the test runtime
 * loaded as the same classic scripts the sandbox's worker starts from, the
 * reports coming back on a MessagePort. `npm run exercises:check` and the
 * tests use it, so a reference solution that a frozen realm would break, or
 * a forged verdict, shows up here as it would in the app.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MessageChannel, Worker } from 'node:worker_threads'
import type { RuntimeReport } from '../src/domain/exercises/code-run.ts'
import { toClassicScript } from './classic-script-plugin.ts'

const runtimeFile = fileURLToPath(new URL('../src/workers/code-runtime.ts', import.meta.url))
let scripts: { ses: string; runtime: string } | null = null

function loadScripts() {
  const sesDir = dirname(createRequire(import.meta.url).resolve('ses/package.json'))
  scripts ??= {
    ses: readFileSync(join(sesDir, 'dist/lockdown.umd.min.js'), 'utf8'),
    runtime: toClassicScript(runtimeFile, readFileSync(runtimeFile, 'utf8')),
  }
  return scripts
}

// The worker's global looks enough like a dedicated worker's for the runtime:
// WorkerGlobalScope, postMessage, and trusted message events carrying a port.
const bootstrap = `
const { parentPort, workerData } = require('node:worker_threads')
const vm = require('node:vm')
globalThis.WorkerGlobalScope = function WorkerGlobalScope() {}
globalThis.postMessage = (message) => parentPort.postMessage({ global: message })
globalThis.addEventListener = (type, listener) => {
  if (type === 'message') parentPort.on('message', (m) => listener({ data: m.data, ports: m.port ? [m.port] : [], isTrusted: true }))
}
vm.runInThisContext(workerData.ses, { filename: 'ses.js' })
vm.runInThisContext(workerData.runtime, { filename: 'code-runtime.js' })
`

export interface LockedRun {
  reports: RuntimeReport[]
  /** What the code posted through the worker's global postMessage (never a verdict). */
  globalMessages: unknown[]
  timedOut: boolean
}

/** Runs transpiled (CommonJS) solution and tests in a locked-down worker; resolves at `done`, `error` or the time limit. */
export function runSuiteLocked(solution: string, tests: string, timeLimitMs = 5000): Promise<LockedRun> {
  const worker = new Worker(bootstrap, { eval: true, workerData: loadScripts() })
  const { port1, port2 } = new MessageChannel()
  const reports: RuntimeReport[] = []
  const globalMessages: unknown[] = []
  return new Promise<LockedRun>((resolve, reject) => {
    const finish = (timedOut: boolean) => {
      clearTimeout(timer)
      port1.close()
      void worker.terminate()
      resolve({ reports, globalMessages, timedOut })
    }
    const timer = setTimeout(() => finish(true), timeLimitMs)
    worker.on('error', (error) => {
      clearTimeout(timer)
      port1.close()
      reject(error)
    })
    worker.on('message', (m: { global?: unknown }) => globalMessages.push(m.global))
    port1.on('message', (report: RuntimeReport) => {
      reports.push(report)
      if (report.kind === 'done' || report.kind === 'error') finish(false)
    })
    worker.postMessage({ data: { solution, tests }, port: port2 }, [port2])
  })
}
