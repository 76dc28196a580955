/** The conservation property: every non-blank raw line in exactly one segment, raw text exact. */
import { expect } from "@effect/vitest"
import { isBlankLine, splitLines } from "../../pipeline/stages/Segment.ts"

export interface SegmentSpan {
  readonly lineStart: number
  readonly lineEnd: number
  readonly rawText: string
}

/** The lines a document's segments must cover: each non-blank line exactly once, with its raw text. */
export const assertConserved = (raw: string, segments: ReadonlyArray<SegmentSpan>): void => {
  const lines = splitLines(raw)
  const cover = new Map<number, number>()
  for (const segment of segments) {
    const covered = lines.slice(segment.lineStart - 1, segment.lineEnd).join("\n")
    expect(segment.rawText).toBe(covered)
    for (let line = segment.lineStart; line <= segment.lineEnd; line++) cover.set(line, (cover.get(line) ?? 0) + 1)
  }
  lines.forEach((line, index) => {
    expect(cover.get(index + 1) ?? 0, `line ${index + 1}: ${JSON.stringify(line)}`).toBe(isBlankLine(line) ? 0 : 1)
  })
}
