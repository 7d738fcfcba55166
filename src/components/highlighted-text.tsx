import { highlightText } from '../domain/content/bank-search'

/** Text with the words of a search marked (`<mark>`). */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlightText(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>
}
