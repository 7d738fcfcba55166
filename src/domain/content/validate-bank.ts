import type { ContentError } from './content-error.ts'
import { parseItemSource, type ParsedItem } from './parse-item-source.ts'

export interface SourceFile {
  /** Path relative to the project root, with forward slashes: `questions/http/tcp-vs-udp.md`. */
  path: string
  source: string
}

export type BankResult = { ok: true; items: ParsedItem[] } | { ok: false; errors: ContentError[] }

/**
 * Checks every content file and the rules that span files: ids are unique,
 * and a file sits in the folder of its topic.
 */
export function validateBank(files: SourceFile[]): BankResult {
  const errors: ContentError[] = []
  const items: ParsedItem[] = []
  const firstPathOfId = new Map<string, string>()

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const result = parseItemSource(file.path, file.source)
    if (!result.ok) {
      errors.push(...result.errors)
      continue
    }
    const { item } = result
    const { id, topic } = item.frontMatter
    const seen = firstPathOfId.get(id)
    if (seen !== undefined) {
      errors.push({ path: file.path, line: item.idLine, reason: `duplicate id '${id}' (also in ${seen})` })
      continue
    }
    firstPathOfId.set(id, file.path)
    const folder = file.path.split('/').slice(-2, -1)[0]
    if (folder !== topic) {
      errors.push({
        path: file.path,
        line: item.idLine,
        reason: `topic '${topic}' does not match the folder '${folder ?? ''}': move the file to questions/${topic}/`,
      })
      continue
    }
    items.push(item)
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items }
}
