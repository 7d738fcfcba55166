import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAutosave } from '../../../src/lib/use-autosave'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useAutosave', () => {
  it('saves the last value once typing pauses, and says saved only after the write', async () => {
    const save = vi.fn((_: string) => Promise.resolve())
    const { result } = renderHook(() => useAutosave(save, 400))
    act(() => result.current.schedule('a'))
    act(() => result.current.schedule('ab'))
    expect(result.current.status.kind).toBe('pending')
    await act(() => vi.advanceTimersByTimeAsync(399))
    expect(save).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(save.mock.calls).toEqual([['ab']])
    expect(result.current.status.kind).toBe('saved')
  })

  it('saves at once when the page is hidden', () => {
    const save = vi.fn((_: string) => Promise.resolve())
    const { result } = renderHook(() => useAutosave(save, 400))
    act(() => result.current.schedule('draft'))
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    expect(save.mock.calls).toEqual([['draft']])
  })

  it('saves pending text when the component unmounts', () => {
    const save = vi.fn((_: string) => Promise.resolve())
    const { result, unmount } = renderHook(() => useAutosave(save, 400))
    act(() => result.current.schedule('last words'))
    unmount()
    expect(save.mock.calls).toEqual([['last words']])
  })

  it('reports a failed write instead of saved', async () => {
    const save = vi.fn(() => Promise.reject(new Error('QuotaExceededError: disk full')))
    const { result } = renderHook(() => useAutosave(save, 10))
    act(() => result.current.schedule('x'))
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(result.current.status).toEqual({ kind: 'failed', message: 'QuotaExceededError: disk full' })
  })

  it('says plainly when the browser’s storage is full, and never reports that write as saved', async () => {
    const quota = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    })
    const save = vi.fn(() => Promise.reject(quota))
    const { result } = renderHook(() => useAutosave(save, 10))
    act(() => result.current.schedule('a long answer'))
    await act(() => vi.advanceTimersByTimeAsync(10))
    expect(result.current.status.kind).toBe('failed')
    expect(result.current.status.kind === 'failed' && result.current.status.message).toMatch(
      /storage for Backprep is full/,
    )
  })
})
