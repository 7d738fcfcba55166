/**
 * Parses one content file (YAML front matter + Markdown sections) into a
 * checked item, or into errors that name the file, the line and the reason.
 * Rendering the Markdown is the build's job; this module only checks shape.
 */
import { isMap, LineCounter, parseDocument, type Node } from 'yaml'
import type { ContentError } from './content-error.ts'
import { frontMatterSchema, type FrontMatter } from './front-matter.ts'
import { parseRubric, type RubricItem } from '../diagram/rubric.ts'
import type { ItemType } from './item.ts'
import type { Exercise } from '../exercises/exercise.ts'
import { parseCodeExercise, parseSqlExercise } from '../exercises/parse-exercise.ts'
import { describeError } from '../validation/describe-error.ts'

/** A piece of Markdown and the line of the file where it starts. */
export interface MarkdownPart {
  markdown: string
  line: number
}

export interface ParsedChoice {
  correct: boolean
  text: MarkdownPart
  explanation: MarkdownPart
}

export interface ParsedItem {
  path: string
  frontMatter: FrontMatter
  /** Line of the `id:` field, for errors about the id across files. */
  idLine: number
  /** Line of the `tags:` field (the id's line when there are no tags). */
  tagsLine: number
  prompt: MarkdownPart
  /** Sections by their heading, in file order. */
  sections: Map<string, MarkdownPart>
  /** For mcq items: the parsed `## Choices` list. */
  choices: ParsedChoice[]
  /** For design items: the rubric, and the reference diagram's JSON (checked by the build). */
  rubric: RubricItem[]
  referenceDiagram: { json: unknown; line: number } | null
  /** For code and sql items: the starter, tests or check, and the reference solution. */
  exercise: Exercise | null
  /** Card, mcq and design items: the recall targets (`## Key points`) and references (`## Sources`), one Markdown line each. */
  keyPoints: MarkdownPart[]
  sources: MarkdownPart[]
}

interface SectionRule {
  required: string[]
  optional: string[]
}

/** The `##` sections each type of item has. */
export const sectionRules: Record<ItemType, SectionRule> = {
  card: { required: ['Key points', 'Answer', 'Sources'], optional: [] },
  mcq: { required: ['Key points', 'Choices', 'Explanation', 'Sources'], optional: [] },
  design: {
    required: [
      'Key points',
      'Requirements',
      'Estimation',
      'Reference design',
      'Reference diagram',
      'Rubric',
      'Sources',
    ],
    optional: [],
  },
  code: { required: ['Starter', 'Tests', 'Solution'], optional: ['Discussion'] },
  sql: { required: ['Schema', 'Check', 'Solution'], optional: ['Starter', 'Discussion'] },
}

export type ParseResult = { ok: true; item: ParsedItem } | { ok: false; errors: ContentError[] }

/** Every SQL exercise's id starts with this, and no other item's. */
export const sqlIdPrefix = 'sql-'

const fenceOpen = /^\s{0,3}(`{3,}|~{3,})/

/** Parses and checks one content file. `path` is only used in error messages. */
export function parseItemSource(path: string, source: string): ParseResult {
  const errors: ContentError[] = []
  const fail = (line: number, reason: string): ParseResult => {
    errors.push({ path, line, reason })
    return { ok: false, errors }
  }

  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  if (lines[0]?.trim() !== '---') {
    return fail(1, "missing front matter: the file must start with a '---' line")
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---')
  if (close === -1) return fail(1, "front matter is not closed with a '---' line")

  // Front matter: YAML from line 2 to the closing fence.
  const yamlText = lines.slice(1, close).join('\n')
  const lineCounter = new LineCounter()
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = lineCounter.linePos(e.pos[0]).line + 1
      errors.push({ path, line, reason: `malformed YAML: ${firstLine(e.message)}` })
    }
    return { ok: false, errors }
  }
  if (!isMap(doc.contents)) return fail(2, 'front matter must be a YAML mapping of fields')

  const lineOfField = (key: PropertyKey | undefined): number => {
    if (typeof key !== 'string') return 2
    const node = doc.getIn([key], true) as Node | undefined
    const offset = node?.range?.[0]
    return offset === undefined ? 1 : lineCounter.linePos(offset).line + 1
  }

  const parsed = frontMatterSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ path, line: lineOfField(key), reason: `unknown field '${key}'` })
        }
      } else {
        errors.push({ path, line: lineOfField(field), reason: issue.message })
      }
    }
    return { ok: false, errors }
  }
  const frontMatter = parsed.data
  const idLine = lineOfField('id')
  // A cold load of /exercises/sql-… starts PostgreSQL before the exercise's code has loaded
  // (app/screen-chunks): the id says which kind it is.
  if ((frontMatter.type === 'sql') !== frontMatter.id.startsWith(sqlIdPrefix)) {
    errors.push({
      path,
      line: idLine,
      reason:
        frontMatter.type === 'sql'
          ? `the id of a sql exercise starts with '${sqlIdPrefix}'`
          : `only a sql exercise's id starts with '${sqlIdPrefix}'`,
    })
  }
  const tagsLine = frontMatter.tags.length > 0 ? lineOfField('tags') : idLine

  // Body: the prompt, then `## ` sections (ignoring `##` inside code fences).
  const bodyStart = close + 1
  const parts: { title: string | null; line: number; lines: string[] }[] = [
    { title: null, line: bodyStart + 1, lines: [] },
  ]
  let fence: string | null = null
  for (let i = bodyStart; i < lines.length; i++) {
    const text = lines[i] ?? ''
    const f = fenceOpen.exec(text)
    if (f?.[1]) {
      const marker = f[1]
      if (fence === null) fence = marker
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null
    }
    const heading = fence === null ? /^##\s+(.+?)\s*#*\s*$/.exec(text) : null
    if (heading?.[1] && !text.startsWith('###')) {
      parts.push({ title: heading[1], line: i + 1, lines: [] })
    } else {
      parts[parts.length - 1]?.lines.push(text)
    }
  }

  const promptPart = parts[0]!
  const prompt = toPart(promptPart.lines, promptPart.line)
  if (prompt.markdown === '') {
    errors.push({
      path,
      line: bodyStart + 1,
      reason: 'empty prompt: write the question before the first ## section',
    })
  }

  const rule = sectionRules[frontMatter.type]
  const allowed = [...rule.required, ...rule.optional]
  const sections = new Map<string, MarkdownPart>()
  for (const part of parts.slice(1)) {
    const title = part.title ?? ''
    if (!allowed.includes(title)) {
      errors.push({
        path,
        line: part.line,
        reason: `unknown section '## ${title}' for a ${frontMatter.type} (expected: ${allowed.join(', ')})`,
      })
      continue
    }
    if (sections.has(title)) {
      errors.push({ path, line: part.line, reason: `section '## ${title}' appears twice` })
      continue
    }
    const content = toPart(part.lines, part.line + 1)
    if (content.markdown === '') {
      errors.push({ path, line: part.line, reason: `empty section '## ${title}'` })
    }
    sections.set(title, content)
  }
  const lastLine = lines.length
  for (const title of rule.required) {
    if (!sections.has(title)) {
      errors.push({ path, line: lastLine, reason: `missing section '## ${title}'` })
    }
  }

  let choices: ParsedChoice[] = []
  const choiceSection = sections.get('Choices')
  if (frontMatter.type === 'mcq' && choiceSection && choiceSection.markdown !== '') {
    choices = parseChoices(path, choiceSection, errors)
  }

  let rubric: RubricItem[] = []
  let referenceDiagram: ParsedItem['referenceDiagram'] = null
  if (frontMatter.type === 'design') {
    const rubricPart = sections.get('Rubric')
    if (rubricPart && rubricPart.markdown !== '') {
      const parsed = parseRubric(rubricPart.markdown, rubricPart.line)
      rubric = parsed.items
      for (const e of parsed.errors) errors.push({ path, ...e })
    }
    const diagramPart = sections.get('Reference diagram')
    if (diagramPart && diagramPart.markdown !== '') {
      const fenced = /^```json\s*\n([\s\S]*?)\n```\s*$/.exec(diagramPart.markdown)
      if (!fenced) {
        errors.push({
          path,
          line: diagramPart.line,
          reason: 'the reference diagram is one ```json block (a Backprep diagram file)',
        })
      } else {
        try {
          referenceDiagram = { json: JSON.parse(fenced[1] ?? ''), line: diagramPart.line }
        } catch (e) {
          errors.push({
            path,
            line: diagramPart.line,
            reason: `the reference diagram is not valid JSON: ${describeError(e)}`,
          })
        }
      }
    }
  }

  const keyPointsPart = sections.get('Key points')
  const keyPoints = keyPointsPart ? parseKeyPoints(path, keyPointsPart, errors) : []
  const sourcesPart = sections.get('Sources')
  const sources = sourcesPart ? parseSources(path, sourcesPart, errors) : []

  let exercise: Exercise | null = null
  const { type } = frontMatter
  if ((type === 'code' || type === 'sql') && errors.length === 0) {
    const parsed = type === 'code' ? parseCodeExercise(sections) : parseSqlExercise(sections)
    if (parsed.ok) exercise = parsed.exercise
    else for (const e of parsed.errors) errors.push({ path, ...e })
  }

  if (errors.length > 0) return { ok: false, errors }
  return {
    ok: true,
    item: {
      path,
      frontMatter,
      idLine,
      tagsLine,
      prompt,
      sections,
      choices,
      rubric,
      referenceDiagram,
      exercise,
      keyPoints,
      sources,
    },
  }
}

/** Recall limits of `## Key points`: what a candidate can say out loud in half a minute. */
export const keyPointLimits = { minBullets: 3, maxBullets: 6, maxWords: 60 } as const
export const sourceLimits = { minItems: 1, maxItems: 3 } as const

/**
 * A bullet list: `- text`, continued on indented lines. Returns each bullet
 * joined into one line, or reports the first line that is not part of one.
 */
function parseBullets(
  path: string,
  section: MarkdownPart,
  name: string,
  errors: ContentError[],
): MarkdownPart[] | null {
  const bullets: MarkdownPart[] = []
  const lines = section.markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? ''
    const line = section.line + i
    if (text.trim() === '') continue
    const bullet = /^[-*]\s+(.*)$/.exec(text)
    const last = bullets[bullets.length - 1]
    if (bullet) bullets.push({ markdown: (bullet[1] ?? '').trim(), line })
    else if (/^\s{2,}\S/.test(text) && last) last.markdown += ' ' + text.trim()
    else {
      errors.push({ path, line, reason: `'## ${name}' is a list: start each point with '- '` })
      return null
    }
  }
  return bullets
}

/** Words as a reader counts them: backticks and emphasis marks do not count, `p99` is one word. */
export function countWords(markdown: string): number {
  return markdown
    .replace(/[`*_]/g, '')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

function parseKeyPoints(path: string, section: MarkdownPart, errors: ContentError[]): MarkdownPart[] {
  const bullets = parseBullets(path, section, 'Key points', errors)
  if (!bullets) return []
  const { minBullets, maxBullets, maxWords } = keyPointLimits
  if (bullets.length < minBullets || bullets.length > maxBullets) {
    errors.push({
      path,
      line: section.line,
      reason: `key points need ${minBullets} to ${maxBullets} bullets, found ${bullets.length}`,
    })
  }
  const words = bullets.reduce((n, b) => n + countWords(b.markdown), 0)
  if (words > maxWords) {
    errors.push({
      path,
      line: section.line,
      reason: `key points are ${words} words; keep them to ${maxWords} or fewer (recall targets, not the answer)`,
    })
  }
  return bullets
}

function parseSources(path: string, section: MarkdownPart, errors: ContentError[]): MarkdownPart[] {
  const bullets = parseBullets(path, section, 'Sources', errors)
  if (!bullets) return []
  const { minItems, maxItems } = sourceLimits
  if (bullets.length < minItems || bullets.length > maxItems) {
    errors.push({
      path,
      line: section.line,
      reason: `sources need ${minItems} to ${maxItems} references, found ${bullets.length}`,
    })
  }
  return bullets
}

const choiceLine = /^[-*]\s+\[([ xX])\]\s+(.*)$/

function parseChoices(path: string, section: MarkdownPart, errors: ContentError[]): ParsedChoice[] {
  const found: { correct: boolean; line: number; first: string; rest: string[] }[] = []
  const lines = section.markdown.split('\n')
  lines.forEach((text, i) => {
    const line = section.line + i
    if (text.trim() === '') {
      found[found.length - 1]?.rest.push('')
      return
    }
    const m = choiceLine.exec(text)
    if (m) {
      found.push({ correct: m[1] !== ' ', line, first: m[2] ?? '', rest: [] })
    } else if (/^\s{2,}/.test(text) && found.length > 0) {
      found[found.length - 1]?.rest.push(text.replace(/^\s{2,4}/, ''))
    } else {
      errors.push({
        path,
        line,
        reason: "expected a choice '- [ ] text' or '- [x] text', or its explanation indented below it",
      })
    }
  })

  const before = errors.length
  if (found.length < 2 || found.length > 6) {
    errors.push({
      path,
      line: section.line,
      reason: `an mcq needs 2 to 6 choices, found ${found.length}`,
    })
  }
  if (found.length > 0 && !found.some((c) => c.correct)) {
    errors.push({
      path,
      line: section.line,
      reason: "an mcq needs at least one correct choice marked '- [x]'",
    })
  }
  const choices = found.map((c) => {
    const explanation = toPart(c.rest, c.line + 1)
    if (c.first.trim() === '') {
      errors.push({ path, line: c.line, reason: 'empty choice text' })
    }
    if (explanation.markdown === '') {
      errors.push({
        path,
        line: c.line,
        reason: 'choice without an explanation: say on the indented lines below why it is right or wrong',
      })
    }
    return { correct: c.correct, text: { markdown: c.first.trim(), line: c.line }, explanation }
  })
  return errors.length > before ? [] : choices
}

/** Trims blank lines at both ends, keeping the line number of the first kept line. */
function toPart(lines: string[], firstLine: number): MarkdownPart {
  let start = 0
  let stop = lines.length
  while (start < stop && lines[start]?.trim() === '') start++
  while (stop > start && lines[stop - 1]?.trim() === '') stop--
  return { markdown: lines.slice(start, stop).join('\n'), line: firstLine + start }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
