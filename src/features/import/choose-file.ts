import type { ChangeEvent } from 'react'
import { megabytes } from '../../domain/validation/plain-errors'

/**
 * The file picked in an `<input type="file">`, or why it is refused before
 * being read (its size). The input is cleared, so the same file can be
 * picked again after a fix.
 */
export function takeChosenFile(
  e: ChangeEvent<HTMLInputElement>,
  maxBytes: number,
  what: string,
): { file: File } | { name: string; error: string } | null {
  const file = e.target.files?.[0]
  e.target.value = ''
  if (!file) return null
  if (file.size > maxBytes)
    return {
      name: file.name,
      error: `This file is too large (${megabytes(file.size)}); ${what} is at most ${megabytes(maxBytes)}.`,
    }
  return { file }
}
