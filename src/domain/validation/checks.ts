/**
 * Small value checks for what the app reads back on every screen (the
 * settings table): typed like a schema, with the same plain messages as the
 * file readers ("rolloverHour: must be at most 23"), and a few hundred bytes
 * instead of a validation library on the first screen. Files (backups,
 * imports, content) keep their zod schemas; these are for the hot path.
 */
import { describeValue } from './plain-errors.ts'

export type Path = (string | number)[]
export type Checked<T> = { ok: true; value: T } | { ok: false; path: Path; message: string }

export interface Check<T> {
  (value: unknown, path?: Path): Checked<T>
}

const fail = (path: Path, message: string): Checked<never> => ({ ok: false, path, message })
const missing = (value: unknown, expected: string) =>
  value === undefined ? 'is missing' : `must be ${expected}, not ${describeValue(value)}`

/** A finite number, within `min`–`max` when given (inclusive). */
export function number(min = -Infinity, max = Infinity, whole = false): Check<number> {
  return (value, path = []) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return fail(path, missing(value, whole ? 'a whole number' : 'a number'))
    if (whole && !Number.isInteger(value)) return fail(path, missing(value, 'a whole number'))
    if (value < min) return fail(path, `must be at least ${min}`)
    if (value > max) return fail(path, `must be at most ${max}`)
    return { ok: true, value }
  }
}

export const int = (min?: number, max?: number) => number(min, max, true)

export const boolean: Check<boolean> = (value, path = []) =>
  typeof value === 'boolean' ? { ok: true, value } : fail(path, missing(value, 'true or false'))

/** A string; with `test`, one it accepts, else `message` (which names what was found). */
export function string(test?: (s: string) => boolean, message?: (s: string) => string): Check<string> {
  return (value, path = []) => {
    if (typeof value !== 'string') return fail(path, missing(value, 'text'))
    if (test && !test(value)) return fail(path, message?.(value) ?? `is not valid: ${describeValue(value)}`)
    return { ok: true, value }
  }
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (value, path = []) =>
    (values as readonly unknown[]).includes(value)
      ? { ok: true, value: value as T }
      : fail(path, `must be one of ${values.map((v) => `'${v}'`).join(', ')}, not ${describeValue(value)}`)
}

/** A list whose every item passes `item`; with `whole`, a check on the list itself once its items pass. */
export function array<T>(item: Check<T>, whole?: (items: T[]) => string | null): Check<T[]> {
  return (value, path = []) => {
    if (!Array.isArray(value)) return fail(path, missing(value, 'a list'))
    const out: T[] = []
    for (const [i, v] of value.entries()) {
      const r = item(v, [...path, i])
      if (!r.ok) return r
      out.push(r.value)
    }
    const problem = whole?.(out)
    return problem ? fail(path, problem) : { ok: true, value: out }
  }
}

type Shape = Record<string, Check<unknown>>
type Out<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never }

/** An object with these fields (others ignored); `partial`: a field may be missing. */
export function object<S extends Shape>(shape: S): Check<Out<S>>
export function object<S extends Shape>(shape: S, options: { partial: true }): Check<Partial<Out<S>>>
export function object<S extends Shape>(shape: S, options: { partial?: boolean } = {}): Check<Out<S>> {
  return (value, path = []) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return fail(path, missing(value, 'an object'))
    const out: Record<string, unknown> = {}
    for (const [key, check] of Object.entries(shape)) {
      const field = (value as Record<string, unknown>)[key]
      if (field === undefined && options.partial) continue
      const r = check(field, [...path, key])
      if (!r.ok) return r
      out[key] = r.value
    }
    return { ok: true, value: out as Out<S> }
  }
}
