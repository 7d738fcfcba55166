/** Checks a plan requirement against `EXPLAIN (FORMAT JSON)` output. */
import type { PlanRequirement } from './exercise.ts'

interface PlanNode {
  'Node Type'?: string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

export interface PlanCheck {
  ok: boolean
  message: string
}

const indexScans = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Heap Scan'])

function nodesOf(explain: unknown): PlanNode[] {
  const root = Array.isArray(explain) ? (explain[0] as { Plan?: PlanNode } | undefined)?.Plan : undefined
  const out: PlanNode[] = []
  const walk = (n: PlanNode | undefined) => {
    if (!n) return
    out.push(n)
    for (const c of n.Plans ?? []) walk(c)
  }
  walk(root)
  return out
}

export function checkPlan(explain: unknown, requirement: PlanRequirement): PlanCheck {
  const nodes = nodesOf(explain)
  if (nodes.length === 0) return { ok: false, message: 'The plan could not be read.' }
  const scansOf = (table: string) => nodes.filter((n) => n['Relation Name'] === table)
  if (requirement.noSeqScanOn) {
    const seq = scansOf(requirement.noSeqScanOn).find((n) => n['Node Type'] === 'Seq Scan')
    if (seq)
      return { ok: false, message: `The plan reads ${requirement.noSeqScanOn} with a sequential scan.` }
  }
  if (requirement.usesIndexOn) {
    const scans = scansOf(requirement.usesIndexOn)
    const indexed = scans.find((n) => indexScans.has(n['Node Type'] ?? ''))
    if (!indexed) {
      const how = scans.map((n) => n['Node Type']).join(', ')
      return {
        ok: false,
        message: `The plan does not read ${requirement.usesIndexOn} through an index${how ? ` (it uses ${how})` : ''}.`,
      }
    }
    const name =
      indexed['Index Name'] ?? nodes.find((n) => n['Node Type'] === 'Bitmap Index Scan')?.['Index Name']
    return {
      ok: true,
      message: `The plan reads ${requirement.usesIndexOn} with ${indexed['Node Type']}${name ? ` on ${name}` : ''}.`,
    }
  }
  return { ok: true, message: `The plan never scans ${requirement.noSeqScanOn ?? ''} sequentially.` }
}
