/**
 * One small line icon per node kind, as SVG path data on a 24×24 grid
 * (stroked, no fill), so the canvas and every export draw the same glyph
 * without depending on an emoji font.
 */
import type { NodeKind } from './components.ts'

export const iconPaths: Record<NodeKind, string> = {
  'client-web': 'M3 4h18v12H3z M8 20h8 M12 16v4',
  'client-mobile': 'M7 2h10v20H7z M11 18h2',
  dns: 'M12 3v18 M12 5h7l2 2.5-2 2.5h-7 M12 12H5l-2 2.5 2 2.5h7',
  cdn: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  'load-balancer': 'M12 3v6 M12 9L5 15 M12 9v6 M12 9l7 6 M3 15h4v5H3z M10 15h4v5h-4z M17 15h4v5h-4z',
  'api-gateway': 'M4 21V9l8-6 8 6v12 M9 21v-7h6v7',
  'rate-limiter': 'M12 5a8 8 0 1 0 0 16a8 8 0 1 0 0-16z M12 13l4-4 M10 2h4',
  'web-server': 'M4 4h16v6H4z M4 14h16v6H4z M7 7h.01 M7 17h.01',
  service: 'M12 2l8.5 5v10L12 22l-8.5-5V7z M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
  worker: 'M14 6l4 4 M4 20l9-9 M13 3l8 8-3 3-8-8z',
  scheduler: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M12 7v5l3 3',
  'auth-provider': 'M6 11h12v10H6z M8 11V7a4 4 0 0 1 8 0v4 M12 15v2',
  'notification-service': 'M6 17V11a6 6 0 0 1 12 0v6l2 2H4z M10 21h4',
  'sql-db': 'M4 6c0-4 16-4 16 0v12c0 4-16 4-16 0z M4 6c0 4 16 4 16 0 M4 12c0 4 16 4 16 0',
  'read-replica': 'M3 8c0-3 10-3 10 0v10c0 3-10 3-10 0z M3 8c0 3 10 3 10 0 M13 6c0-3 8-3 8 0v10c0 3-8 3-8 0',
  'kv-store': 'M8 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z M12 12h9 M18 12v3 M21 12v2',
  'document-store': 'M6 2h8l5 5v15H6z M14 2v5h5 M9 12h7 M9 16h7',
  'wide-column-store': 'M3 4h18v16H3z M9 4v16 M15 4v16 M3 9h18',
  cache: 'M13 2L4 14h7l-1 8 9-12h-7z',
  'object-storage': 'M4 6h16l-2 15H6z M4 6c0-2 16-2 16 0',
  'search-index': 'M10 3a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M15 15l6 6',
  'analytics-store': 'M4 20V10 M10 20V4 M16 20v-7 M22 20H2',
  'message-queue': 'M3 6h18v12H3z M3 6l9 7 9-7',
  'event-stream':
    'M12 12h.01 M8.5 8.5a5 5 0 0 0 0 7 M15.5 8.5a5 5 0 0 1 0 7 M5.5 5.5a9 9 0 0 0 0 13 M18.5 5.5a9 9 0 0 1 0 13',
  'external-api': 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1 M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  note: 'M4 4h16v11l-5 5H4z M15 20v-5h5',
  group: 'M3 3h4 M10 3h4 M17 3h4v4 M21 10v4 M21 17v4h-4 M14 21h-4 M7 21H3v-4 M3 14v-4 M3 7V3',
}
