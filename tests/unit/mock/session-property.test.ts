// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  focusItem,
  pauseMock,
  remainingMs,
  resumeMock,
  settleMock,
  startMock,
  submitMock,
  timePerItem,
  type MockSession,
} from '../../../src/domain/mock/session'

const t0 = Date.UTC(2026, 10, 21, 9)

type Step =
  { kind: 'wait'; ms: number } | { kind: 'focus'; index: number } | { kind: 'pause' } | { kind: 'resume' }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 5 * 60_000 }) }),
  fc.record({ kind: fc.constant('focus' as const), index: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant('pause' as const) }),
  fc.record({ kind: fc.constant('resume' as const) }),
)

describe('the mock clock, for any sequence of waits, item changes and pauses', () => {
  it('never gives more time than the duration, and accounts for every active millisecond', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (steps, minutes) => {
        const durationMs = minutes * 60_000
        let s: MockSession = startMock(
          {
            id: 'p',
            format: 'custom',
            mode: 'practice',
            seed: 's',
            items: Array.from({ length: 5 }, (_, i) => ({
              id: `i${i}`,
              kind: 'mcq' as const,
              topic: 'http' as const,
            })),
            durationMs,
            missedToReview: true,
          },
          t0,
        )
        let now = t0
        for (const st of steps) {
          if (st.kind === 'wait') now += st.ms
          s = settleMock(s, now)
          if (s.status === 'submitted') break
          if (st.kind === 'focus') s = focusItem(s, st.index, now)
          if (st.kind === 'pause' && s.status === 'running') s = pauseMock(s, now)
          if (st.kind === 'resume' && s.status === 'paused') s = resumeMock(s, now)
          // Reloads: the session is plain data.
          s = structuredClone(s)
        }
        const left = remainingMs(s, now)
        expect(left).toBeGreaterThanOrEqual(0)
        expect(left).toBeLessThanOrEqual(durationMs)
        const final = s.status === 'submitted' ? s : submitMock(s, now, 'user')
        const spent = timePerItem(final, now).reduce((a, b) => a + b, 0)
        // Time on items + time left at submission = the duration.
        const leftAtSubmit = final.deadline - (final.submittedAt ?? now)
        expect(spent + leftAtSubmit).toBe(durationMs)
      }),
      { seed: 20261121, numRuns: 300 },
    )
  })
})
