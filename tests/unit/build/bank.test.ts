// The real question bank: every file valid, every topic covered.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBank } from '../../../build/bank-plugin'
import { readBankFiles } from '../../../build/read-bank-files'
import { formatContentError } from '../../../src/domain/content/content-error'
import { topicIds } from '../../../src/domain/content/topics'
import { validateBank } from '../../../src/domain/content/validate-bank'

describe('the question bank in questions/', () => {
  const files = readBankFiles(process.cwd())
  const result = validateBank(files)

  it('has no invalid file', () => {
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([])
  })

  it('has at least 5 items in every topic, some of them mcq', () => {
    if (!result.ok) return
    for (const topic of topicIds) {
      const items = result.items.filter((i) => i.frontMatter.topic === topic)
      expect(items.length, topic).toBeGreaterThanOrEqual(5)
    }
    expect(result.items.filter((i) => i.frontMatter.type === 'mcq').length).toBeGreaterThan(0)
  })

  it('names each file after its id (topic-prefixed; exercises by their code-/sql- id)', () => {
    for (const file of files) {
      const name = file.path.split('/').pop()?.replace(/\.md$/, '') ?? ''
      const topic = file.path.split('/')[1]
      const exercise = /^type: (code|sql)$/m.test(file.source)
      const id = exercise ? name : `${topic}-${name}`
      expect(file.source, file.path).toContain(`id: ${id}\n`)
    }
  })
})

describe('loadBank (the build step)', () => {
  const write = (root: string, path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }

  it('renders Markdown with highlighted code and escapes raw HTML', () => {
    const root = mkdtempSync(join(tmpdir(), 'bank-'))
    write(
      root,
      'questions/databases/x.md',
      [
        '---',
        'id: databases-x',
        'type: card',
        'topic: databases',
        'difficulty: mid',
        '---',
        'What does `SELECT` do? <script>alert(1)</script>',
        '',
        '## Key points',
        '',
        '- Reads rows: `SELECT` with a `WHERE` filter',
        '- Projection picks the columns',
        '- Nothing is changed (no `FOR UPDATE`)',
        '',
        '## Answer',
        '',
        '```sql',
        'SELECT 1;',
        '```',
        '',
        '## Sources',
        '',
        '- [PostgreSQL 17 docs, SELECT](https://www.postgresql.org/docs/17/sql-select.html)',
      ].join('\n'),
    )
    const bank = loadBank(root)
    expect(bank.summaries).toEqual([
      {
        id: 'databases-x',
        type: 'card',
        topic: 'databases',
        difficulty: 'mid',
        tags: [],
        title: 'What does SELECT do? <script>alert(1)</script>',
      },
    ])
    const body = bank.bodiesByTopic.get('databases')?.['databases-x']
    expect(body?.promptHtml).toContain('&lt;script&gt;')
    expect(body?.promptHtml).not.toContain('<script>')
    expect(body?.type === 'card' && body.answerHtml).toContain('<span class="hljs-keyword">SELECT</span>')
    // Key points: one inline line each; sources likewise, links opening apart; key points are searched, sources are not.
    expect(body?.type === 'card' && body.keyPointsHtml).toEqual([
      'Reads rows: <code>SELECT</code> with a <code>WHERE</code> filter',
      'Projection picks the columns',
      'Nothing is changed (no <code>FOR UPDATE</code>)',
    ])
    expect(body?.type === 'card' && body.sourcesHtml[0]).toBe(
      '<a href="https://www.postgresql.org/docs/17/sql-select.html" target="_blank" rel="noopener noreferrer">PostgreSQL 17 docs, SELECT</a>',
    )
    const doc = bank.searchDocs.find((d) => d.id === 'databases-x')
    expect(doc?.body).toContain('Projection picks the columns')
    expect(doc?.body).not.toContain('PostgreSQL 17 docs')
  })

  it('fails with path:line: reason for a bad file', () => {
    const root = mkdtempSync(join(tmpdir(), 'bank-'))
    write(
      root,
      'questions/http/bad.md',
      '---\nid: http-bad\ntype: quiz\ntopic: http\ndifficulty: mid\n---\nQ\n',
    )
    expect(() => loadBank(root)).toThrowError(/questions\/http\/bad\.md:3: unknown type 'quiz'/)
  })
})
