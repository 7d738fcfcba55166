// Modules generated from questions/ by build/bank-plugin.ts.
declare module 'virtual:bank/stats' {
  const stats: {
    total: number
    /** Items that are flashcards (card and mcq). */
    flashcards: number
    byTopic: Record<import('./domain/content/topics').TopicId, number>
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
  export const topicLoaders: Record<
    import('./domain/content/topics').TopicId,
    () => Promise<{ default: Record<string, import('./domain/content/item').ItemBody> }>
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
