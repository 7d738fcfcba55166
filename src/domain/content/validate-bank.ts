import type { ContentError } from './content-error.ts'
import { parseDiagramFile } from '../diagram/diagram-file.ts'
import { evaluateCheck } from '../diagram/rubric.ts'
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
export interface BankRules {
  /** The tag vocabulary (questions/tags.yml): a tag outside it is an error, so typos and near-synonyms are caught. */
  knownTags?: ReadonlySet<string>
}

export function validateBank(files: SourceFile[], rules: BankRules = {}): BankResult {
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
    const unknownTags = rules.knownTags ? item.frontMatter.tags.filter((t) => !rules.knownTags?.has(t)) : []
    if (unknownTags.length > 0) {
      errors.push({
        path: file.path,
        line: item.tagsLine,
        reason: `unknown tag${unknownTags.length > 1 ? 's' : ''} ${unknownTags.map((t) => `'${t}'`).join(', ')}: use a tag from questions/tags.yml, or add it there`,
      })
      continue
    }
    const designErrors = checkDesign(item)
    if (designErrors.length > 0) {
      errors.push(...designErrors)
      continue
    }
    items.push(item)
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items }
}

/** A design prompt's rubric has enough points and checks, and its reference diagram is valid and passes them. */
function checkDesign(item: ParsedItem): ContentError[] {
  if (item.frontMatter.type !== 'design') return []
  const { path } = item
  const rubricLine = item.sections.get('Rubric')?.line ?? 1
  const errors: ContentError[] = []
  const checks = item.rubric.filter((r) => r.check !== null)
  if (item.rubric.length < 8) {
    errors.push({
      path,
      line: rubricLine,
      reason: `a design rubric needs at least 8 points, found ${item.rubric.length}`,
    })
  }
  if (checks.length < 3) {
    errors.push({
      path,
      line: rubricLine,
      reason: `a design rubric needs at least 3 points checked on the diagram, found ${checks.length}`,
    })
  }
  const reference = item.referenceDiagram
  if (!reference) return errors
  const parsed = parseDiagramFile(JSON.stringify(reference.json))
  if (!parsed.ok) {
    errors.push({ path, line: reference.line, reason: `reference diagram: ${parsed.error}` })
    return errors
  }
  for (const r of checks) {
    if (r.check && !evaluateCheck(parsed.doc, r.check)) {
      errors.push({
        path,
        line: rubricLine,
        reason: `the reference diagram fails its own rubric check ${r.checkSource ?? ''} ("${r.text}")`,
      })
    }
  }
  return errors
}
