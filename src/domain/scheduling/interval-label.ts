/** Anki-style interval labels for the grade buttons: "<1m", "10m", "3h", "4d", "1.2mo", "2.1y". */
export function intervalLabel(ms: number): string {
  const minutes = ms / 60_000
  if (minutes < 1) return '<1m'
  if (minutes < 60) return `${Math.round(minutes)}m`
  const hours = minutes / 60
  if (hours < 24) return `${Math.round(hours)}h`
  const days = hours / 24
  if (days < 30) return `${Math.round(days)}d`
  const months = days / 30.4375
  if (months < 12) return `${trim(months)}mo`
  return `${trim(days / 365.25)}y`
}

const trim = (x: number) => (Math.round(x * 10) / 10).toString()
