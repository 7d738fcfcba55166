/**
 * Turning Anki's notes into Backprep cards, without Anki's template engine:
 * a standard note's first card is front → back, a second card (a reversed
 * note type) back → front, and a cloze card hides its own deletion. Also the
 * package's media map (legacy JSON or the newer protobuf) and images inlined
 * into the card's HTML. Pure.
 */
import { Grade, type GradeValue } from '../scheduling/card.ts'

export interface AnkiCardSides {
  front: string
  back: string
}

const clozePattern = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g

export function isClozeText(text: string): boolean {
  return /\{\{c\d+::/.test(text)
}

/** Cloze number `n`: hidden (with its hint) on the front, shown on the back; the other deletions show as text. */
export function clozeSides(text: string, n: number): AnkiCardSides {
  const front = text.replace(clozePattern, (_, num: string, answer: string, hint?: string) =>
    Number(num) === n ? `<span class="cloze">[${hint ? hint : '…'}]</span>` : answer,
  )
  const back = text.replace(clozePattern, (_, num: string, answer: string) =>
    Number(num) === n ? `<span class="cloze">${answer}</span>` : answer,
  )
  return { front, back }
}

/**
 * The two sides of card `ord` of a note with `fields` (named `names`).
 * Fields called Front and Back (or Text and Extra for cloze) are used when
 * present; otherwise the first two fields.
 */
export function cardSides(
  fields: readonly string[],
  names: readonly string[],
  ord: number,
  cloze: boolean,
): AnkiCardSides {
  const byName = (wanted: string[], fallback: number) => {
    const i = names.findIndex((n) => wanted.includes(n.trim().toLowerCase()))
    return fields[i >= 0 ? i : fallback] ?? ''
  }
  if (cloze) {
    const text = byName(['text'], 0)
    const extra = byName(['extra', 'back extra'], 1)
    const sides = clozeSides(text, ord + 1)
    return { front: sides.front, back: extra && extra !== text ? `${sides.back}<hr>${extra}` : sides.back }
  }
  const front = byName(['front', 'question'], 0)
  const back = byName(['back', 'answer'], 1)
  return ord % 2 === 1 ? { front: back, back: front } : { front, back }
}

/** Anki keeps tags space-separated, with spaces around: " a b ". */
export function splitTags(tags: string): string[] {
  return tags.split(/\s+/).filter(Boolean)
}

/** Reads a protobuf varint at `at`; returns the value and the next offset. */
function varint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0
  let shift = 0
  for (let i = at; i < bytes.length; i++) {
    const b = bytes[i]!
    value += (b & 0x7f) * 2 ** shift
    if (b < 0x80) return [value, i + 1]
    shift += 7
  }
  throw new Error('the media list is cut short')
}

/** The fields of one protobuf message as (field number, bytes or number). */
function* protoFields(bytes: Uint8Array): Generator<[number, Uint8Array | number]> {
  let at = 0
  while (at < bytes.length) {
    const [key, next] = varint(bytes, at)
    at = next
    const field = Math.floor(key / 8)
    const wire = key % 8
    if (wire === 0) {
      const [v, n] = varint(bytes, at)
      at = n
      yield [field, v]
    } else if (wire === 2) {
      const [len, n] = varint(bytes, at)
      yield [field, bytes.subarray(n, n + len)]
      at = n + len
    } else if (wire === 5) at += 4
    else if (wire === 1) at += 8
    else throw new Error(`the media list has an unknown field type (${wire})`)
  }
}

/**
 * The package's media map: zip entry name → file name. Legacy packages hold
 * JSON (`{"0": "diagram.png"}`); newer ones a protobuf list whose n-th entry
 * is the zip entry "n".
 */
export function parseMediaMap(bytes: Uint8Array): Map<string, string> {
  const text = new TextDecoder().decode(bytes)
  if (text.trimStart().startsWith('{')) {
    const json = JSON.parse(text) as Record<string, unknown>
    return new Map(Object.entries(json).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
  }
  const out = new Map<string, string>()
  let index = 0
  for (const [field, value] of protoFields(bytes)) {
    if (field !== 1 || typeof value === 'number') continue
    for (const [f, v] of protoFields(value)) {
      if (f === 1 && typeof v !== 'number') out.set(String(index), new TextDecoder().decode(v))
    }
    index++
  }
  return out
}

const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
}

/** The data: URL of an image file, or null for a file that is not an image this app shows. */
export function imageDataUrl(name: string, bytes: Uint8Array): string | null {
  const type = imageTypes[name.split('.').pop()?.toLowerCase() ?? '']
  if (!type || type === 'image/svg+xml') return null // an SVG can carry script: left out
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:${type};base64,${btoa(binary)}`
}

/**
 * Points each `<img src="file">` at the package's image, inlined; an image the
 * package does not hold is dropped rather than shown broken. Sounds
 * (`[sound:…]`) are removed.
 */
export function inlineMedia(html: string, image: (name: string) => string | null): string {
  return html
    .replace(
      /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi,
      (tag, a?: string, b?: string, c?: string) => {
        const src = decodeHtmlEntities(a ?? b ?? c ?? '')
        // An image from the web stays as it is: the sanitizer shows its alt text instead of fetching it.
        if (/^(https?:|data:|\/\/)/i.test(src)) return tag
        const url = image(src)
        return url ? `<img src="${url}" alt="">` : ''
      },
    )
    .replace(/\[sound:[^\]]*\]/g, '')
}

function decodeHtmlEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}

export interface AnkiReview {
  at: number
  rating: GradeValue
}

/**
 * Anki's review log → grades to replay: ease 1–4 are Again, Hard, Good, Easy;
 * ease 0 (a manual reschedule) and cram reviews (type 3) are left out.
 */
export function reviewsFromRevlog(rows: readonly { id: number; ease: number; type: number }[]): AnkiReview[] {
  const grades: Record<number, GradeValue> = { 1: Grade.Again, 2: Grade.Hard, 3: Grade.Good, 4: Grade.Easy }
  return rows
    .filter((r) => r.type !== 3 && grades[r.ease] !== undefined)
    .sort((a, b) => a.id - b.id)
    .map((r) => ({ at: r.id, rating: grades[r.ease]! }))
}
