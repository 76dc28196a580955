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

  it("writes long strings straight, to the bytes of each row's JSON, whatever the row holds", () => {
    // a seeded generator (mulberry32): strings of every length around the straight writing's threshold (4096)
    let seed = 12345
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t ^= t + Math.imul(t ^ (t >>> 7), 61 | t)
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n)
    }
    // letters only (written straight as they are), or with one kind of character JSON escapes, or with surrogates
    const specials = ["\u2028", '"', "\\", "\n", "\u0000", "\u001f", "😀", "\ud800", "\udc00", "\udbff\udfff"]
    const text = (length: number, mode: number) => {
      let out = ""
      while (out.length < length) out += next(20) === 0 ? specials[mode]! : ["a", "ồ", " ", "é", "Ư"][next(5)]!
      return out
    }
    const rowsOf = (docId: string, n: number) =>
      Array.from({ length: n }, (_, seq) => ({
        doc_id: docId,
        seq,
        kind_score: next(3) === 0 ? Number.NaN : next(1000) / 7,
        missing: undefined,
        kind_evidence: next(2) === 0 ? ["x", "lone \ud801"] : [],
        title: next(2) === 0 ? null : text(next(6000), next(10)),
        text: text([10, 4095, 4096, 4097, 9000, 30_000][next(6)]!, next(10)),
        raw_text: text(next(10_000), next(10)),
        is_noise: next(2) === 0
      }))
    const resultWith = (docId: string, n: number): FileResult =>
      ({
        reused: false,
        problems: [],
        input: { source_path: `${docId}.txt`, sha256: null, bytes: null, documents: 1, rejects: [] },
        documents: [{ document: rowsOf(docId, 1)[0], segments: rowsOf(docId, n) }]
      }) as unknown as FileResult
    const encoder = new TextEncoder()
    const expected = (results: ReadonlyArray<FileResult>, table: "document" | "segments") =>
      encoder.encode(
        results
          .flatMap((result) =>
            result.documents.flatMap(
              (output): ReadonlyArray<Readonly<Record<string, unknown>>> =>
                table === "document" ? [output.document] : output.segments
            )
          )
          .map((row) => rowLine(row))
          .join("")
      )
    // batches one after another: the writers' buffers are reused, the batches' bytes are their own
    const batches = [[resultWith("a", 40), resultWith("b", 3)], [resultWith("c", 2)], [resultWith("d", 60)]]
    const encoded = batches.map((results) => encodeBatch(results))
    batches.forEach((results, index) => {
      expect(Buffer.from(encoded[index]!.documents).equals(Buffer.from(expected(results, "document")))).toBe(true)
      expect(Buffer.from(encoded[index]!.segments).equals(Buffer.from(expected(results, "segments")))).toBe(true)
    })
  })
})
