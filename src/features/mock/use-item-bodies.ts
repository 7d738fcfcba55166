import { useEffect, useState } from 'react'
import type { ItemBody } from '../../domain/content/item'
import type { MockItemRef } from '../../domain/mock/session'
import { describeError } from '../../domain/validation/describe-error'
import { loadItemBody } from '../../lib/bank-content'

export type ItemBodies =
  | { bodies: Map<string, ItemBody>; missing: string[]; error?: undefined }
  | { error: string; bodies?: undefined }

/**
 * The rendered bank bodies of a mock's items, by id; `missing` lists items no
 * longer in the bank. A body that fails to load (a chunk lost offline) is an
 * error, not a missing item.
 */
export function useItemBodies(items: readonly MockItemRef[] | undefined): ItemBodies | undefined {
  const [state, setState] = useState<{ key: string; loaded: ItemBodies }>()
  const key = items?.map((i) => i.id).join(',') ?? ''
  useEffect(() => {
    if (!items) return
    let live = true
    Promise.all(items.map((i) => loadItemBody(i.id))).then(
      (loaded) => {
        if (!live) return
        const bodies = new Map<string, ItemBody>()
        const missing: string[] = []
        items.forEach((item, i) => {
          const body = loaded[i]
          if (body) bodies.set(item.id, body)
          else missing.push(item.id)
        })
        setState({ key, loaded: { bodies, missing } })
      },
      (error: unknown) => {
        if (live)
          setState({ key, loaded: { error: `The questions could not be loaded: ${describeError(error)}` } })
      },
    )
    return () => {
      live = false
    }
    // The items of a mock never change; `key` stands for them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return state?.key === key ? state.loaded : undefined
}
