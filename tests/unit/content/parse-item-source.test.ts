import { describe, expect, it } from 'vitest'
import { formatContentError } from '../../../src/domain/content/content-error'
import { countWords, parseItemSource } from '../../../src/domain/content/parse-item-source'
import { validateBank } from '../../../src/domain/content/validate-bank'

const path = 'questions/caching/example.md'

/** The key points and sources every card and mcq carries, appended where a test is about something else. */
const recallTail =
  '\n## Key points\n\n- Fast copy\n- Of slow data\n- Kept close\n\n## Sources\n\n- RFC 9111\n'

const card = (
  front: string,
  body = 'What is a cache?\n\n## Answer\n\nA fast copy of slow data.\n',
  tail = recallTail,
) => `---\n${front}\n---\n${body}${tail}`

const goodFront = 'id: caching-example\ntype: card\ntopic: caching\ndifficulty: mid\ntags: [redis]'

function errorsOf(source: string, file = path): string[] {
  const result = parseItemSource(file, source)
  return result.ok ? [] : result.errors.map(formatContentError)
}

describe('parseItemSource', () => {
  it('accepts a well-formed card and keeps its parts', () => {
    const result = parseItemSource(path, card(goodFront))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.item.frontMatter).toEqual({
      id: 'caching-example',
      type: 'card',
      topic: 'caching',
      difficulty: 'mid',
      tags: ['redis'],
    })
    expect(result.item.prompt).toEqual({ markdown: 'What is a cache?', line: 8 })
    expect(result.item.sections.get('Answer')).toEqual({ markdown: 'A fast copy of slow data.', line: 12 })
  })

  it('reports malformed YAML at its line', () => {
    const source = card('id: caching-example\ntype: card\ntags: [redis\ntopic: caching')
    expect(errorsOf(source)[0]).toMatch(
      /^questions\/caching\/example\.md:5: malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a \]/,
    )
  })

  it('reports a file without front matter at line 1', () => {
    expect(errorsOf('What is a cache?\n## Answer\nx')).toEqual([
      `${path}:1: missing front matter: the file must start with a '---' line`,
    ])
  })

  it('reports a missing id', () => {
    expect(errorsOf(card('type: card\ntopic: caching\ndifficulty: mid'))).toEqual([`${path}:1: missing id`])
  })

  it('reports an unknown topic at the line of the field, naming the allowed values', () => {
    const errors = errorsOf(card('id: caching-example\ntype: card\ntopic: cachin\ndifficulty: mid'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(
      /^questions\/caching\/example\.md:4: unknown topic 'cachin' \(expected one of: http, /,
    )
  })

  it('reports an unknown type at the line of the field', () => {
    const errors = errorsOf(card('id: caching-example\ntype: flashcard\ntopic: caching\ndifficulty: mid'))
    expect(errors[0]).toMatch(
      /^questions\/caching\/example\.md:3: unknown type 'flashcard' \(expected one of: card, mcq/,
    )
  })

  it('reserves the sql- id prefix for sql exercises, at the line of the id', () => {
    expect(errorsOf(card('id: sql-caching\ntype: card\ntopic: caching\ndifficulty: mid'))).toEqual([
      `${path}:2: only a sql exercise's id starts with 'sql-'`,
    ])
  })

  it('reports an unknown field', () => {
    expect(errorsOf(card(`${goodFront}\nlevel: 3`))).toEqual([`${path}:7: unknown field 'level'`])
  })

  it('reports an empty answer at its heading', () => {
    expect(errorsOf(card(goodFront, 'What is a cache?\n\n## Answer\n\n\n'))).toEqual([
      `${path}:10: empty section '## Answer'`,
    ])
  })

  it('reports a missing answer and an unknown section', () => {
    expect(errorsOf(card(goodFront, 'What is a cache?\n\n## Answr\n\nText\n'))).toEqual([
      `${path}:10: unknown section '## Answr' for a card (expected: Key points, Answer, Sources)`,
      `${path}:23: missing section '## Answer'`,
    ])
  })

  it('reports an empty prompt', () => {
    expect(errorsOf(card(goodFront, '## Answer\n\nText\n'))[0]).toBe(
      `${path}:8: empty prompt: write the question before the first ## section`,
    )
  })

  it('ignores ## inside code fences', () => {
    const body = 'Q?\n\n## Answer\n\n```md\n## Not a section\n```\n'
    expect(errorsOf(card(goodFront, body))).toEqual([])
  })

  const mcqFront = 'id: caching-pick\ntype: mcq\ntopic: caching\ndifficulty: junior'

  it('parses mcq choices with their explanations', () => {
    const body = [
      'Which is fastest?',
      '',
      '## Choices',
      '',
      '- [x] L1 cache',
      '  Nanoseconds.',
      '- [ ] Disk',
      '  Milliseconds.',
      '',
      '## Explanation',
      '',
      'Closer is faster.',
    ].join('\n')
    const result = parseItemSource(path, card(mcqFront, body))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.item.choices.map((c) => [c.correct, c.text.markdown, c.explanation.markdown])).toEqual([
      [true, 'L1 cache', 'Nanoseconds.'],
      [false, 'Disk', 'Milliseconds.'],
    ])
  })

  it('reports an mcq with no correct choice', () => {
    const body = 'Q?\n\n## Choices\n\n- [ ] A\n  no\n- [ ] B\n  no\n\n## Explanation\n\nBecause.\n'
    expect(errorsOf(card(mcqFront, body))).toEqual([
      `${path}:11: an mcq needs at least one correct choice marked '- [x]'`,
    ])
  })

  it('reports a choice without an explanation at its line', () => {
    const body = 'Q?\n\n## Choices\n\n- [x] A\n  yes\n- [ ] B\n\n## Explanation\n\nBecause.\n'
    expect(errorsOf(card(mcqFront, body))).toEqual([
      `${path}:13: choice without an explanation: say on the indented lines below why it is right or wrong`,
    ])
  })
})

describe('validateBank', () => {
  const file = (p: string, id: string, topic = 'caching') => ({
    path: p,
    source: card(`id: ${id}\ntype: card\ntopic: ${topic}\ndifficulty: mid`),
  })

  it('reports a duplicate id in the second file, naming the first', () => {
    const result = validateBank([
      file('questions/caching/a.md', 'caching-same'),
      file('questions/caching/b.md', 'caching-same'),
    ])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map(formatContentError)).toEqual([
      "questions/caching/b.md:2: duplicate id 'caching-same' (also in questions/caching/a.md)",
    ])
  })

  it('reports a file outside its topic folder', () => {
    const result = validateBank([file('questions/http/a.md', 'caching-a', 'caching')])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(formatContentError(result.errors[0]!)).toBe(
      "questions/http/a.md:2: topic 'caching' does not match the folder 'http': move the file to questions/caching/",
    )
  })

  it('collects errors from every file, not just the first', () => {
    const result = validateBank([
      { path: 'questions/caching/a.md', source: 'nope' },
      { path: 'questions/caching/b.md', source: 'nope' },
    ])
    expect(result.ok ? 0 : result.errors.length).toBe(2)
  })
})

describe('key points and sources', () => {
  const withSections = (keyPoints: string, sources = '- RFC 9111, HTTP Caching, §5.2') =>
    card(
      goodFront,
      `What is a cache?\n\n## Key points\n\n${keyPoints}\n\n## Answer\n\nA fast copy of slow data.\n\n## Sources\n\n${sources}\n`,
      '',
    )

  it('keeps each bullet as one line, joining continuation lines', () => {
    const result = parseItemSource(
      path,
      withSections(
        '- A copy of slow data\n  kept close to the reader\n- Hit ratio drives the win\n- Staleness is the cost',
      ),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.item.keyPoints.map((k) => k.markdown)).toEqual([
      'A copy of slow data kept close to the reader',
      'Hit ratio drives the win',
      'Staleness is the cost',
    ])
    expect(result.item.keyPoints[0]?.line).toBe(12)
    expect(result.item.sources.map((s) => s.markdown)).toEqual(['RFC 9111, HTTP Caching, §5.2'])
  })

  it('refuses fewer than 3 or more than 6 key points at the section line', () => {
    expect(errorsOf(withSections('- one\n- two'))).toEqual([
      `${path}:12: key points need 3 to 6 bullets, found 2`,
    ])
    expect(
      errorsOf(withSections(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((x) => `- ${x}`).join('\n'))),
    ).toEqual([`${path}:12: key points need 3 to 6 bullets, found 7`])
  })

  it('refuses key points over 60 words in all', () => {
    const twenty = Array.from({ length: 21 }, (_, i) => `w${i}`).join(' ')
    expect(errorsOf(withSections(`- ${twenty}\n- ${twenty}\n- ${twenty}`))).toEqual([
      `${path}:12: key points are 63 words; keep them to 60 or fewer (recall targets, not the answer)`,
    ])
  })

  it('refuses a paragraph where a list is expected, at its line', () => {
    expect(errorsOf(withSections('Caches are fast.'))).toEqual([
      `${path}:12: '## Key points' is a list: start each point with '- '`,
    ])
  })

  it('refuses more than 3 sources', () => {
    expect(errorsOf(withSections('- a\n- b\n- c', '- one\n- two\n- three\n- four'))).toEqual([
      `${path}:22: sources need 1 to 3 references, found 4`,
    ])
  })

  it('counts words as a reader does: code marks do not count, symbols alone are not words', () => {
    expect(countWords('`SET LOCAL` takes no bind parameter — use `set_config`')).toBe(8)
  })
})
