/**
 * Nothing is dropped: every non-blank raw line lands in exactly one segment,
 * with its raw text kept exactly, on the seeds and on generated input.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, it } from "@effect/vitest"
import { Effect, FastCheck } from "effect"
import { isBlankLine, splitLines } from "../pipeline/stages/Segment.ts"
import { assertConserved, type SegmentSpan } from "./support/conservation.ts"
import { processLines, query, runInto, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

/** The segments of an output folder, read back from Parquet, for one source file. */
const readSegments = async (output: string) => {
  const rows = await query(
    `SELECT source_path, line_start, line_end, raw_text FROM ${sqlPath(path.join(output, "segments.parquet"))} ORDER BY source_path, seq`
  )
  return (file: string): ReadonlyArray<SegmentSpan> =>
    rows
      .filter((row) => row.source_path === file)
      .map((row) => ({
        lineStart: Number(row.line_start),
        lineEnd: Number(row.line_end),
        rawText: String(row.raw_text)
      }))
}

const seedLines = fs
  .readdirSync(seedsDir)
  .flatMap((file) => splitLines(fs.readFileSync(path.join(seedsDir, file), "utf8")))
  .filter((line) => !isBlankLine(line))

const lineArbitrary = FastCheck.oneof(
  FastCheck.constantFrom(...seedLines),
  FastCheck.constantFrom("", "   ", "\t", "![]() |", "---|", "X", "Ảnh: TTXVN", "Source"),
  FastCheck.string({ unit: "grapheme", maxLength: 60 })
)
const documentArbitrary = FastCheck.tuple(
  FastCheck.array(lineArbitrary, { minLength: 1, maxLength: 25 }),
  FastCheck.constantFrom("\n", "\r\n", "\r")
).map(([lines, eol]) => lines.join(eol))

describe("conservation", () => {
  it("holds on the seeds, read back from the Parquet output", async () => {
    const output = path.join(temporaryDir(), "output")
    await Effect.runPromise(runInto(output))
    const segmentsOf = await readSegments(output)
    for (const file of fs.readdirSync(seedsDir)) {
      assertConserved(fs.readFileSync(path.join(seedsDir, file), "utf8"), segmentsOf(file))
    }
  })

  it("holds on generated documents through every stage", () => {
    FastCheck.assert(
      FastCheck.property(documentArbitrary, (raw) => {
        const doc = processLines([raw])
        assertConserved(raw, doc.segments)
      }),
      { numRuns: 300 }
    )
  })

  it("holds on generated files through the whole pipeline", async () => {
    const input = temporaryDir("tinsach-generated-")
    const documents = FastCheck.sample(
      documentArbitrary.filter((raw) => /\S/u.test(raw)),
      { numRuns: 40, seed: 7 }
    )
    documents.forEach((raw, index) => {
      fs.writeFileSync(path.join(input, `doc-${String(index).padStart(3, "0")}.txt`), raw)
    })
    const output = path.join(temporaryDir(), "output")
    await Effect.runPromise(runInto(output, [input]))
    const segmentsOf = await readSegments(output)
    documents.forEach((raw, index) => {
      const file = `doc-${String(index).padStart(3, "0")}.txt`
      assertConserved(raw, segmentsOf(file))
    })
  })
})
