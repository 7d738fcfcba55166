/**
 * Cards from CSV or TSV text, as Anki reads and writes it: optional header
 * lines (`#separator:tab`, `#html:true`, `#tags:a b`, `#columns:Front\tBack\tTags`,
 * `#deck:Name`, `#tags column:3`), quoted fields with doubled quotes and line
 * breaks inside, and plain two-column front/back files. Pure: the text comes
 * in, rows and line-numbered errors go out.
 */

export interface ImportedRow {
  /** The line the row starts on (1-based), for messages. */
  line: number
  front: string
  back: string
  tags: string[]
}

export interface LineError {
  line: number
  message: string
}

export interface DelimitedParse {
  rows: ImportedRow[]
  errors: LineError[]
  separator: string
  html: boolean
  /** The deck name from `#deck:`, if any. */
  deck: string | null
}

const separatorNames: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  space: ' ',
  colon: ':',
}

/** At most this many rows in one import; more is refused rather than half done. */
export const maxImportRows = 50_000

/** Splits delimited text into records of fields, keeping where each record starts. */
function* records(text: string, separator: string, startLine: number) {
  let line = startLine
  let i = 0
  while (i < text.length) {
    const recordLine = line
    const fields: string[] = []
    let field = ''
    let quoted = false
    let unclosed = false
    for (;;) {
      if (i >= text.length) {
        if (quoted) unclosed = true
        fields.push(field)
        break
      }
      const c = text[i]!
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
          } else {
            quoted = false
            i++
          }
        } else {
          if (c === '\n') line++
          field += c
          i++
        }
      } else if (c === '"' && field === '') {
        quoted = true
        i++
      } else if (c === separator) {
        fields.push(field)
        field = ''
        i++
      } else if (c === '\n' || c === '\r') {
        fields.push(field)
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
        line++
        break
      } else {
        field += c
        i++
      }
    }
    yield { line: recordLine, fields, unclosed }
  }
}

/** Guesses the separator of a file without a `#separator` line, as Anki does: tab, then semicolon, then comma. */
function guessSeparator(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t'
  if (firstLine.includes(';')) return ';'
  return ','
}

/** Reads Anki-style delimited text into rows; rows with problems become errors naming their line. */
export function parseDelimited(input: string): DelimitedParse {
  const text = input.replace(/^\uFEFF/, '')
  const lines = text.split(/\r\n|\n|\r/)
  let separator: string | null = null
  let html = false
  let deck: string | null = null
  let globalTags: string[] = []
  let columns: string | null = null
  let tagsColumn: number | null = null
  const errors: LineError[] = []

  // Header lines come first, each starting with '#'.
  let header = 0
  for (; header < lines.length; header++) {
    const l = lines[header]!
    if (!l.startsWith('#')) break
    const match = /^#([a-z ]+):(.*)$/i.exec(l)
    if (!match) continue // a comment
    const key = match[1]!.trim().toLowerCase()
    const value = match[2]!.trim()
    if (key === 'separator') {
      const sep = separatorNames[value.toLowerCase()] ?? (value.length === 1 ? value : null)
      if (sep === null)
        errors.push({
          line: header + 1,
          message: `unknown separator “${value}” (use tab, comma, semicolon, pipe, space or one character)`,
        })
      else separator = sep
    } else if (key === 'html') html = value.toLowerCase() === 'true'
    else if (key === 'tags') globalTags = value.split(/\s+/).filter(Boolean)
    else if (key === 'deck') deck = value || null
    else if (key === 'columns') columns = value
    else if (key === 'tags column') {
      const n = Number(value)
      if (Number.isInteger(n) && n >= 1) tagsColumn = n - 1
      else
        errors.push({ line: header + 1, message: `the tags column must be a column number, not “${value}”` })
    }
  }
  const body = lines.slice(header).join('\n')
  const sep = separator ?? guessSeparator(lines[header] ?? '')
  let columnNames: string[] | null = null
  if (columns !== null) columnNames = columns.split(sep).map((c) => c.trim().toLowerCase())

  const find = (names: string[], fallback: number) => {
    if (!columnNames) return fallback
    const i = columnNames.findIndex((c) => names.includes(c))
    return i >= 0 ? i : fallback
  }
  const frontAt = find(['front', 'question', 'text'], 0)
  const backAt = find(['back', 'answer', 'back extra', 'extra'], 1)
  const tagsAt = tagsColumn ?? (columnNames ? columnNames.indexOf('tags') : -1)

  const rows: ImportedRow[] = []
  for (const record of records(body, sep, header + 1)) {
    if (record.fields.length === 1 && record.fields[0]!.trim() === '') continue // a blank line
    if (record.unclosed) {
      errors.push({ line: record.line, message: 'a quoted field is never closed (a " is missing)' })
      break
    }
    if (rows.length >= maxImportRows) {
      errors.push({
        line: record.line,
        message: `more than ${maxImportRows.toLocaleString('en-US')} cards; split the file`,
      })
      break
    }
    const front = record.fields[frontAt] ?? ''
    const back = record.fields[backAt] ?? ''
    if (record.fields.length < 2) {
      errors.push({
        line: record.line,
        message: `only one field; a card needs a front and a back separated by ${sep === '\t' ? 'a tab' : `“${sep}”`}`,
      })
      continue
    }
    if (front.trim() === '') {
      errors.push({ line: record.line, message: 'the front is empty' })
      continue
    }
    const ownTags = tagsAt >= 0 ? (record.fields[tagsAt] ?? '').split(/\s+/).filter(Boolean) : []
    rows.push({ line: record.line, front, back, tags: [...new Set([...globalTags, ...ownTags])] })
  }
  return { rows, errors, separator: sep, html, deck }
}

/** Quotes a field for Anki's CSV when it needs it. */
function quote(field: string, separator: string): string {
  return /["\n\r]/.test(field) || field.includes(separator) ? `"${field.replace(/"/g, '""')}"` : field
}

/**
 * A deck as text Anki imports (File › Import): header lines saying how to
 * read it, then one card per row: front, back, tags.
 */
export function toAnkiCsv(
  cards: readonly { front: string; back: string; tags: readonly string[] }[],
  options: { html: boolean; deck?: string },
): string {
  const sep = '\t'
  const head = [
    '#separator:tab',
    `#html:${options.html}`,
    '#columns:Front\tBack\tTags',
    '#tags column:3',
    ...(options.deck ? [`#deck:${options.deck}`] : []),
  ]
  const body = cards.map((c) => [c.front, c.back, c.tags.join(' ')].map((f) => quote(f, sep)).join(sep))
  return `${[...head, ...body].join('\n')}\n`
}
