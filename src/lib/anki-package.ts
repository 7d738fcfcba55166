/**
 * Reading an Anki package (.apkg) in the browser: the zip (fflate), the
 * collection (SQLite through sql.js, its WebAssembly bundled locally), zstd
 * for the newer `collection.anki21b` format (fzstd). Loaded only when the
 * user imports one.
 */
import { unzipSync } from 'fflate'
import { decompress } from 'fzstd'
import type { Database, SqlJsStatic } from 'sql.js'
import {
  cardSides,
  imageDataUrl,
  inlineMedia,
  isClozeText,
  parseMediaMap,
  reviewsFromRevlog,
  splitTags,
  type AnkiReview,
} from '../domain/import/anki-notes'

export interface AnkiImportCard {
  front: string
  back: string
  tags: string[]
  reviews: AnkiReview[]
}

export interface AnkiDeck {
  /** The deck most of the cards are in. */
  name: string
  format: 'collection.anki21b' | 'collection.anki21' | 'collection.anki2'
  notes: number
  cards: AnkiImportCard[]
  images: { found: number; missing: number }
  reviews: number
}

export class AnkiPackageError extends Error {
  override name = 'AnkiPackageError'
}

const zstdMagic = [0x28, 0xb5, 0x2f, 0xfd]
const isZstd = (b: Uint8Array) => zstdMagic.every((m, i) => b[i] === m)
/** An image larger than this is left out rather than inlined into every card that shows it. */
const maxImageBytes = 2_000_000

function rows<T>(db: Database, sql: string): T[] {
  const result = db.exec(sql)[0]
  if (!result) return []
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])) as T)
}

function hasTable(db: Database, name: string): boolean {
  return (
    rows<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM sqlite_master WHERE type='table' AND name='${name}'`,
    )[0]?.n === 1
  )
}

/** Reads a package into cards; throws an AnkiPackageError that names what is wrong. */
export function readAnkiPackage(bytes: Uint8Array, SQL: SqlJsStatic): AnkiDeck {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes)
  } catch {
    throw new AnkiPackageError('This is not an Anki package: it is not a zip file (or it is damaged).')
  }
  const format = (['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const).find(
    (f) => files[f],
  )
  if (!format)
    throw new AnkiPackageError(
      'This zip holds no Anki collection (no collection.anki2, .anki21 or .anki21b).',
    )
  let collection = files[format]!
  try {
    if (isZstd(collection)) collection = decompress(collection)
  } catch {
    throw new AnkiPackageError(`${format} is damaged: it could not be decompressed.`)
  }

  let db: Database
  try {
    db = new SQL.Database(collection)
    db.exec('SELECT count(*) FROM notes')
  } catch {
    throw new AnkiPackageError(`${format} is not a readable Anki collection.`)
  }
  try {
    return readCollection(db, format, files)
  } finally {
    db.close()
  }
}

function readCollection(
  db: Database,
  format: AnkiDeck['format'],
  files: Record<string, Uint8Array>,
): AnkiDeck {
  // Note types: field names, and whether a type is cloze.
  const fieldNames = new Map<number, string[]>()
  const clozeTypes = new Set<number>()
  const deckNames = new Map<number, string>()
  if (hasTable(db, 'fields')) {
    for (const f of rows<{ ntid: number; ord: number; name: string }>(
      db,
      'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord',
    )) {
      fieldNames.set(f.ntid, [...(fieldNames.get(f.ntid) ?? []), f.name])
    }
  }
  if (hasTable(db, 'decks')) {
    for (const d of rows<{ id: number; name: string }>(db, 'SELECT id, name FROM decks'))
      deckNames.set(d.id, d.name.split('\u001f').join('::'))
  }
  const col = rows<{ models: string; decks: string }>(db, 'SELECT models, decks FROM col')[0]
  try {
    const models = col?.models
      ? (JSON.parse(col.models) as Record<string, { flds?: { name: string }[]; type?: number }>)
      : {}
    for (const [id, m] of Object.entries(models)) {
      if (!fieldNames.has(Number(id)))
        fieldNames.set(
          Number(id),
          (m.flds ?? []).map((f) => f.name),
        )
      if (m.type === 1) clozeTypes.add(Number(id))
    }
    const decks = col?.decks ? (JSON.parse(col.decks) as Record<string, { name?: string }>) : {}
    for (const [id, d] of Object.entries(decks))
      if (d.name && !deckNames.has(Number(id))) deckNames.set(Number(id), d.name)
  } catch {
    // Newer collections keep these in tables; an unreadable JSON leaves the defaults.
  }

  // Media: inlined as data: URLs, read once per file.
  const media = files.media
    ? parseMediaMap(isZstd(files.media) ? decompress(files.media) : files.media)
    : new Map<string, string>()
  const byName = new Map([...media].map(([entry, name]) => [name, entry]))
  const images = new Map<string, string | null>()
  let found = 0
  let missing = 0
  const image = (name: string) => {
    if (!images.has(name)) {
      const entry = byName.get(name)
      let data = entry !== undefined ? files[entry] : undefined
      if (data && isZstd(data)) data = decompress(data)
      const url = data && data.length <= maxImageBytes ? imageDataUrl(name, data) : null
      images.set(name, url)
    }
    const url = images.get(name) ?? null
    if (url) found++
    else missing++
    return url
  }

  const notes = new Map(
    rows<{ id: number; mid: number; tags: string; flds: string }>(
      db,
      'SELECT id, mid, tags, flds FROM notes',
    ).map((n) => [n.id, n]),
  )
  const revlog = new Map<number, { id: number; ease: number; type: number }[]>()
  let reviews = 0
  for (const r of rows<{ id: number; cid: number; ease: number; type: number }>(
    db,
    'SELECT id, cid, ease, type FROM revlog',
  )) {
    revlog.set(r.cid, [...(revlog.get(r.cid) ?? []), r])
  }
  const deckCount = new Map<number, number>()
  const cards: AnkiImportCard[] = []
  for (const c of rows<{ id: number; nid: number; did: number; ord: number }>(
    db,
    'SELECT id, nid, did, ord FROM cards ORDER BY due, id',
  )) {
    const note = notes.get(c.nid)
    if (!note) continue
    const fields = note.flds.split('\x1f')
    const cloze =
      clozeTypes.has(note.mid) ||
      (c.ord === 0 &&
        isClozeText(fields[0] ?? '') &&
        !fieldNames.get(note.mid)?.some((n) => /^front$/i.test(n)))
    const sides = cardSides(fields, fieldNames.get(note.mid) ?? [], c.ord, cloze)
    const history = reviewsFromRevlog(revlog.get(c.id) ?? [])
    reviews += history.length
    cards.push({
      front: inlineMedia(sides.front, image),
      back: inlineMedia(sides.back, image),
      tags: splitTags(note.tags),
      reviews: history,
    })
    deckCount.set(c.did, (deckCount.get(c.did) ?? 0) + 1)
  }
  const mainDeck = [...deckCount].sort((a, b) => b[1] - a[1])[0]?.[0]
  return {
    name: (mainDeck !== undefined ? deckNames.get(mainDeck) : undefined) ?? 'Imported deck',
    format,
    notes: notes.size,
    cards,
    images: { found, missing },
    reviews,
  }
}

let sql: Promise<SqlJsStatic> | null = null

/**
 * sql.js with its WebAssembly from this app's own files. The package's
 * "browser" build names result columns `lc` (a minifier slip in 1.14), so the
 * standard build is loaded, which runs in browsers too.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sql ??= Promise.all([import('sql.js/dist/sql-wasm.js'), import('sql.js/dist/sql-wasm.wasm?url')]).then(
    ([module, wasm]) => {
      const init = (module as { default: (config: { locateFile: () => string }) => Promise<SqlJsStatic> })
        .default
      return init({ locateFile: () => wasm.default })
    },
  )
  sql.catch(() => {
    sql = null
  })
  return sql
}
