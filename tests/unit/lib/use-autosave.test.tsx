import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readJournal } from '../../../src/lib/journal'
import { journalEveryMs, maxSaveWaitMs, useAutosave } from '../../../src/lib/use-autosave'

const t0 = new Date('2026-03-02T10:00:00Z').getTime()
const key = 'note:http-example'

beforeEach(() => {
  vi.useFakeTimers({ now: t0 })
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

const hook = <T,>(save: (value: T, at: number) => Promise<void>, delayMs = 400) =>
  renderHook(() => useAutosave(save, { journalKey: key, delayMs }))

describe('useAutosave', () => {
  it('saves the last value once typing pauses, with the time of the change, and says saved only after the write', async () => {
    const save = vi.fn((_: string, _at: number) => Promise.resolve())
    const { result } = hook(save)
    act(() => result.current.schedule('a'))
    await act(() => vi.advanceTimersByTimeAsync(100))
    act(() => result.current.schedule('ab'))
    expect(result.current.status.kind).toBe('pending')
    await act(() => vi.advanceTimersByTimeAsync(399))
    expect(save).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(save.mock.calls).toEqual([['ab', t0 + 100]])
    expect(result.current.status.kind).toBe('saved')
  })

  it('journals a change synchronously, before any save, and clears it once stored', async () => {
    let resolve: () => void = () => undefined
    const save = vi.fn(() => new Promise<void>((r) => (resolve = r)))
    const { result } = hook(save)
    act(() => result.current.schedule('typed just now'))
    // A reload here loses nothing: the journal already holds it.
    expect(readJournal(key)).toEqual({ key, value: 'typed just now', at: t0 })
    await act(() => vi.advanceTimersByTimeAsync(400))
    expect(save).toHaveBeenCalledOnce()
    expect(readJournal(key)).not.toBeNull()
    await act(async () => resolve())
    expect(readJournal(key)).toBeNull()
  })

  it('keeps a newer change in the journal when an older one finishes saving', async () => {
    const pending: (() => void)[] = []
    const save = vi.fn(() => new Promise<void>((r) => pending.push(r)))
    const { result } = hook(save, 0)
    act(() => result.current.schedule('one'))
    await act(() => vi.advanceTimersByTimeAsync(0))
    await act(() => vi.advanceTimersByTimeAsync(journalEveryMs))
    act(() => result.current.schedule('two'))
    expect(readJournal(key)?.value).toBe('two')
    await act(async () => pending[0]?.())
    expect(readJournal(key)?.value).toBe('two')
  })

  it('writes the journal at most every 150 ms during a stream of changes, never leaving the newest unjournaled longer', async () => {
    const save = vi.fn(() => Promise.resolve())
    const { result } = hook(save, 600)
    act(() => result.current.schedule('frame 0'))
    for (let i = 1; i <= 10; i++) {
      await act(() => vi.advanceTimersByTimeAsync(16))
      act(() => result.current.schedule(`frame ${i}`))
    }
    // 160 ms in: frame 0 at once, and the newest no later than 150 ms after the first.
    expect(readJournal(key)?.value).toBe('frame 9')
    await act(() => vi.advanceTimersByTimeAsync(journalEveryMs))
    expect(readJournal(key)?.value).toBe('frame 10')
  })

  it('writes continuous changes to the store at least every second, though the pause never comes', async () => {
    const save = vi.fn((_: string, _at: number) => Promise.resolve())
    const { result } = hook(save, 600)
    for (let i = 0; i < 25; i++) {
      act(() => result.current.schedule(`stroke ${i}`))
      await act(() => vi.advanceTimersByTimeAsync(100))
    }
    // 2.5 s of changes every 100 ms: saved at 1 s and 2 s, not only at the end.
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(2)
    expect(save.mock.calls[0]?.[1]).toBeLessThanOrEqual(t0 + maxSaveWaitMs)
  })

  it('journals and starts the save at once when the page is hidden', () => {
    const save = vi.fn((_: string, _at: number) => Promise.resolve())
    const { result } = hook(save)
    act(() => result.current.schedule('draft'))
    act(() => result.current.schedule('draft 2'))
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    expect(readJournal(key)?.value).toBe('draft 2')
    expect(save.mock.calls).toEqual([['draft 2', t0]])
  })

  it('saves pending text when the component unmounts', () => {
    const save = vi.fn((_: string, _at: number) => Promise.resolve())
    const { result, unmount } = hook(save)
    act(() => result.current.schedule('last words'))
    unmount()
    expect(save.mock.calls).toEqual([['last words', t0]])
  })

  it('saves a discrete change at once with saveNow', async () => {
    const save = vi.fn((_: number[], _at: number) => Promise.resolve())
    const { result } = hook(save)
    await act(() => result.current.saveNow([2]))
    expect(save.mock.calls).toEqual([[[2], t0]])
    expect(readJournal(key)).toBeNull()
  })

  it('reports a failed write instead of saved, and keeps the change in the journal for the next start', async () => {
    const save = vi.fn(() => Promise.reject(new Error('QuotaExceededError: disk full')))
    const { result } = hook(save, 10)
    act(() => result.current.schedule('x'))
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(result.current.status).toEqual({ kind: 'failed', message: 'QuotaExceededError: disk full' })
    expect(readJournal(key)?.value).toBe('x')
  })

  it('says plainly when the browser’s storage is full, and never reports that write as saved', async () => {
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    })
    const save = vi.fn(() => Promise.reject(quota))
    const { result } = hook(save, 10)
    act(() => result.current.schedule('a long answer'))
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(result.current.status.kind).toBe('failed')
    expect(result.current.status.kind === 'failed' && result.current.status.message).toMatch(
      /storage for Backprep is full/,
    )
  })
})
