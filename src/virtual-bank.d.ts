// Modules generated from questions/ by build/bank-plugin.ts.
declare module 'virtual:bank/stats' {
  const stats: {
    total: number
    /** Items that are flashcards (card and mcq). */
    flashcards: number
    byTopic: Record<import('./domain/content/topics').TopicId, number>
    /** Flashcards (card and mcq) per topic: what an interview plan counts. */
    flashcardsByTopic: Record<import('./domain/content/topics').TopicId, number>
  }
  export default stats
}
declare module 'virtual:bank/summaries' {
  const summaries: import('./domain/content/item').ItemSummary[]
  export default summaries
}
declare module 'virtual:bank/search-docs' {
  const docs: import('./domain/content/item').SearchDoc[]
  export default docs
}
declare module 'virtual:bank/bodies' {
  /** One loader per item: its summary and rendered body, each in a chunk of its own. */
  export const itemLoaders: Record<
    string,
    () => Promise<{
      default: {
        summary: import('./domain/content/item').ItemSummary
        body: import('./domain/content/item').ItemBody
      }
    }>
  >
}
declare module 'virtual:bank/outline' {
  const outline: [
    id: string,
    topic: import('./domain/content/topics').TopicId,
    type: import('./domain/content/item').ItemType,
  ][]
  export default outline
}

declare module '*?classic-script' {
  /** The file as one classic script (see build/classic-script-plugin.ts). */
  const script: string
  export default script
}

declare module 'monaco-esm/editor/editor.api.js' {
  export * from 'monaco-editor/editor/editor.api.js'
}
declare module 'monaco-esm/languages/features/typescript/register.js' {
  export * from 'monaco-editor/languages/features/typescript/register.js'
}
declare module 'monaco-esm/*.js'
declare module 'monaco-esm/*.css'

declare module 'virtual:pglite-datadir' {
  /** URL of a gzipped PostgreSQL data directory made at build time (build/pglite-datadir-plugin.ts). */
  const url: string
  export default url
}
