/**
 * The two cheat-sheet tables beside the estimator: powers of two against
 * their decimal names, and how long common operations take, as orders of
 * magnitude. Latencies vary by hardware and year; the ranges say roughly
 * where each sits, which is all an estimate needs.
 */

export interface PowerOfTwoRow {
  /** The exponent: 2^power. */
  power: number
  exact: number
  /** The round decimal number it is close to. */
  approximate: number
  /** "thousand", "million" … */
  name: string
  /** The byte unit it stands for in estimates. */
  unit: string
}

export const powersOfTwo: readonly PowerOfTwoRow[] = [
  { power: 10, exact: 2 ** 10, approximate: 1e3, name: 'thousand', unit: 'KB' },
  { power: 20, exact: 2 ** 20, approximate: 1e6, name: 'million', unit: 'MB' },
  { power: 30, exact: 2 ** 30, approximate: 1e9, name: 'billion', unit: 'GB' },
  { power: 40, exact: 2 ** 40, approximate: 1e12, name: 'trillion', unit: 'TB' },
  { power: 50, exact: 2 ** 50, approximate: 1e15, name: 'quadrillion', unit: 'PB' },
]

export interface LatencyRow {
  id: string
  /** What happens, in plain words. */
  operation: string
  /** The order of magnitude as shown: "~100 ns", "~2–10 ms". */
  magnitude: string
  /** The same range in nanoseconds, for sorting and bar lengths. */
  nanoseconds: { low: number; high: number }
  note?: string
}

const ns = 1
const us = 1_000
const ms = 1_000_000

/** Fastest first. */
export const latencyNumbers: readonly LatencyRow[] = [
  {
    id: 'l1-cache',
    operation: 'Load a value already in the CPU’s L1 cache',
    magnitude: '~1 ns',
    nanoseconds: { low: 0.5 * ns, high: 1 * ns },
  },
  {
    id: 'branch-mispredict',
    operation: 'CPU guesses a branch wrong and refills its pipeline',
    magnitude: '~3–5 ns',
    nanoseconds: { low: 3 * ns, high: 5 * ns },
  },
  {
    id: 'l2-cache',
    operation: 'Load a value from the L2 cache',
    magnitude: '~4 ns',
    nanoseconds: { low: 3 * ns, high: 7 * ns },
  },
  {
    id: 'uncontended-lock',
    operation: 'Take and release a lock no other thread holds',
    magnitude: '~20 ns',
    nanoseconds: { low: 15 * ns, high: 25 * ns },
  },
  {
    id: 'main-memory',
    operation: 'Load a value from RAM after a cache miss',
    magnitude: '~100 ns',
    nanoseconds: { low: 60 * ns, high: 120 * ns },
  },
  {
    id: 'compress-1kb',
    operation: 'Compress a kilobyte with a fast codec (Snappy, LZ4)',
    magnitude: '~2–3 µs',
    nanoseconds: { low: 2 * us, high: 3 * us },
  },
  {
    id: 'send-1kb-1gbps',
    operation: 'Put a kilobyte on a 1 Gbit/s link',
    magnitude: '~10 µs',
    nanoseconds: { low: 8 * us, high: 10 * us },
    note: '8,000 bits at a billion bits a second is 8 µs before any overhead.',
  },
  {
    id: 'ssd-random-read',
    operation: 'Fetch a random 4 KB block from an SSD',
    magnitude: '~16–100 µs',
    nanoseconds: { low: 16 * us, high: 100 * us },
  },
  {
    id: 'memory-1mb-sequential',
    operation: 'Scan a megabyte of RAM from start to end',
    magnitude: '~50–250 µs',
    nanoseconds: { low: 50 * us, high: 250 * us },
    note: 'Set by memory bandwidth: roughly 4–20 GB/s for a single core.',
  },
  {
    id: 'datacenter-round-trip',
    operation: 'Round trip to another server in the same datacenter',
    magnitude: '~500 µs',
    nanoseconds: { low: 100 * us, high: 500 * us },
    note: 'Often well under that within one rack.',
  },
  {
    id: 'ssd-1mb-sequential',
    operation: 'Stream a megabyte off an SSD',
    magnitude: '~0.3–1 ms',
    nanoseconds: { low: 300 * us, high: 1 * ms },
    note: 'NVMe drives at the fast end, SATA drives at the slow end.',
  },
  {
    id: 'disk-seek',
    operation: 'Move a hard-disk head to another track',
    magnitude: '~2–10 ms',
    nanoseconds: { low: 2 * ms, high: 10 * ms },
  },
  {
    id: 'disk-1mb-sequential',
    operation: 'Stream a megabyte off a spinning disk',
    magnitude: '~5–20 ms',
    nanoseconds: { low: 5 * ms, high: 20 * ms },
  },
  {
    id: 'intercontinental-round-trip',
    operation: 'Round trip across a continent or an ocean',
    magnitude: '~70–150 ms',
    nanoseconds: { low: 70 * ms, high: 150 * ms },
    note: 'Light in fibre covers about 200 km per millisecond, so distance alone sets the floor.',
  },
]
