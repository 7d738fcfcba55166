/** A small seeded random number generator, so a mock drawn from a seed can be drawn again. */

/** Hashes a seed text to 32 bits (FNV-1a). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Uniform numbers in [0, 1) from a seed (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: string): () => number {
  let a = hashSeed(seed)
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const seedAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789'

/** A short seed a person can read and type, from random bytes the caller supplies. */
export function seedFromBytes(bytes: Uint8Array): string {
  let out = ''
  for (const b of bytes) out += seedAlphabet[b % seedAlphabet.length]
  return out
}
