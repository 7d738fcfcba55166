import { z } from 'zod'
import { difficulties, itemTypes } from './item.ts'
import { topicIds } from './topics.ts'

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const oneOf = (what: string, values: readonly string[]) => (issue: { input?: unknown }) =>
  issue.input === undefined
    ? `missing ${what}`
    : `unknown ${what} '${String(issue.input)}' (expected one of: ${values.join(', ')})`

/** The YAML front matter every content file starts with. */
export const frontMatterSchema = z
  .object({
    id: z
      .string({ error: (i) => (i.input === undefined ? 'missing id' : 'id must be a string') })
      .regex(kebab, { error: 'id must be lowercase kebab-case (a-z, 0-9 and single dashes)' })
      .max(100, { error: 'id must be at most 100 characters' }),
    type: z.enum(itemTypes, { error: oneOf('type', itemTypes) }),
    topic: z.enum(topicIds, { error: oneOf('topic', topicIds) }),
    difficulty: z.enum(difficulties, { error: oneOf('difficulty', difficulties) }),
    tags: z
      .array(
        z
          .string({ error: 'a tag must be a string' })
          .regex(kebab, { error: 'a tag must be lowercase kebab-case' }),
        { error: 'tags must be a list, e.g. [redis, consistency]' },
      )
      .max(8, { error: 'at most 8 tags' })
      .default([]),
  })
  .strict()

export type FrontMatter = z.infer<typeof frontMatterSchema>
