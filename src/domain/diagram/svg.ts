/**
 * Export to a standalone SVG image: no external fonts or images, so it looks
 * the same attached to a ticket, pasted into slides or opened offline.
 */
import { kindLabel } from './components.ts'
import { iconPaths } from './icons.ts'
import { absoluteBoxes, boundsOf, edgeEnds, groupDepth, nodesById, type Box } from './geometry.ts'
import type { DiagramDoc, DiagramNode } from './model.ts'

export interface SvgOptions {
  theme: 'light' | 'dark'
  /** Space around the drawing, in diagram units (default 32). */
  padding?: number
}

interface Palette {
  background: string
  text: string
  mutedText: string
  nodeFill: string
  nodeStroke: string
  groupFill: string
  groupStroke: string
  noteFill: string
  noteStroke: string
  noteText: string
  edge: string
  labelFill: string
}

const palettes: Record<SvgOptions['theme'], Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    mutedText: '#59636e',
    nodeFill: '#f6f8fa',
    nodeStroke: '#8c959f',
    groupFill: '#f3f6fc',
    groupStroke: '#8c959f',
    noteFill: '#fff8c5',
    noteStroke: '#d4a72c',
    noteText: '#3b2e00',
    edge: '#59636e',
    labelFill: '#ffffff',
  },
  dark: {
    background: '#0f1115',
    text: '#e6edf3',
    mutedText: '#9198a1',
    nodeFill: '#1b1f27',
    nodeStroke: '#6e7681',
    groupFill: '#151922',
    groupStroke: '#6e7681',
    noteFill: '#2e2a15',
    noteStroke: '#9e8a2f',
    noteText: '#f0e6b8',
    edge: '#9198a1',
    labelFill: '#0f1115',
  },
}

const fontStack = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
const fontSize = 14
const smallFontSize = 12
/** Average glyph width of the system sans-serif fonts, as a share of the font size. */
const glyphWidth = 0.56

/**
 * Text made safe for XML content and attribute values: the five special
 * characters escaped, and control characters XML 1.0 forbids dropped.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  )
}

/** A number for an attribute: at most two decimals, no `-0`. */
function num(n: number): string {
  const r = Math.round(n * 100) / 100
  return Object.is(r, -0) ? '0' : String(r)
}

function truncate(line: string, maxChars: number): string {
  const chars = [...line]
  return chars.length <= maxChars ? line : `${chars.slice(0, Math.max(1, maxChars - 1)).join('')}…`
}

/**
 * Breaks text into lines of at most `maxChars` characters at spaces (a word
 * longer than a line is cut), keeping the author's line breaks; past
 * `maxLines` the last line ends with an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(maxChars))
  const lines: string[] = []
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      let rest = word
      while ([...rest].length > width) {
        if (line !== '') {
          lines.push(line)
          line = ''
        }
        const chars = [...rest]
        lines.push(chars.slice(0, width).join(''))
        rest = chars.slice(width).join('')
      }
      if (rest === '') continue
      const candidate = line === '' ? rest : `${line} ${rest}`
      if ([...candidate].length <= width) line = candidate
      else {
        lines.push(line)
        line = rest
      }
    }
    lines.push(line)
  }
  const limit = Math.max(1, Math.floor(maxLines))
  if (lines.length <= limit) return lines
  const kept = lines.slice(0, limit)
  const last = [...(kept[limit - 1] ?? '')]
  kept[limit - 1] = `${(last.length >= width ? last.slice(0, width - 1) : last).join('')}…`
  return kept
}

const maxCharsFor = (width: number, size: number) => Math.floor(width / (size * glyphWidth))

function textLines(lines: string[], x: number, firstBaseline: number, size: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${num(x)}" y="${num(firstBaseline + i * size * 1.3)}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('')
}

function drawGroup(node: DiagramNode, box: Box, p: Palette): string {
  const label = node.label.trim() === '' ? kindLabel('group') : node.label
  const line = truncate(label.replace(/\s+/g, ' '), maxCharsFor(box.width - 20, smallFontSize))
  return (
    `<g class="group">` +
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="12" fill="${p.groupFill}" stroke="${p.groupStroke}" stroke-width="1.5" stroke-dasharray="6 4"/>` +
    `<text x="${num(box.x + 10)}" y="${num(box.y + 18)}" font-size="${smallFontSize}" font-weight="600" fill="${p.mutedText}">${escapeXml(line)}</text>` +
    `</g>`
  )
}

function drawNote(node: DiagramNode, box: Box, p: Palette): string {
  const fold = Math.min(14, box.width / 4, box.height / 4)
  const { x, y, width: w, height: h } = box
  const lines = wrapText(
    node.label,
    maxCharsFor(w - 20, smallFontSize),
    Math.floor((h - 16) / (smallFontSize * 1.3)),
  )
  return (
    `<g class="note">` +
    `<path d="M${num(x)} ${num(y)}H${num(x + w - fold)}L${num(x + w)} ${num(y + fold)}V${num(y + h)}H${num(x)}Z" fill="${p.noteFill}" stroke="${p.noteStroke}" stroke-width="1"/>` +
    `<path d="M${num(x + w - fold)} ${num(y)}V${num(y + fold)}H${num(x + w)}" fill="none" stroke="${p.noteStroke}" stroke-width="1"/>` +
    textLines(lines, x + 10, y + 8 + smallFontSize, smallFontSize, `fill="${p.noteText}"`) +
    `</g>`
  )
}

function drawComponent(node: DiagramNode, box: Box, p: Palette): string {
  const { x, y, width: w, height: h } = box
  const label = node.label.trim() === '' ? kindLabel(node.kind) : node.label
  const iconSize = Math.min(20, Math.max(10, h - 12))
  const textX = x + 12 + iconSize + 8
  const maxLines = Math.max(1, Math.floor((h - 8) / (fontSize * 1.3)))
  const lines = wrapText(label, maxCharsFor(x + w - 10 - textX, fontSize), Math.min(3, maxLines))
  const blockHeight = (lines.length - 1) * fontSize * 1.3
  const firstBaseline = y + h / 2 - blockHeight / 2 + fontSize * 0.35
  return (
    `<g class="node" data-kind="${escapeXml(node.kind)}">` +
    `<title>${escapeXml(kindLabel(node.kind))}</title>` +
    `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="8" fill="${p.nodeFill}" stroke="${p.nodeStroke}" stroke-width="1.5"/>` +
    // The kind's line icon (icons.ts), scaled from its 24×24 grid.
    `<path d="${iconPaths[node.kind]}" transform="translate(${num(x + 12)} ${num(y + h / 2 - iconSize / 2)}) scale(${num(iconSize / 24)})" fill="none" stroke="${p.groupStroke}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/>` +
    textLines(lines, textX, firstBaseline, fontSize, `fill="${p.text}"`) +
    `</g>`
  )
}

/**
 * The diagram as a standalone SVG document, fitted to its content plus
 * `padding`: groups as dashed rounded boxes labelled at the top left,
 * components as rounded boxes with the kind's icon and the label, notes as
 * sticky notes with wrapped text, edges as straight arrows between the
 * facing sides (dashed when async) with the label on a small plate at the
 * middle. Light theme: white background and dark text; dark theme: #0f1115
 * and light text. Only the system font stack is used; all text is escaped.
 */
export function toSvg(doc: DiagramDoc, options: SvgOptions): string {
  const p = palettes[options.theme]
  const padding = Math.max(0, options.padding ?? 32)
  const byId = nodesById(doc)
  const boxes = absoluteBoxes(doc)
  const boxOf = (n: DiagramNode) => boxes.get(n) ?? { x: n.x, y: n.y, width: n.width, height: n.height }

  const groups = doc.nodes.filter((n) => n.kind === 'group')
  const depth = new Map(groups.map((g) => [g, groupDepth(byId, g)]))
  groups.sort((a, b) => (depth.get(a) ?? 0) - (depth.get(b) ?? 0))

  const parts: string[] = []
  for (const g of groups) parts.push(drawGroup(g, boxOf(g), p))
  for (const n of doc.nodes) {
    if (n.kind === 'group') continue
    parts.push(n.kind === 'note' ? drawNote(n, boxOf(n), p) : drawComponent(n, boxOf(n), p))
  }

  const labelBoxes: Box[] = []
  for (const edge of doc.edges) {
    const ends = edgeEnds(boxes, byId, edge)
    if (!ends) continue
    const { start, end } = ends
    const dash = edge.style === 'async' ? ' stroke-dasharray="6 4"' : ''
    let label = ''
    if (edge.label.trim() !== '') {
      const text = truncate(edge.label.replace(/\s+/g, ' ').trim(), 40)
      const w = [...text].length * smallFontSize * glyphWidth + 12
      const h = smallFontSize + 8
      const plate = {
        x: (start.x + end.x) / 2 - w / 2,
        y: (start.y + end.y) / 2 - h / 2,
        width: w,
        height: h,
      }
      labelBoxes.push(plate)
      label =
        `<rect x="${num(plate.x)}" y="${num(plate.y)}" width="${num(w)}" height="${num(h)}" rx="4" fill="${p.labelFill}" stroke="${p.nodeStroke}" stroke-width="0.5"/>` +
        `<text x="${num(plate.x + w / 2)}" y="${num(plate.y + h / 2 + smallFontSize * 0.35)}" font-size="${smallFontSize}" text-anchor="middle" fill="${p.mutedText}">${escapeXml(text)}</text>`
    }
    parts.push(
      `<g class="edge ${edge.style === 'async' ? 'async' : 'sync'}">` +
        `<path d="M${num(start.x)} ${num(start.y)}L${num(end.x)} ${num(end.y)}" fill="none" stroke="${p.edge}" stroke-width="1.5"${dash} marker-end="url(#bp-arrowhead)"/>` +
        label +
        `</g>`,
    )
  }

  const content = boundsOf([...boxes.values(), ...labelBoxes]) ?? { x: 0, y: 0, width: 0, height: 0 }
  const view = {
    x: content.x - padding,
    y: content.y - padding,
    width: Math.max(1, content.width + 2 * padding),
    height: Math.max(1, content.height + 2 * padding),
  }

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(view.width)}" height="${num(view.height)}" viewBox="${num(view.x)} ${num(view.y)} ${num(view.width)} ${num(view.height)}" font-family="${fontStack}">`,
    `<defs><marker id="bp-arrowhead" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${p.edge}"/></marker></defs>`,
    `<rect class="background" x="${num(view.x)}" y="${num(view.y)}" width="${num(view.width)}" height="${num(view.height)}" fill="${p.background}"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n')
}
