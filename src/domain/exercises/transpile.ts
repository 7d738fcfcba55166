/**
 * Turns the user's TypeScript or JavaScript module into CommonJS the sandbox
 * can evaluate. Sucrase keeps every line where it was, so a runtime error's
 * line is the line the user sees in the editor.
 */
import { parse } from 'acorn'
import { transform } from 'sucrase'
import type { CodeLanguage } from './exercise.ts'
import { describeError } from '../validation/describe-error.ts'

export type TranspileResult =
  { ok: true; code: string } | { ok: false; message: string; line: number | null; column: number | null }

export function transpileModule(source: string, language: CodeLanguage): TranspileResult {
  try {
    const { code } = transform(source, {
      transforms: language === 'typescript' ? ['typescript', 'imports'] : ['imports'],
      disableESTransforms: true,
      production: true,
    })
    // Sucrase strips types but does not validate; acorn finds the syntax errors, at the user's line.
    parse(code, { ecmaVersion: 'latest', sourceType: 'script' })
    return { ok: true, code }
  } catch (error) {
    const message = describeError(error)
    const at = /\((\d+):(\d+)\)\s*$/.exec(message)
    return {
      ok: false,
      message: `SyntaxError: ${message.replace(/^SyntaxError:\s*/, '').replace(/\s*\(\d+:\d+\)\s*$/, '')}`,
      line: at?.[1] ? Number(at[1]) : null,
      column: at?.[2] ? Number(at[2]) + 1 : null,
    }
  }
}
