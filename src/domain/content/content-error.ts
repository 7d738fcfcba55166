/** A problem in a content file, located at a 1-based line. */
export interface ContentError {
  path: string
  line: number
  reason: string
}

/** `questions/http/tcp.md:4: unknown topic 'htp'` — the form editors and terminals link. */
export function formatContentError(error: ContentError): string {
  return `${error.path}:${error.line}: ${error.reason}`
}

export class ContentValidationError extends Error {
  readonly errors: ContentError[]

  constructor(errors: ContentError[]) {
    const shown = errors.slice(0, 20).map(formatContentError)
    const more = errors.length > 20 ? [`… and ${errors.length - 20} more`] : []
    super(
      [
        `The question bank has ${errors.length} error${errors.length === 1 ? '' : 's'}:`,
        ...shown,
        ...more,
      ].join('\n'),
    )
    this.name = 'ContentValidationError'
    this.errors = errors
    // The files and lines are the whole story; a stack into the build would only hide them.
    this.stack = `${this.name}: ${this.message}`
  }
}
