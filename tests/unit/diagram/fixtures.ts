import type { DiagramDoc, DiagramNode } from '../../../src/domain/diagram/model'

const node = (
  n: Omit<DiagramNode, 'properties'> & Partial<Pick<DiagramNode, 'properties'>>,
): DiagramNode => ({
  properties: [],
  ...n,
})

/**
 * A small design with everything the exporters handle: a group nested in a
 * group, a client, a database, a queue, a note, sync and async edges, and
 * labels with quotes, angle brackets, ampersands, pipes and a line break.
 */
export const sampleDiagram = (): DiagramDoc => ({
  version: 1,
  nodes: [
    node({ id: 'g-backend', kind: 'group', label: 'Backend "core"', x: 200, y: 0, width: 400, height: 300 }),
    node({ id: 'client', kind: 'client-web', label: 'Web "app"', x: 0, y: 100, width: 120, height: 60 }),
    node({
      id: 'api',
      kind: 'service',
      label: 'API',
      x: 40,
      y: 60,
      width: 140,
      height: 60,
      parentId: 'g-backend',
      properties: [{ key: 'replicas', value: '3' }],
    }),
    node({
      id: 'g-data',
      kind: 'group',
      label: 'Data',
      x: 200,
      y: 40,
      width: 180,
      height: 220,
      parentId: 'g-backend',
    }),
    node({
      id: 'db',
      kind: 'sql-db',
      label: 'Orders <DB>',
      x: 20,
      y: 60,
      width: 140,
      height: 60,
      parentId: 'g-data',
    }),
    node({ id: 'queue', kind: 'message-queue', label: 'Jobs', x: 700, y: 100, width: 120, height: 60 }),
    node({
      id: 'note',
      kind: 'note',
      label: "Check & retry\nlater, it's fine",
      x: 0,
      y: 320,
      width: 160,
      height: 90,
    }),
  ],
  edges: [
    { id: 'e1', source: 'client', target: 'api', label: 'HTTPS', style: 'sync' },
    {
      id: 'e2',
      source: 'api',
      target: 'db',
      label: '',
      style: 'sync',
      sourceSide: 'right',
      targetSide: 'left',
    },
    { id: 'e3', source: 'api', target: 'queue', label: 'enqueue | job', style: 'async' },
  ],
  viewport: { x: 10, y: -20, zoom: 1.5 },
})
