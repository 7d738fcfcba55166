import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/db/db'
import { createDiagram, getDiagram, saveDiagramDoc } from '../../../src/db/diagrams'
import { replayJournal } from '../../../src/db/journal-replay'
import { createMock, loadMockAnswers, updateMock } from '../../../src/db/mocks'
import { saveNote } from '../../../src/db/notes'
import { emptyDiagram, type DiagramDoc } from '../../../src/domain/diagram/model'
import { startMock, submitMock } from '../../../src/domain/mock/session'
import { journalKeys, readJournal, writeJournal } from '../../../src/lib/journal'

const t0 = Date.UTC(2026, 2, 2, 10)

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(t0)
  localStorage.clear()
  await Promise.all(db.tables.map((t) => t.clear()))
})
afterEach(() => vi.useRealTimers())

const withCache = (): DiagramDoc => ({
  ...emptyDiagram(),
  nodes: [{ id: 'n1', kind: 'cache', label: 'Cache', x: 0, y: 0, width: 168, height: 64, properties: [] }],
})

describe('replaying the autosave journal at start', () => {
  it('stores a change the reload cut off, with the time it was made, and clears its entry', async () => {
    const id = await createDiagram('Design', emptyDiagram())
    writeJournal(`canvas:${id}`, withCache(), t0 + 5_000)
    writeJournal('note:http-tcp', 'three-way handshake', t0 + 6_000)
    const outcome = await replayJournal()
    expect(outcome.replayed.sort()).toEqual([`canvas:${id}`, 'note:http-tcp'])
    const stored = await getDiagram(id)
    expect(stored?.doc.nodes.map((n) => n.label)).toEqual(['Cache'])
    expect(stored?.updatedAt).toBe(t0 + 5_000)
    expect((await db.notes.get('http-tcp'))?.text).toBe('three-way handshake')
    expect(journalKeys()).toEqual([])
  })

  it('never puts an older change over a newer one another tab saved meanwhile', async () => {
    const id = await createDiagram('Design', emptyDiagram())
    writeJournal(`canvas:${id}`, withCache(), t0 + 1_000)
    await saveDiagramDoc(id, { ...emptyDiagram(), nodes: [] }, t0 + 2_000)
    writeJournal('note:http-tcp', 'old words', t0 + 1_000)
    await saveNote('http-tcp', 'newer words', t0 + 3_000)
    await replayJournal()
    expect((await getDiagram(id))?.doc.nodes).toEqual([])
    expect((await db.notes.get('http-tcp'))?.text).toBe('newer words')
    expect(journalKeys()).toEqual([])
  })

  it('drops entries that no longer apply or do not parse, and keeps none of them', async () => {
    writeJournal('canvas:gone', withCache(), t0)
    writeJournal('canvas:bad', { nodes: [{ id: 'x', kind: 'nonsense' }], edges: [] }, t0)
    writeJournal('note:x', { not: 'a string' }, t0)
    localStorage.setItem('backprep:journal:draft:y', '{not json')
    const outcome = await replayJournal()
    expect(outcome.dropped.sort()).toEqual(['canvas:bad', 'canvas:gone', 'draft:y', 'note:x'])
    expect(journalKeys()).toEqual([])
    expect(await db.diagrams.count()).toBe(0)
  })

  it('replays a mock answer, but not into a mock submitted since', async () => {
    const items = [{ id: 'caching-a', kind: 'card' as const, topic: 'caching' as const }]
    const session = startMock(
      {
        id: 'm1',
        format: 'custom',
        mode: 'exam',
        seed: 's',
        items,
        durationMs: 600_000,
        missedToReview: true,
      },
      t0,
    )
    await createMock(session)
    await createMock({ ...session, id: 'm2' })
    await updateMock('m2', (s, at) => submitMock(s, at, 'user'))
    const entry = { item: items[0], fields: { text: 'TTL with jitter' } }
    writeJournal('mock-answer:m1:caching-a:text', entry, t0 + 1_000)
    writeJournal('mock-answer:m2:caching-a:text', entry, t0 + 1_000)
    const outcome = await replayJournal()
    expect(outcome.replayed).toEqual(['mock-answer:m1:caching-a:text'])
    expect(outcome.dropped).toEqual(['mock-answer:m2:caching-a:text'])
    expect((await loadMockAnswers('m1')).get('caching-a')?.text).toBe('TTL with jitter')
    expect((await loadMockAnswers('m2')).get('caching-a')).toBeUndefined()
  })

  it('leaves a form’s unsaved input for its screen to offer back', async () => {
    writeJournal('card-draft:new', { front: 'Q', back: 'A', tags: '' }, t0)
    await replayJournal()
    expect(readJournal('card-draft:new')?.value).toEqual({ front: 'Q', back: 'A', tags: '' })
  })
})
