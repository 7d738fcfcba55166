import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { parse } from 'yaml'
import type { SourceFile } from '../src/domain/content/validate-bank.ts'

/** Every item file under `dir` (Markdown files in its sub-folders; the top-level README is the guide). */
export function readBankFiles(root: string, dir = 'questions'): SourceFile[] {
  const base = resolve(root, dir)
  const entries = readdirSync(base, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .filter((abs) => relative(base, abs).includes(sep))
    .map((abs) => ({
      path: relative(root, abs).split(sep).join('/'),
      source: readFileSync(abs, 'utf8'),
    }))
}

/** The tag vocabulary, questions/tags.yml: a YAML list. Missing file: no vocabulary. */
export function readTagVocabulary(root: string, dir = 'questions'): Set<string> | undefined {
  const file = join(resolve(root, dir), 'tags.yml')
  if (!existsSync(file)) return undefined
  const parsed: unknown = parse(readFileSync(file, 'utf8'))
  if (!Array.isArray(parsed) || !parsed.every((t) => typeof t === 'string')) {
    throw new Error(`${relative(root, file)}: the tag vocabulary must be a YAML list of tags`)
  }
  return new Set(parsed as string[])
}
