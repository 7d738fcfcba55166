/** The roadmap topics of the question bank, in the order the app shows them. */
export const topics = [
  { id: 'http', label: 'HTTP & networking' },
  { id: 'databases', label: 'Databases' },
  { id: 'apis', label: 'API design' },
  { id: 'auth', label: 'Authentication & authorization' },
  { id: 'caching', label: 'Caching' },
  { id: 'architecture', label: 'Architectural patterns' },
  { id: 'messaging', label: 'Message brokers' },
  { id: 'testing', label: 'Testing' },
  { id: 'observability', label: 'Observability' },
  { id: 'security', label: 'Security' },
  { id: 'containers', label: 'Containers & orchestration' },
  { id: 'cicd', label: 'CI/CD' },
  { id: 'scaling', label: 'Scaling & load balancing' },
  { id: 'resilience', label: 'Availability & resilience' },
  { id: 'serverless', label: 'Serverless' },
  { id: 'event-driven', label: 'Event-driven design' },
  { id: 'concurrency', label: 'Concurrency & async I/O' },
  { id: 'system-design', label: 'System design' },
] as const

export type TopicId = (typeof topics)[number]['id']

export const topicIds = topics.map((t) => t.id) as [TopicId, ...TopicId[]]

const labels = new Map<string, string>(topics.map((t) => [t.id, t.label]))

/** The human label of a topic id ("caching" → "Caching"). */
export function topicLabel(id: string): string {
  return labels.get(id) ?? id
}

export function isTopicId(value: string): value is TopicId {
  return labels.has(value)
}
