/** Tags as typed ("redis, #consistency  cache") → unique tags without `#`: ["redis", "consistency", "cache"]. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[\s,]+/)
    .map((t) => t.replace(/^#+/, ''))
    .filter((t) => t !== '')
  return [...new Set(tags)]
}
