import { describe, expect, it } from "@effect/vitest"
import { encodeBatch, rowLine } from "../pipeline/EncodedRows.ts"
import type { FileResult } from "../pipeline/Process.ts"

/** A file's result with rows of the given texts (only what the encoding reads). */
const resultOf = (docId: string, texts: ReadonlyArray<string>): FileResult =>
  ({
    reused: false,
    problems: [],
    input: { source_path: `${docId}.txt`, sha256: null, bytes: null, documents: 1, rejects: [] },
    documents:
      texts.length === 0
        ? []
        : [
            {
              document: { doc_id: docId, text: texts.join("\n") },
              segments: texts.map((text) => ({ doc_id: docId, text }))
            }
          ]
  }) as unknown as FileResult

describe("encodeBatch", () => {
  it("gives the bytes of the joined NDJSON lines and each file's byte length, whatever the characters", () => {
    const results = [
      resultOf("a", ["Thủ tướng Phạm Minh Chính", "« Noël » à Hanoï"]),
      resultOf("b", []),
      resultOf("c", ["emoji 😀 and a lone \ud800 surrogate", '𝐀 \u0000 \u2028 \\ "']),
      resultOf("d", ["plain ASCII"]),
      // rows longer than the writer's first buffer, which grows under them
      resultOf("e", ["x".repeat(100_000), "ồ".repeat(70_000), "😀".repeat(40_000)]),
      resultOf("f", ["after the long rows"])
    ]
    const batch = encodeBatch(results)
    const encoder = new TextEncoder()
    const documentTexts = results.map((result) => result.documents.map((output) => rowLine(output.document)).join(""))
    const segmentTexts = results.map((result) =>
      result.documents.map((output) => output.segments.map(rowLine).join("")).join("")
    )
    expect(Buffer.from(batch.documents).equals(Buffer.from(encoder.encode(documentTexts.join(""))))).toBe(true)
    expect(Buffer.from(batch.segments).equals(Buffer.from(encoder.encode(segmentTexts.join(""))))).toBe(true)
    expect(batch.documentBytes).toEqual(documentTexts.map((text) => encoder.encode(text).length))
    expect(batch.segmentBytes).toEqual(segmentTexts.map((text) => encoder.encode(text).length))
    expect(batch.files.map((file) => file.docIds)).toEqual([["a"], [], ["c"], ["d"], ["e"], ["f"]])
    expect(batch.documents.buffer.byteLength).toBe(batch.documents.length)
    expect(batch.segments.buffer.byteLength).toBe(batch.segments.length)
  })
})
