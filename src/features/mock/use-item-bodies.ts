import { useEffect, useState } from 'react'
import type { ItemBody } from '../../domain/content/item'
import type { MockItemRef } from '../../domain/mock/session'
import { loadItemBody } from '../../lib/bank-content'

/** The rendered bank bodies of a mock's items, by id; `missing` lists items no longer in the bank. */
export function useItemBodies(
  items: readonly MockItemRef[] | undefined,
): { bodies: Map<string, ItemBody>; missing: string[] } | undefined {
  const [state, setState] = useState<{ key: string; bodies: Map<string, ItemBody>; missing: string[] }>()
  const key = items?.map((i) => i.id).join(',') ?? ''
  useEffect(() => {
    if (!items) return
    let live = true
    Promise.all(items.map((i) => loadItemBody(i.topic, i.id).catch(() => undefined))).then((loaded) => {
      if (!live) return
      const bodies = new Map<string, ItemBody>()
      const missing: string[] = []
      items.forEach((item, i) => {
        const body = loaded[i]
        if (body) bodies.set(item.id, body)
        else missing.push(item.id)
      })
      setState({ key, bodies, missing })
    })
    return () => {
      live = false
    }
    // The items of a mock never change; `key` stands for them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state?.key === key ? state : undefined
}
