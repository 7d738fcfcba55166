import { describe, expect, it } from 'vitest'
import type { DiagramDoc, DiagramEdge, DiagramNode } from '../../../src/domain/diagram/model'
import {
  evaluateCheck,
  evaluateRubric,
  parseCheck,
  parseRubric,
  type RubricCheck,
} from '../../../src/domain/diagram/rubric'

const node = (
  id: string,
  kind: DiagramNode['kind'],
  properties: DiagramNode['properties'] = [],
): DiagramNode => ({
  id,
  kind,
  label: '',
  x: 0,
  y: 0,
  width: 100,
  height: 50,
  properties,
})
const edge = (source: string, target: string, style: DiagramEdge['style'] = 'sync'): DiagramEdge => ({
  id: `${source}-${target}`,
  source,
  target,
  label: '',
  style,
})
const doc = (nodes: DiagramNode[], edges: DiagramEdge[]): DiagramDoc => ({ version: 1, nodes, edges })

const check = (source: string): RubricCheck => {
  const parsed = parseCheck(source)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.check
}

// client → lb → 2 services (one with replicas: 3) → cache → db; service ⇢ queue ⇢ worker
const shop = doc(
  [
    node('c', 'client-web'),
    node('lb', 'load-balancer'),
    node('s1', 'service'),
    node('s2', 'service', [{ key: 'replicas', value: '3' }]),
    node('cache', 'cache'),
    node('db', 'sql-db'),
    node('q', 'message-queue'),
    node('w', 'worker'),
  ],
  [
    edge('c', 'lb'),
    edge('lb', 's1'),
    edge('lb', 's2'),
    edge('s1', 'cache'),
    edge('cache', 'db'),
    edge('s2', 'q', 'async'),
    edge('q', 'w', 'async'),
  ],
)

describe('rubric checks', () => {
  it('has and count, with replicas counted', () => {
    expect(evaluateCheck(shop, check('has(cache)'))).toBe(true)
    expect(evaluateCheck(shop, check('has(cdn)'))).toBe(false)
    expect(evaluateCheck(shop, check('count(service, 4)'))).toBe(true)
    expect(evaluateCheck(shop, check('count(service, 5)'))).toBe(false)
  })

  it('edge, async and path follow the arrows', () => {
    expect(evaluateCheck(shop, check('edge(client, load-balancer)'))).toBe(true)
    expect(evaluateCheck(shop, check('edge(load-balancer, client)'))).toBe(false)
    expect(evaluateCheck(shop, check('async(compute, queue)'))).toBe(true)
    expect(evaluateCheck(shop, check('async(load-balancer, compute)'))).toBe(false)
    expect(evaluateCheck(shop, check('path(client, db)'))).toBe(true)
    expect(evaluateCheck(shop, check('path(db, client)'))).toBe(false)
  })

  it('via needs the middle component on the way', () => {
    expect(evaluateCheck(shop, check('via(compute, cache, db)'))).toBe(true)
    expect(evaluateCheck(shop, check('via(client, queue, worker)'))).toBe(true)
    expect(evaluateCheck(shop, check('via(client, cdn, db)'))).toBe(false)
  })

  it('behind counts instances a component fronts', () => {
    expect(evaluateCheck(shop, check('behind(load-balancer, service, 2)'))).toBe(true)
    expect(evaluateCheck(shop, check('behind(load-balancer, service, 4)'))).toBe(true)
    expect(evaluateCheck(shop, check('behind(load-balancer, service, 5)'))).toBe(false)
  })

  it('refuses malformed checks with a reason', () => {
    expect(parseCheck('hass(cache)')).toEqual({
      ok: false,
      error: expect.stringContaining("unknown check 'hass'"),
    })
    expect(parseCheck('has(databse)')).toEqual({
      ok: false,
      error: expect.stringContaining("unknown component 'databse'"),
    })
    expect(parseCheck('count(cache)')).toEqual({ ok: false, error: 'count() takes 2 arguments, got 1' })
    expect(parseCheck('behind(load-balancer, service, two)')).toEqual({
      ok: false,
      error: expect.stringContaining("'two' is not a whole number"),
    })
  })
})

describe('parseRubric', () => {
  it('reads items with and without checks, with lines for errors', () => {
    const { items, errors } = parseRubric(
      [
        '- Clarifies read/write ratio',
        '- A cache in front of the database `check: via(compute, cache, db)`',
        '- Bad one `check: has(nope)`',
        'not a list item',
      ].join('\n'),
      20,
    )
    expect(items.map((i) => [i.text, i.checkSource])).toEqual([
      ['Clarifies read/write ratio', null],
      ['A cache in front of the database', 'via(compute, cache, db)'],
      ['Bad one', null],
    ])
    expect(errors).toEqual([
      { line: 22, reason: expect.stringContaining("unknown component 'nope'") },
      { line: 23, reason: "a rubric is a list: start each item with '- '" },
    ])
  })
})

describe('evaluateRubric', () => {
  it('gives each point its verdict, and null to a point the diagram cannot show', () => {
    const rubric = [{ check: check('has(cache)') }, { check: null }, { check: check('has(search-index)') }]
    expect(evaluateRubric(shop, rubric)).toEqual([true, null, false])
  })
})
