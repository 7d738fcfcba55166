// The question bank's quality rules (issue: the bank at scale). The build
// already refuses malformed files; these check the bank as a whole.
import { describe, expect, it } from 'vitest'
import { readBankFiles, readTagVocabulary } from '../../../build/read-bank-files'
import { parseDiagramFile } from '../../../src/domain/diagram/diagram-file'
import { evaluateCheck } from '../../../src/domain/diagram/rubric'
import { formatContentError } from '../../../src/domain/content/content-error'
import { topicIds } from '../../../src/domain/content/topics'
import { validateBank } from '../../../src/domain/content/validate-bank'

const root = process.cwd()
const knownTags = readTagVocabulary(root)
const result = validateBank(readBankFiles(root), knownTags ? { knownTags } : {})
const items = result.ok ? result.items : []
const flashcards = items.filter((i) => i.frontMatter.type === 'card' || i.frontMatter.type === 'mcq')
const designs = items.filter((i) => i.frontMatter.type === 'design')

/** Words of prose, code blocks left out. */
const words = (markdown: string) =>
  markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length

describe('the question bank', () => {
  it('is valid, every tag is in the vocabulary and every topic is known', () => {
    expect(knownTags, 'questions/tags.yml').toBeDefined()
    expect(result.ok ? [] : result.errors.map(formatContentError)).toEqual([])
  })

  it('has 400+ cards and mcqs: 15+ per topic, a quarter or more mcq, every difficulty in every topic', () => {
    expect(flashcards.length).toBeGreaterThanOrEqual(400)
    expect(
      flashcards.filter((i) => i.frontMatter.type === 'mcq').length / flashcards.length,
    ).toBeGreaterThanOrEqual(0.25)
    for (const topic of topicIds) {
      const inTopic = flashcards.filter((i) => i.frontMatter.topic === topic)
      expect(inTopic.length, topic).toBeGreaterThanOrEqual(15)
      expect(new Set(inTopic.map((i) => i.frontMatter.difficulty)), topic).toEqual(
        new Set(['junior', 'mid', 'senior']),
      )
    }
  })

  it('has the 20 classic design prompts', () => {
    const slugs = designs.map((d) => d.frontMatter.id.replace('system-design-design-', '')).sort()
    expect(slugs).toEqual(
      [
        'api-gateway',
        'chat-messaging',
        'distributed-cache',
        'file-storage-sync',
        'job-scheduler',
        'key-value-store',
        'leaderboard',
        'metrics-monitoring',
        'news-feed',
        'notification-service',
        'pastebin',
        'payments',
        'rate-limiter',
        'ride-sharing',
        'search-autocomplete',
        'ticket-booking',
        'unique-id-generator',
        'url-shortener',
        'video-streaming',
        'web-crawler',
      ].sort(),
    )
  })

  it('keeps answers within sensible lengths', () => {
    const outside: string[] = []
    for (const item of items) {
      const { id, type } = item.frontMatter
      const check = (what: string, text: string, min: number, max: number) => {
        const n = words(text)
        if (n < min || n > max) outside.push(`${id} ${what}: ${n} words (expected ${min}–${max})`)
      }
      if (type === 'card') check('answer', item.sections.get('Answer')?.markdown ?? '', 80, 600)
      if (type === 'mcq') {
        check('explanation', item.sections.get('Explanation')?.markdown ?? '', 25, 400)
        item.choices.forEach((c, i) => check(`choice ${i + 1} explanation`, c.explanation.markdown, 5, 120))
      }
      if (type === 'design')
        check('reference design', item.sections.get('Reference design')?.markdown ?? '', 300, 1500)
    }
    expect(outside).toEqual([])
  })

  it('never asks the same question twice (near-duplicate titles)', () => {
    const stop = new Set(
      'a an the and or of to in on for with what how why when is are do does you your it its be by as at from which that this vs versus between would should can'.split(
        ' ',
      ),
    )
    const tokens = (text: string) =>
      new Set(
        text
          .toLowerCase()
          .replace(/[^a-z0-9 ]+/g, ' ')
          .split(/\s+/)
          .filter((w) => w.length > 1 && !stop.has(w)),
      )
    const titles = items.map((i) => ({
      id: i.frontMatter.id,
      words: tokens(i.prompt.markdown.split('\n\n')[0] ?? ''),
    }))
    const similar: string[] = []
    for (let a = 0; a < titles.length; a++) {
      for (let b = a + 1; b < titles.length; b++) {
        const A = titles[a]!.words
        const B = titles[b]!.words
        if (A.size < 4 || B.size < 4) continue
        let shared = 0
        for (const w of A) if (B.has(w)) shared++
        const jaccard = shared / (A.size + B.size - shared)
        if (jaccard >= 0.75) similar.push(`${titles[a]!.id} ~ ${titles[b]!.id} (${jaccard.toFixed(2)})`)
      }
    }
    expect(similar).toEqual([])
  })

  it('gives every design prompt 8+ rubric points, 3+ checked on the diagram, and a reference diagram that passes them', () => {
    for (const d of designs) {
      const checks = d.rubric.filter((r) => r.check)
      expect(d.rubric.length, d.frontMatter.id).toBeGreaterThanOrEqual(8)
      expect(checks.length, d.frontMatter.id).toBeGreaterThanOrEqual(3)
      const parsed = parseDiagramFile(JSON.stringify(d.referenceDiagram?.json))
      expect(parsed.ok, d.frontMatter.id).toBe(true)
      if (!parsed.ok) continue
      expect(parsed.doc.nodes.length, d.frontMatter.id).toBeGreaterThanOrEqual(5)
      for (const r of checks)
        expect(evaluateCheck(parsed.doc, r.check!), `${d.frontMatter.id}: ${r.checkSource}`).toBe(true)
    }
  })
})
