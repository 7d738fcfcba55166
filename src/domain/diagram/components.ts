/** The system components a diagram is drawn with, plus notes and group boxes. */

export const componentKinds = [
  { id: 'client-web', label: 'Web client', group: 'Clients' },
  { id: 'client-mobile', label: 'Mobile client', group: 'Clients' },
  { id: 'dns', label: 'DNS', group: 'Edge' },
  { id: 'cdn', label: 'CDN', group: 'Edge' },
  { id: 'load-balancer', label: 'Load balancer', group: 'Edge' },
  { id: 'api-gateway', label: 'API gateway', group: 'Edge' },
  { id: 'rate-limiter', label: 'Rate limiter', group: 'Edge' },
  { id: 'web-server', label: 'Web server / reverse proxy', group: 'Compute' },
  { id: 'service', label: 'Service', group: 'Compute' },
  { id: 'worker', label: 'Worker', group: 'Compute' },
  { id: 'scheduler', label: 'Scheduler', group: 'Compute' },
  { id: 'auth-provider', label: 'Auth / identity provider', group: 'Compute' },
  { id: 'notification-service', label: 'Notification service', group: 'Compute' },
  { id: 'sql-db', label: 'SQL database', group: 'Data' },
  { id: 'read-replica', label: 'Read replica', group: 'Data' },
  { id: 'kv-store', label: 'Key-value store', group: 'Data' },
  { id: 'document-store', label: 'Document store', group: 'Data' },
  { id: 'wide-column-store', label: 'Wide-column store', group: 'Data' },
  { id: 'cache', label: 'Cache', group: 'Data' },
  { id: 'object-storage', label: 'Object storage', group: 'Data' },
  { id: 'search-index', label: 'Search index', group: 'Data' },
  { id: 'analytics-store', label: 'Analytics store', group: 'Data' },
  { id: 'message-queue', label: 'Message queue', group: 'Messaging' },
  { id: 'event-stream', label: 'Event stream / pub-sub', group: 'Messaging' },
  { id: 'external-api', label: 'External API', group: 'External' },
] as const

export type ComponentKind = (typeof componentKinds)[number]['id']
export type NodeKind = ComponentKind | 'note' | 'group'

export const nodeKindIds: readonly NodeKind[] = [...componentKinds.map((k) => k.id), 'note', 'group']

const byId = new Map<string, (typeof componentKinds)[number]>(componentKinds.map((k) => [k.id, k]))

export function isComponentKind(value: string): value is ComponentKind {
  return byId.has(value)
}

export function isNodeKind(value: string): value is NodeKind {
  return value === 'note' || value === 'group' || byId.has(value)
}

/** The human name of a kind ("sql-db" → "SQL database"). */
export function kindLabel(kind: NodeKind): string {
  if (kind === 'note') return 'Note'
  if (kind === 'group') return 'Group'
  return byId.get(kind)?.label ?? kind
}
