import { describe, expect, it } from 'vitest'
import type { TopicId } from '../../../src/domain/content/topics'
import { nextUnopened } from '../../../src/features/bank/next-unopened'

const outline: [string, TopicId][] = [
  ['h1', 'http'],
  ['h2', 'http'],
  ['c1', 'caching'],
  ['c2', 'caching'],
]

describe('nextUnopened', () => {
  it('starts at the beginning of the bank', () => {
    expect(nextUnopened(outline, new Set())).toEqual({ id: 'h1', topic: 'http' })
  })

  it('stays in the topic studied last while it has unopened items', () => {
    expect(nextUnopened(outline, new Set(['c1']), 'caching')).toEqual({ id: 'c2', topic: 'caching' })
  })

  it('moves on when that topic is done', () => {
    expect(nextUnopened(outline, new Set(['c1', 'c2']), 'caching')).toEqual({ id: 'h1', topic: 'http' })
  })

  it('is undefined when everything was opened', () => {
    expect(nextUnopened(outline, new Set(['h1', 'h2', 'c1', 'c2']))).toBeUndefined()
  })
})
