/** Exports of the current diagram: PNG and SVG (light or dark), JSON, Mermaid, Excalidraw. */
import { serializeDiagramFile } from '../../domain/diagram/diagram-file'
import { toExcalidraw } from '../../domain/diagram/excalidraw'
import { toMermaid } from '../../domain/diagram/mermaid'
import type { DiagramDoc } from '../../domain/diagram/model'
import { toSvg } from '../../domain/diagram/svg'
import { downloadBlob, downloadText, fileSlug } from '../../lib/download'

export type ExportKind =
  'png-light' | 'png-dark' | 'svg-light' | 'svg-dark' | 'json' | 'mermaid' | 'excalidraw'

/** Renders an SVG document to a PNG at twice its size (sharp on high-density screens). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.decoding = 'async'
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('the diagram could not be drawn as an image'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale))
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale))
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw images')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

export async function exportDiagram(kind: ExportKind, name: string, doc: DiagramDoc): Promise<void> {
  const base = fileSlug(name)
  switch (kind) {
    case 'png-light':
    case 'png-dark':
      downloadBlob(
        await svgToPng(toSvg(doc, { theme: kind === 'png-dark' ? 'dark' : 'light' })),
        `${base}${kind === 'png-dark' ? '-dark' : ''}.png`,
      )
      return
    case 'svg-light':
    case 'svg-dark':
      downloadText(
        toSvg(doc, { theme: kind === 'svg-dark' ? 'dark' : 'light' }),
        `${base}${kind === 'svg-dark' ? '-dark' : ''}.svg`,
        'image/svg+xml',
      )
      return
    case 'json':
      downloadText(serializeDiagramFile(name, doc), `${base}.backprep.json`, 'application/json')
      return
    case 'mermaid':
      downloadText(toMermaid(doc), `${base}.mmd`)
      return
    case 'excalidraw':
      downloadText(JSON.stringify(toExcalidraw(doc), null, 2), `${base}.excalidraw`, 'application/json')
      return
  }
}
