/**
 * Plain-English messages for zod's checks, shared by every reader of a
 * user's file (diagrams, backups, imports): "cards[3].due: must be a number,
 * not 'soon'" rather than zod's own wording.
 */
import type { z } from 'zod'
import { describeError } from './describe-error.ts'

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : `'${value}'`
  if (typeof value === 'object') return 'an object'
  return String(value)
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
}

/** zod's error map with plain messages (the field path is added separately). */
export const plainIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing'
        : `must be ${expectedNames[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}, not ${describeValue(issue.input)}`
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty'
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be greater than ${issue.minimum}`
    case 'invalid_format':
      return `is not in the expected form, not ${describeValue(issue.input)}`
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`
      return `must be at most ${issue.maximum}`
    default:
      return undefined
  }
}

/** `['cards', 3, 'due']` → `cards[3].due`: the path as a person reads the file. */
export function formatPath(path: readonly PropertyKey[], whole = 'file'): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? whole : out
}

/** Megabytes rounded up to 2 decimals, so a file just over a limit never reads as the limit. */
export const megabytes = (bytes: number) => `${Math.ceil(bytes / 10_000) / 100} MB`

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The UTF-8 size of a text, without encoding it. */
export function utf8Length(s: string): number {
  let bytes = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

/** Why `JSON.parse` refused a text, in words: truncated, or not JSON at all. */
export function jsonProblem(text: string, error: unknown): string {
  const message = describeError(error)
  const trimmed = text.trim()
  if (trimmed === '') return 'The file is empty.'
  if (
    /end of (JSON )?input|Unterminated/i.test(message) ||
    (trimmed.startsWith('{') && !trimmed.endsWith('}'))
  )
    return 'The file ends too soon: it is truncated (cut off while saving or copying).'
  return `The file is not JSON: ${message}.`
}
