/**
 * Cuts an article into segments.
 *
 * Text: one segment per non-blank line, with its 1-based line number (`\n`,
 * `\r\n` and `\r` all end a line); blank lines belong to no segment.
 * HTML: one segment per block of visible text (`SegmentHtml.ts`).
 * `rawText` keeps the source exactly; `text` is normalised (`TextNormalization.ts`).
 */
import type { DocumentHints, LineSegment, Segmented, SourceRecord } from "../Document.ts"
import { normalizeText } from "../TextNormalization.ts"
import { segmentHtml } from "./SegmentHtml.ts"

const lineBreak = /\r\n|\r|\n/u

export const isBlankLine = (line: string): boolean => !/\S/u.test(line)

export const splitLines = (text: string): ReadonlyArray<string> => text.split(lineBreak)

export const segmentText = (rawText: string): ReadonlyArray<LineSegment> => {
  const segments: Array<LineSegment> = []
  const lines = splitLines(rawText)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ""
    if (isBlankLine(line)) continue
    segments.push({ lineStart: index + 1, lineEnd: index + 1, rawText: line, text: normalizeText(line), hint: null })
  }
  return segments
}

/** Fields the record itself carries win over what the page's markup says. */
const mergeHints = (record: DocumentHints, page: DocumentHints): DocumentHints => ({
  title: record.title ?? page.title,
  published: record.published ?? page.published,
  author: record.author ?? page.author,
  outlet: record.outlet ?? page.outlet,
  url: record.url ?? page.url
})

export const segment = (record: SourceRecord): Segmented<LineSegment> => {
  if (record.markup === "text") return { ...record, segments: segmentText(record.rawText) }
  const html = segmentHtml(record.rawText)
  return { ...record, hints: mergeHints(record.hints, html.hints), segments: html.segments }
}
