// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { parseDelimited, toAnkiCsv } from '../../../src/domain/import/delimited-text'

describe('reading CSV and TSV cards', () => {
  it('reads a plain two-column CSV, with quotes, doubled quotes and line breaks inside fields', () => {
    const r = parseDelimited(
      'What is a WAL?,"A log, written first"\n"Say ""idempotent""","Same result\ntwice"\n',
    )
    expect(r.errors).toEqual([])
    expect(r.separator).toBe(',')
    expect(r.rows).toEqual([
      { line: 1, front: 'What is a WAL?', back: 'A log, written first', tags: [] },
      { line: 2, front: 'Say "idempotent"', back: 'Same result\ntwice', tags: [] },
    ])
  })

  it('follows Anki’s header lines: separator, html, tags, columns, deck', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#tags:imported sd',
      '#columns:Back\tFront\tTags',
      '#deck:System design',
      'Consistent hashing moves K/N keys\tHow much moves when a node joins?\tsharding',
    ].join('\n')
    const r = parseDelimited(text)
    expect(r).toMatchObject({ separator: '\t', html: true, deck: 'System design', errors: [] })
    expect(r.rows).toEqual([
      {
        line: 6,
        front: 'How much moves when a node joins?',
        back: 'Consistent hashing moves K/N keys',
        tags: ['imported', 'sd', 'sharding'],
      },
    ])
  })

  it('guesses a tab separator, skips blank lines, and reads CRLF files', () => {
    const r = parseDelimited('\uFEFFfront one\tback one\r\n\r\nfront two\tback two\r\n')
    expect(r.rows.map((x) => [x.line, x.front, x.back])).toEqual([
      [1, 'front one', 'back one'],
      [3, 'front two', 'back two'],
    ])
  })

  it('names the line of each problem and keeps the good rows', () => {
    const r = parseDelimited('ok,fine\njust one field\n,empty front\nlast,one\n')
    expect(r.rows.map((x) => [x.line, x.front])).toEqual([
      [1, 'ok'],
      [4, 'last'],
    ])
    expect(r.errors).toEqual([
      { line: 2, message: 'only one field; a card needs a front and a back separated by “,”' },
      { line: 3, message: 'the front is empty' },
    ])
  })

  it('stops at a quote that is never closed, naming where it started', () => {
    const r = parseDelimited('a,b\n"broken,c\nd,e\n')
    expect(r.rows).toHaveLength(1)
    expect(r.errors).toEqual([{ line: 2, message: 'a quoted field is never closed (a " is missing)' }])
  })

  it('refuses an unknown separator in the header', () => {
    expect(parseDelimited('#separator:banana\na,b').errors[0]).toEqual({
      line: 1,
      message: 'unknown separator “banana” (use tab, comma, semicolon, pipe, space or one character)',
    })
  })
})

describe('exporting a deck for Anki', () => {
  it('writes what Anki reads, and what this reader reads back the same', () => {
    const cards = [
      { front: 'Tab\there', back: 'Line\nbreak and "quotes"', tags: ['a', 'b'] },
      { front: 'plain', back: 'text', tags: [] },
    ]
    const text = toAnkiCsv(cards, { html: false, deck: 'Mine' })
    expect(text.split('\n').slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tTags',
      '#tags column:3',
      '#deck:Mine',
    ])
    const back = parseDelimited(text)
    expect(back.errors).toEqual([])
    expect(back.rows.map(({ front, back: b, tags }) => ({ front, back: b, tags }))).toEqual(cards)
  })
})
