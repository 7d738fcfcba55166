import { iconPaths } from '../../../src/domain/diagram/icons'
import { describe, expect, it } from 'vitest'
import { emptyDiagram } from '../../../src/domain/diagram/model'
import { escapeXml, toSvg, wrapText } from '../../../src/domain/diagram/svg'
import { sampleDiagram } from './fixtures'

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml')

describe('toSvg', () => {
  const light = toSvg(sampleDiagram(), { theme: 'light' })
  const dark = toSvg(sampleDiagram(), { theme: 'dark' })

  it('is well-formed XML with an SVG root', () => {
    for (const svg of [light, dark, toSvg(emptyDiagram(), { theme: 'light' })]) {
      const doc = parse(svg)
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
      expect(doc.documentElement.tagName).toBe('svg')
      expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg')
    }
  })

  it('fits the viewBox to the content plus padding', () => {
    // Nodes span x 0…820 and y 0…410; no edge label sticks out.
    const root = parse(toSvg(sampleDiagram(), { theme: 'light', padding: 10 })).documentElement
    expect(root.getAttribute('viewBox')).toBe('-10 -10 840 430')
    expect(root.getAttribute('width')).toBe('840')
  })

  it('escapes labels', () => {
    expect(light).toContain('Orders &lt;DB&gt;')
    expect(light).toContain('Backend &quot;core&quot;')
    expect(light).toContain('Check &amp; retry')
    expect(light).toContain('it&#39;s fine')
    expect(light).not.toContain('<DB>')
    const texts = [...parse(light).getElementsByTagName('text')].map((t) => t.textContent)
    expect(texts).toContain('Orders <DB>')
    expect(texts).toContain('enqueue | job')
  })

  it('draws async edges dashed and sync edges solid, with an arrowhead', () => {
    const doc = parse(light)
    const edgePaths = [...doc.querySelectorAll('g.edge > path')]
    expect(edgePaths).toHaveLength(3)
    const async = doc.querySelector('g.edge.async > path')
    expect(async?.getAttribute('stroke-dasharray')).toBe('6 4')
    expect(doc.querySelector('g.edge.sync > path')?.hasAttribute('stroke-dasharray')).toBe(false)
    for (const p of edgePaths) expect(p.getAttribute('marker-end')).toBe('url(#bp-arrowhead)')
    expect(doc.getElementById('bp-arrowhead')).not.toBeNull()
    // client → api, between the facing sides.
    expect(edgePaths[0]?.getAttribute('d')).toBe('M120 130L240 90')
  })

  it('draws groups dashed, nodes with their kind icon, and notes with wrapped text', () => {
    const doc = parse(light)
    expect(doc.querySelectorAll('g.group > rect[stroke-dasharray]')).toHaveLength(2)
    const db = doc.querySelector('g.node[data-kind="sql-db"]')
    expect(db?.querySelector('path')?.getAttribute('d')).toBe(iconPaths['sql-db'])
    const noteLines = [...doc.querySelectorAll('g.note text')].map((t) => t.textContent)
    expect(noteLines).toEqual(['Check & retry', "later, it's fine"])
  })

  it('paints the background in the theme colour', () => {
    const bg = (svg: string) => parse(svg).querySelector('rect.background')?.getAttribute('fill')
    expect(bg(light)).toBe('#ffffff')
    expect(bg(dark)).toBe('#0f1115')
    expect(parse(dark).querySelector('g.node text:last-of-type')?.getAttribute('fill')).toBe('#e6edf3')
  })

  it('references nothing outside the file', () => {
    expect(light).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/)
    expect(light).not.toMatch(/@import|<image|href="(?!#)/)
  })

  it('is deterministic', () => {
    expect(toSvg(sampleDiagram(), { theme: 'dark' })).toBe(dark)
  })
})

describe('escapeXml', () => {
  it('escapes the five XML specials and drops control characters', () => {
    expect(escapeXml(`<a href="x">&'\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;')
  })
})

describe('wrapText', () => {
  it('wraps at spaces, keeps line breaks and cuts long words', () => {
    expect(wrapText('one two three four', 9, 10)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('a\nb', 9, 10)).toEqual(['a', 'b'])
    expect(wrapText('abcdefghijkl', 5, 10)).toEqual(['abcde', 'fghij', 'kl'])
  })

  it('ends the last line with an ellipsis when there is more', () => {
    expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…'])
    expect(wrapText('aaaaa bbbbb ccccc', 5, 2)).toEqual(['aaaaa', 'bbbb…'])
  })
})
