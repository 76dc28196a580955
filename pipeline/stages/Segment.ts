/**
 * Cuts decoded text into segments: one per non-blank line, with its 1-based
 * line number (`\n`, `\r\n` and `\r` all end a line). `rawText` keeps the line
 * exactly as decoded; `text` is NFC with whitespace collapsed and zero-width
 * characters removed. Blank lines belong to no segment.
 */
import type { DecodedInput, LineSegment, Segmented } from "../Document.ts"

const lineBreak = /\r\n|\r|\n/u
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/gu
const whitespace = /\s+/gu

/** NFC, zero-width characters removed, whitespace runs folded to one space, trimmed. */
export const normalizeText = (raw: string): string =>
  raw.normalize("NFC").replace(zeroWidth, "").replace(whitespace, " ").trim()

export const isBlankLine = (line: string): boolean => !/\S/u.test(line)

export const splitLines = (text: string): ReadonlyArray<string> => text.split(lineBreak)

export const segment = (input: DecodedInput): Segmented<LineSegment> => {
  const segments: Array<LineSegment> = []
  const lines = splitLines(input.rawText)
  for (let index = 0; index < lines.length; index++) {
    const rawText = lines[index] ?? ""
    if (isBlankLine(rawText)) continue
    segments.push({ lineStart: index + 1, lineEnd: index + 1, rawText, text: normalizeText(rawText) })
  }
  return { ...input, segments }
}
