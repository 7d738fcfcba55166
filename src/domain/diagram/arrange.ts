/** Aligning and distributing boxes on the canvas. Pure: boxes in, positions out. */

export interface Box {
  id: string
  x: number
  y: number
  width: number
  height: number
}

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom'

/** New top-left positions that line the boxes up on one edge or centre line of their bounds. */
export function alignBoxes(boxes: readonly Box[], how: Alignment): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>()
  if (boxes.length < 2) return out
  const left = Math.min(...boxes.map((b) => b.x))
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const top = Math.min(...boxes.map((b) => b.y))
  const bottom = Math.max(...boxes.map((b) => b.y + b.height))
  for (const b of boxes) {
    const x =
      how === 'left'
        ? left
        : how === 'right'
          ? right - b.width
          : how === 'center'
            ? (left + right - b.width) / 2
            : b.x
    const y =
      how === 'top'
        ? top
        : how === 'bottom'
          ? bottom - b.height
          : how === 'middle'
            ? (top + bottom - b.height) / 2
            : b.y
    out.set(b.id, { x, y })
  }
  return out
}

/**
 * Spaces the boxes evenly along an axis, keeping the first and last in place:
 * the gaps between neighbours become equal.
 */
export function distributeBoxes(
  boxes: readonly Box[],
  axis: 'horizontal' | 'vertical',
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>()
  if (boxes.length < 3) return out
  const pos = axis === 'horizontal' ? (b: Box) => b.x : (b: Box) => b.y
  const size = axis === 'horizontal' ? (b: Box) => b.width : (b: Box) => b.height
  const sorted = [...boxes].sort((a, b) => pos(a) - pos(b))
  const first = sorted[0]!
  const last = sorted[sorted.length - 1]!
  const span = pos(last) + size(last) - pos(first)
  const occupied = sorted.reduce((sum, b) => sum + size(b), 0)
  const gap = (span - occupied) / (sorted.length - 1)
  let at = pos(first)
  for (const b of sorted) {
    out.set(b.id, axis === 'horizontal' ? { x: at, y: b.y } : { x: b.x, y: at })
    at += size(b) + gap
  }
  return out
}
