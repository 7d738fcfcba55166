// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { zipSync } from 'fflate'
import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { clozeSides, parseMediaMap } from '../../../src/domain/import/anki-notes'
import { replayReviews } from '../../../src/domain/import/replay-history'
import { CardState, newCardRecord } from '../../../src/domain/scheduling/card'
import { createScheduler } from '../../../src/domain/scheduling/scheduler'
import { defaultSchedulingSettings } from '../../../src/domain/scheduling/settings'
import { AnkiPackageError, readAnkiPackage } from '../../../src/lib/anki-package'

let SQL: SqlJsStatic
beforeAll(async () => {
  SQL = await initSqlJs()
})

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
const day = 86_400_000
const t0 = Date.UTC(2026, 9, 1, 9)

/** A zstd frame of raw (stored) blocks: valid zstd that any decoder reads. */
function zstdRaw(data: Uint8Array): Uint8Array {
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]
  const size = 128 * 1024
  let at = 0
  do {
    const chunk = data.subarray(at, at + size)
    at += chunk.length
    const last = at >= data.length ? 1 : 0
    const header = last | (0 << 1) | (chunk.length << 3)
    out.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...chunk)
  } while (at < data.length)
  return Uint8Array.from(out)
}

/** The protobuf media list of newer packages: entries { name = 1, size = 2 }. */
function mediaProto(names: string[], sizes: number[]): Uint8Array {
  const out: number[] = []
  names.forEach((name, i) => {
    const n = [...new TextEncoder().encode(name)]
    const inner = [0x0a, n.length, ...n, 0x10, sizes[i]!]
    out.push(0x0a, inner.length, ...inner)
  })
  return Uint8Array.from(out)
}

type Format = 'collection.anki2' | 'collection.anki21' | 'collection.anki21b'

/** Builds a package of the given format: a basic note, a reversed note, a cloze note, with history on one card. */
function buildPackage(format: Format): Uint8Array {
  const db = new SQL.Database()
  db.run(`CREATE TABLE col (id integer, models text, decks text)`)
  db.run(
    `CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld text, csum integer, flags integer, data text)`,
  )
  db.run(
    `CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text)`,
  )
  db.run(
    `CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, time integer, type integer)`,
  )
  const models = {
    '1': { name: 'Basic (and reversed card)', type: 0, flds: [{ name: 'Front' }, { name: 'Back' }] },
    '2': { name: 'Cloze', type: 1, flds: [{ name: 'Text' }, { name: 'Back Extra' }] },
  }
  if (format === 'collection.anki21b') {
    // Schema 18 keeps note types and decks in tables.
    db.run(`CREATE TABLE fields (ntid integer, ord integer, name text, config blob)`)
    db.run(`CREATE TABLE decks (id integer, name text)`)
    db.run(
      `INSERT INTO fields VALUES (1, 0, 'Front', x''), (1, 1, 'Back', x''), (2, 0, 'Text', x''), (2, 1, 'Back Extra', x'')`,
    )
    db.run(`INSERT INTO decks VALUES (10, 'Backend' || char(31) || 'Caching')`)
    db.run(`INSERT INTO col VALUES (1, '{"2": {"type": 1}}', '{}')`)
  } else {
    db.run(`INSERT INTO col VALUES (1, ?, ?)`, [
      JSON.stringify(models),
      JSON.stringify({ '10': { name: 'Backend::Caching' } }),
    ])
  }
  const note = (id: number, mid: number, tags: string, fields: string[]) =>
    db.run(`INSERT INTO notes VALUES (?, 'g', ?, 0, 0, ?, ?, '', 0, 0, '')`, [
      id,
      mid,
      tags,
      fields.join('\x1f'),
    ])
  note(100, 1, ' caching redis ', [
    'What is <b>cache-aside</b>? <img src="diagram.png">',
    'Read the cache, fall back to the DB <img src="gone.png"> [sound:x.mp3]',
  ])
  note(200, 2, '', ['A {{c1::write-through}} cache writes {{c2::synchronously::how?}}', 'Extra note'])
  const card = (id: number, nid: number, ord: number) =>
    db.run(`INSERT INTO cards VALUES (?, ?, 10, ?, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`, [
      id,
      nid,
      ord,
      id,
    ])
  card(1, 100, 0)
  card(2, 100, 1)
  card(3, 200, 0)
  card(4, 200, 1)
  // Card 1: learned Good, then Good, then forgotten, then Good (plus a manual reschedule, ease 0).
  const log = (at: number, cid: number, ease: number, type: number) =>
    db.run(`INSERT INTO revlog VALUES (?, ?, 0, ?, 0, 0, 0, 0, ?)`, [at, cid, ease, type])
  log(t0, 1, 3, 0)
  log(t0 + day, 1, 3, 1)
  log(t0 + 5 * day, 1, 1, 1)
  log(t0 + 5 * day + 600_000, 1, 3, 2)
  log(t0 + 6 * day, 1, 0, 4)
  const collection = db.export()
  db.close()

  const legacy = format !== 'collection.anki21b'
  const files: Record<string, Uint8Array> = {
    [format]: legacy ? collection : zstdRaw(collection),
    media: legacy
      ? new TextEncoder().encode('{"0": "diagram.png"}')
      : zstdRaw(mediaProto(['diagram.png'], [png.length])),
    '0': legacy ? png : zstdRaw(png),
  }
  return zipSync(files)
}

describe('reading Anki packages', () => {
  it('reads the published System Design deck (legacy collection.anki2): 42 cards', () => {
    const deck = readAnkiPackage(readFileSync('tests/fixtures/anki/system-design.apkg'), SQL)
    expect(deck.format).toBe('collection.anki2')
    expect(deck.name).toBe('System Design')
    expect(deck.cards).toHaveLength(42)
    expect(deck.notes).toBe(42)
    expect(deck.cards.some((c) => c.front.includes('Performance vs scalability'))).toBe(true)
    expect(deck.cards.every((c) => c.front.trim() !== '' && c.back.trim() !== '')).toBe(true)
    expect(deck.reviews).toBe(0)
  })

  it.each(['collection.anki2', 'collection.anki21', 'collection.anki21b'] as const)(
    'reads a %s package: basic, reversed and cloze cards, tags, images, history',
    (format) => {
      const deck = readAnkiPackage(buildPackage(format), SQL)
      expect(deck.format).toBe(format)
      expect(deck.name).toBe('Backend::Caching')
      expect(deck.cards).toHaveLength(4)
      const [basic, reversed, cloze1, cloze2] = deck.cards
      expect(basic!.front).toMatch(
        /^What is <b>cache-aside<\/b>\? <img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="">$/,
      )
      // A missing image is dropped, a sound reference removed.
      expect(basic!.back).toBe('Read the cache, fall back to the DB  ')
      expect(basic!.tags).toEqual(['caching', 'redis'])
      expect(reversed!.front).toBe(basic!.back)
      expect(cloze1!.front).toBe('A <span class="cloze">[…]</span> cache writes synchronously')
      expect(cloze1!.back).toBe(
        'A <span class="cloze">write-through</span> cache writes synchronously<hr>Extra note',
      )
      expect(cloze2!.front).toBe('A write-through cache writes <span class="cloze">[how?]</span>')
      expect(basic!.reviews.map((r) => r.rating)).toEqual([3, 3, 1, 3])
      expect(deck.images).toEqual({ found: 2, missing: 2 })
    },
  )

  it('turns the review history into FSRS state by replaying it', () => {
    const deck = readAnkiPackage(buildPackage('collection.anki21b'), SQL)
    const scheduler = createScheduler({ ...defaultSchedulingSettings, fuzz: false })
    const base = newCardRecord(
      { id: 'import:x', deckId: 'import:d', topic: null, source: 'import', position: 0 },
      t0,
    )
    const { card, logs } = replayReviews(base, deck.cards[0]!.reviews, scheduler, (at) =>
      Math.floor(at / day),
    )
    expect(logs).toHaveLength(4)
    expect(logs.every((l) => l.origin === 'import')).toBe(true)
    expect(card.reps).toBe(4)
    expect(card.lapses).toBe(1)
    expect(card.state).toBe(CardState.Review)
    expect(card.lastReview).toBe(t0 + 5 * day + 600_000)
  })

  it('refuses what is not a package, naming the problem', () => {
    expect(() => readAnkiPackage(new TextEncoder().encode('hello'), SQL)).toThrow(AnkiPackageError)
    expect(() => readAnkiPackage(new TextEncoder().encode('hello'), SQL)).toThrow(/not a zip file/)
    expect(() => readAnkiPackage(zipSync({ 'readme.txt': new Uint8Array(3) }), SQL)).toThrow(
      /no Anki collection/,
    )
    expect(() =>
      readAnkiPackage(zipSync({ 'collection.anki2': new TextEncoder().encode('not sqlite') }), SQL),
    ).toThrow(/not a readable Anki collection/)
  })
})

describe('Anki note helpers', () => {
  it('reads both media maps', () => {
    expect([...parseMediaMap(new TextEncoder().encode('{"0":"a.png","1":"b.jpg"}'))]).toEqual([
      ['0', 'a.png'],
      ['1', 'b.jpg'],
    ])
    expect([...parseMediaMap(mediaProto(['a.png', 'b.jpg'], [3, 4]))]).toEqual([
      ['0', 'a.png'],
      ['1', 'b.jpg'],
    ])
  })

  it('hides one cloze at a time', () => {
    expect(clozeSides('{{c1::a}} and {{c1::b}} then {{c2::c}}', 1).front).toBe(
      '<span class="cloze">[…]</span> and <span class="cloze">[…]</span> then c',
    )
  })
})
