/**
 * Rubric checks a design prompt's diagram can be graded by. A rubric item in
 * a design file ends with a check in inline code:
 *
 *   - A cache sits between the service and the database `check: via(compute, cache, db)`
 *
 * Checks (arguments are component kinds, `a|b` alternatives, or aliases):
 *   has(k)             a node of kind k exists
 *   count(k, n)        at least n instances of k (a node's "replicas: 3" counts 3)
 *   edge(a, b)         a direct connection from a to b
 *   async(a, b)        a direct asynchronous (dashed) connection from a to b
 *   path(a, b)         a directed path from a to b, through anything
 *   via(a, b, c)       a path from a to c that passes through b
 *   behind(a, b, n)    a connects to at least n instances of b (e.g. a load balancer in front of 2+ services)
 */
import { componentKinds, isComponentKind, type ComponentKind } from './components.ts'
import { replicaCount, type DiagramDoc } from './model.ts'

export const checkAliases: Record<string, readonly ComponentKind[]> = {
  client: ['client-web', 'client-mobile'],
  db: ['sql-db', 'read-replica', 'kv-store', 'document-store', 'wide-column-store'],
  store: [
    'sql-db',
    'read-replica',
    'kv-store',
    'document-store',
    'wide-column-store',
    'object-storage',
    'analytics-store',
    'search-index',
  ],
  queue: ['message-queue', 'event-stream'],
  compute: ['service', 'worker', 'web-server', 'api-gateway'],
  edge: ['cdn', 'load-balancer', 'api-gateway', 'web-server'],
}

type Kinds = readonly ComponentKind[]
export type RubricCheck =
  | { fn: 'has'; a: Kinds }
  | { fn: 'count'; a: Kinds; n: number }
  | { fn: 'edge' | 'async' | 'path'; a: Kinds; b: Kinds }
  | { fn: 'via'; a: Kinds; b: Kinds; c: Kinds }
  | { fn: 'behind'; a: Kinds; b: Kinds; n: number }

const shapes: Record<RubricCheck['fn'], ('kinds' | 'number')[]> = {
  has: ['kinds'],
  count: ['kinds', 'number'],
  edge: ['kinds', 'kinds'],
  async: ['kinds', 'kinds'],
  path: ['kinds', 'kinds'],
  via: ['kinds', 'kinds', 'kinds'],
  behind: ['kinds', 'kinds', 'number'],
}

const kindList = () => [...Object.keys(checkAliases), ...componentKinds.map((k) => k.id)].join(', ')

/** Reads "via(compute, cache, db)"; an error names what is wrong. */
export function parseCheck(
  expression: string,
): { ok: true; check: RubricCheck } | { ok: false; error: string } {
  const m = /^\s*([a-z]+)\s*\(([^()]*)\)\s*$/.exec(expression)
  if (!m)
    return {
      ok: false,
      error: `a check looks like has(cache) or via(compute, cache, db), not '${expression}'`,
    }
  const fn = m[1] as RubricCheck['fn']
  const shape = shapes[fn]
  if (!shape)
    return {
      ok: false,
      error: `unknown check '${m[1]}' (expected one of: ${Object.keys(shapes).join(', ')})`,
    }
  const args = (m[2] ?? '').split(',').map((a) => a.trim())
  if (args.length !== shape.length) {
    return {
      ok: false,
      error: `${fn}() takes ${shape.length} argument${shape.length === 1 ? '' : 's'}, got ${args.length}`,
    }
  }
  const parsed: (Kinds | number)[] = []
  for (const [i, want] of shape.entries()) {
    const arg = args[i] ?? ''
    if (want === 'number') {
      const n = Number(arg)
      if (!Number.isInteger(n) || n < 1)
        return { ok: false, error: `${fn}(): '${arg}' is not a whole number of at least 1` }
      parsed.push(n)
      continue
    }
    const kinds: ComponentKind[] = []
    for (const part of arg.split('|').map((p) => p.trim())) {
      const alias = checkAliases[part]
      if (alias) kinds.push(...alias)
      else if (isComponentKind(part)) kinds.push(part)
      else
        return { ok: false, error: `${fn}(): unknown component '${part}' (expected one of: ${kindList()})` }
    }
    parsed.push([...new Set(kinds)])
  }
  const [a, b, c] = parsed
  const check = (
    fn === 'has'
      ? { fn, a }
      : fn === 'count'
        ? { fn, a, n: b }
        : fn === 'via'
          ? { fn, a, b, c }
          : fn === 'behind'
            ? { fn, a, b, n: c }
            : { fn, a, b }
  ) as RubricCheck
  return { ok: true, check }
}

export interface RubricItem {
  /** The item's Markdown, without its check. */
  text: string
  check: RubricCheck | null
  /** The check as written, for display ("via(compute, cache, db)"). */
  checkSource: string | null
}

const checkPattern = /`check:\s*([^`]+)`\s*$/

/**
 * Reads a rubric section: a list of items, each optionally ending with a
 * check. Errors carry the line (1-based, from `firstLine`).
 */
export function parseRubric(
  markdown: string,
  firstLine: number,
): { items: RubricItem[]; errors: { line: number; reason: string }[] } {
  const items: RubricItem[] = []
  const errors: { line: number; reason: string }[] = []
  markdown.split('\n').forEach((raw, i) => {
    const line = firstLine + i
    if (raw.trim() === '') return
    const item = /^[-*]\s+(.*)$/.exec(raw)
    if (!item) {
      if (/^\s{2,}\S/.test(raw) && items.length > 0) {
        const last = items[items.length - 1]!
        last.text = `${last.text} ${raw.trim()}`
        return
      }
      errors.push({ line, reason: "a rubric is a list: start each item with '- '" })
      return
    }
    let text = item[1] ?? ''
    let check: RubricCheck | null = null
    let checkSource: string | null = null
    const c = checkPattern.exec(text)
    if (c) {
      const parsed = parseCheck(c[1] ?? '')
      if (!parsed.ok) errors.push({ line, reason: `rubric check: ${parsed.error}` })
      else {
        check = parsed.check
        checkSource = (c[1] ?? '').trim()
      }
      text = text.slice(0, c.index).trim()
    }
    if (text === '') errors.push({ line, reason: 'a rubric item needs text before its check' })
    items.push({ text, check, checkSource })
  })
  return { items, errors }
}

/** Whether the diagram passes a check. */
export function evaluateCheck(doc: DiagramDoc, check: RubricCheck): boolean {
  const nodesOf = (kinds: Kinds) => doc.nodes.filter((n) => (kinds as readonly string[]).includes(n.kind))
  const out = new Map<string, string[]>()
  const asyncOut = new Map<string, string[]>()
  for (const e of doc.edges) {
    out.set(e.source, [...(out.get(e.source) ?? []), e.target])
    if (e.style === 'async') asyncOut.set(e.source, [...(asyncOut.get(e.source) ?? []), e.target])
  }
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind as string]))
  const reachable = (from: string): Set<string> => {
    const seen = new Set<string>()
    const stack = [...(out.get(from) ?? [])]
    while (stack.length > 0) {
      const id = stack.pop()!
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...(out.get(id) ?? []))
    }
    return seen
  }
  const isKind = (id: string, kinds: Kinds) => (kinds as readonly string[]).includes(kindOf.get(id) ?? '')
  const pathExists = (a: Kinds, b: Kinds) =>
    nodesOf(a).some((n) => [...reachable(n.id)].some((id) => isKind(id, b)))

  switch (check.fn) {
    case 'has':
      return nodesOf(check.a).length > 0
    case 'count':
      return nodesOf(check.a).reduce((sum, n) => sum + replicaCount(n), 0) >= check.n
    case 'edge':
      return nodesOf(check.a).some((n) => (out.get(n.id) ?? []).some((t) => isKind(t, check.b)))
    case 'async':
      return nodesOf(check.a).some((n) => (asyncOut.get(n.id) ?? []).some((t) => isKind(t, check.b)))
    case 'path':
      return pathExists(check.a, check.b)
    case 'via':
      return nodesOf(check.b).some(
        (mid) =>
          nodesOf(check.a).some((n) => n.id !== mid.id && reachable(n.id).has(mid.id)) &&
          [...reachable(mid.id)].some((id) => id !== mid.id && isKind(id, check.c)),
      )
    case 'behind':
      return nodesOf(check.a).some((n) => {
        const targets = new Set((out.get(n.id) ?? []).filter((t) => isKind(t, check.b)))
        const byId = new Map(doc.nodes.map((x) => [x.id, x]))
        let instances = 0
        for (const t of targets) {
          const node = byId.get(t)
          if (node) instances += replicaCount(node)
        }
        return instances >= check.n
      })
  }
}

/** Each rubric point's verdict on the diagram: passed or not, or null for a point the diagram cannot show. */
export function evaluateRubric(
  doc: DiagramDoc,
  rubric: readonly { check?: RubricCheck | null | undefined }[],
): (boolean | null)[] {
  return rubric.map((r) => (r.check ? evaluateCheck(doc, r.check) : null))
}
