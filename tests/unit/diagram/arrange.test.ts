import { describe, expect, it } from 'vitest'
import { alignBoxes, distributeBoxes } from '../../../src/domain/diagram/arrange'

const boxes = [
  { id: 'a', x: 0, y: 0, width: 100, height: 40 },
  { id: 'b', x: 150, y: 50, width: 50, height: 60 },
  { id: 'c', x: 400, y: 20, width: 100, height: 40 },
]

describe('alignBoxes', () => {
  it('lines boxes up on an edge or a centre line', () => {
    expect(Object.fromEntries(alignBoxes(boxes, 'left'))).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 0, y: 50 },
      c: { x: 0, y: 20 },
    })
    expect(alignBoxes(boxes, 'right').get('b')).toEqual({ x: 450, y: 50 })
    expect(alignBoxes(boxes, 'middle').get('a')).toEqual({ x: 0, y: 35 })
    expect(alignBoxes(boxes, 'bottom').get('c')).toEqual({ x: 400, y: 70 })
  })

  it('does nothing for a single box', () => {
    expect(alignBoxes([boxes[0]!], 'left').size).toBe(0)
  })
})

describe('distributeBoxes', () => {
  it('makes the gaps between neighbours equal, keeping the ends', () => {
    const out = distributeBoxes(boxes, 'horizontal')
    // span 0..500, boxes take 250, two gaps of 125
    expect(out.get('a')).toEqual({ x: 0, y: 0 })
    expect(out.get('b')).toEqual({ x: 225, y: 50 })
    expect(out.get('c')).toEqual({ x: 400, y: 20 })
  })
})
