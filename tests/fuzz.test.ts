/**
 * Fuzzing: random bytes, random Unicode, random HTML, random CSV and random
 * JSONL thrown at every stage from decoding to the output rows. No case may
 * crash; every row must decode with its table's schema; every non-blank line of
 * a text record must land in exactly one segment; every segment of an HTML
 * record must point at lines of its file. A sample of the cases also runs
 * through the whole pipeline into DuckDB.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect, FastCheck, Schema } from "effect"
import type { LoadedInput } from "../pipeline/Document.ts"
import { processDocument } from "../pipeline/Pipeline.ts"
import { buildRows } from "../pipeline/stages/BuildRows.ts"
import { decode } from "../pipeline/stages/Decode.ts"
import { splitLines } from "../pipeline/stages/Segment.ts"
import { unpack } from "../pipeline/stages/Unpack.ts"
import { DocumentRow } from "../schemas/DocumentRow.ts"
import { RejectRow } from "../schemas/RejectRow.ts"
import { SegmentRow } from "../schemas/SegmentRow.ts"
import type { InputFormat } from "../schemas/Vocabulary.ts"
import { assertConserved } from "./support/conservation.ts"
import { detect, query, rules, runInto, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const seedLines = fs
  .readdirSync(seedsDir)
  .flatMap((file) => splitLines(fs.readFileSync(path.join(seedsDir, file), "utf8")))
  .filter((line) => line.trim().length > 0)
const seedBytes = fs.readdirSync(seedsDir).map((file) => fs.readFileSync(path.join(seedsDir, file)))

const decodeSegment = Schema.decodeUnknownSync(SegmentRow)
const decodeDocument = Schema.decodeUnknownSync(DocumentRow)
const decodeReject = Schema.decodeUnknownSync(RejectRow)

interface Case {
  readonly name: string
  readonly format: InputFormat
  readonly bytes: Uint8Array
}

/** Every stage from the bytes to the rows, with the properties checked on the way. */
const checkCase = ({ name, format, bytes }: Case): { readonly documents: number; readonly rejects: number } => {
  const loaded: LoadedInput = { sourcePath: name, absolutePath: name, format, bytes, contentSha256: "0".repeat(64) }
  const decoded = decode(loaded)
  if (decoded._tag === "Problem") {
    decodeReject({
      source_path: decoded.problem.sourcePath,
      reason: decoded.problem.reason,
      detail: decoded.problem.detail
    })
    return { documents: 0, rejects: 1 }
  }
  const unpacked = unpack(decoded.input)
  for (const problem of unpacked.problems) {
    decodeReject({ source_path: problem.sourcePath, reason: problem.reason, detail: problem.detail })
  }
  for (const record of unpacked.records) {
    const doc = processDocument(record, { rules, detect })
    const rows = buildRows(doc, "fuzz", "0.0.0")
    decodeDocument(rows.document)
    rows.segments.forEach((row, seq) => {
      decodeSegment(row)
      expect(row.seq).toBe(seq)
    })
    const lineCount = splitLines(record.rawText).length
    if (record.markup === "text") {
      assertConserved(
        record.rawText,
        rows.segments.map((row) => ({ lineStart: row.line_start, lineEnd: row.line_end, rawText: row.raw_text }))
      )
    } else {
      for (const row of rows.segments) {
        expect(row.line_start).toBeGreaterThanOrEqual(1)
        expect(row.line_end).toBeGreaterThanOrEqual(row.line_start)
        expect(row.line_end).toBeLessThanOrEqual(lineCount)
      }
    }
  }
  return { documents: unpacked.records.length, rejects: unpacked.problems.length }
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, "utf8")

/** Text fragments: real seed lines, scraping residue, and arbitrary Unicode. */
const fragment = FastCheck.oneof(
  FastCheck.constantFrom(...seedLines),
  FastCheck.constantFrom("![]() |", "---|", "X", "ĐANG PHÁT", "Ảnh: TTXVN", "Source", "Comment (0)", "Français "),
  FastCheck.string({ unit: "grapheme", maxLength: 40 }),
  FastCheck.string({ unit: "binary", maxLength: 40 }),
  FastCheck.constantFrom("\u0301\u0323", "\u200B", "\uFEFF", "\r", "\u2028", "a\u0300\u0301\u0302", "\uD800", "𝕏🇻🇳")
)

const randomBytes: FastCheck.Arbitrary<Case> = FastCheck.oneof(
  FastCheck.uint8Array({ maxLength: 3000 }),
  // a seed with bytes overwritten: damaged UTF-8, stray NULs, truncated sequences
  FastCheck.tuple(
    FastCheck.nat(seedBytes.length - 1),
    FastCheck.array(FastCheck.tuple(FastCheck.nat(), FastCheck.integer({ min: 0, max: 255 })), { maxLength: 8 })
  ).map(([index, edits]) => {
    const bytes = Uint8Array.from(seedBytes[index]!)
    for (const [at, value] of edits) bytes[at % bytes.length] = value
    return bytes
  })
).chain((bytes) =>
  FastCheck.constantFrom<InputFormat>("txt", "html", "csv", "jsonl").map((format) => ({
    name: `bytes.${format}`,
    format,
    bytes
  }))
)

const randomText: FastCheck.Arbitrary<Case> = FastCheck.tuple(
  FastCheck.array(fragment, { maxLength: 30 }),
  FastCheck.constantFrom("\n", "\r\n", "\r", " ", "\n\n")
).map(([parts, eol]) => ({ name: "text.txt", format: "txt", bytes: utf8(parts.join(eol)) }))

const tags = ["p", "div", "span", "b", "li", "ul", "h1", "h2", "td", "tr", "table", "figure", "figcaption", "nav", "a"]
const attributes = ["", ' class="caption"', ' class="related-news"', ' id="footer"', ' class="author"', " hidden"]
const htmlNode: FastCheck.Arbitrary<string> = FastCheck.letrec((tie) => ({
  node: FastCheck.oneof(
    { depthSize: "small" },
    fragment.map((text) => text.replaceAll("<", "&lt;")),
    FastCheck.tuple(
      FastCheck.constantFrom(...tags),
      FastCheck.constantFrom(...attributes),
      FastCheck.array(tie("node"), { maxLength: 4 }),
      FastCheck.boolean()
    ).map(
      ([tag, attribute, children, closed]) => `<${tag}${attribute}>${children.join("\n")}${closed ? `</${tag}>` : ""}`
    ),
    FastCheck.constantFrom(
      "<br>",
      '<img src="a.jpg" alt="anh minh hoa">',
      "<script>var x = '<p>no</p>'</script>",
      "<style>p{}</style>",
      "<!-- comment -->",
      "</div>",
      "&amp;&nbsp;&#7871;&bogus;",
      "<![CDATA[x]]>",
      '<time datetime="2024-12-16T09:00:00+07:00">16/12/2024</time>',
      '<meta property="og:title" content="Tiêu đề">'
    )
  )
})).node

const randomHtml: FastCheck.Arbitrary<Case> = FastCheck.array(htmlNode, { maxLength: 8 }).map((nodes) => ({
  name: "page.html",
  format: "html",
  bytes: utf8(`<!DOCTYPE html><html><head><title>t</title></head><body>\n${nodes.join("\n")}\n</body></html>`)
}))

const csvField = FastCheck.oneof(
  fragment,
  fragment.map((text) => `"${text.replaceAll('"', '""')}"`),
  FastCheck.constantFrom('"', '""', ",", "\t", '"unclosed', "a\nb")
)
const randomCsv: FastCheck.Arbitrary<Case> = FastCheck.tuple(
  FastCheck.shuffledSubarray(["title", "content", "url", "published", "source", "html", "x"], { minLength: 1 }),
  FastCheck.array(FastCheck.array(csvField, { maxLength: 6 }), { maxLength: 12 }),
  FastCheck.constantFrom(",", "\t")
).map(([header, rows, separator]) => ({
  name: separator === "\t" ? "export.tsv" : "export.csv",
  format: "csv",
  bytes: utf8([header.join(separator), ...rows.map((row) => row.join(separator))].join("\n"))
}))

const jsonValue = FastCheck.oneof(fragment, FastCheck.integer(), FastCheck.constant(null), FastCheck.array(fragment))
const randomJsonl: FastCheck.Arbitrary<Case> = FastCheck.array(
  FastCheck.oneof(
    FastCheck.record({ content: jsonValue, title: jsonValue, published: jsonValue }, { requiredKeys: [] }).map(
      (value) => JSON.stringify(value)
    ),
    FastCheck.dictionary(FastCheck.string({ maxLength: 8 }), jsonValue).map((value) => JSON.stringify(value)),
    fragment,
    FastCheck.json()
  ),
  { maxLength: 10 }
).map((lines) => ({ name: "export.jsonl", format: "jsonl", bytes: utf8(lines.join("\n")) }))

const families = { randomBytes, randomText, randomHtml, randomCsv, randomJsonl }
const runsPerFamily = Number(process.env.FUZZ_RUNS ?? 250)

describe("fuzzing", () => {
  for (const [family, arbitrary] of Object.entries(families)) {
    it.prop(
      `${family}: no crash, rows decode with their schemas, conservation holds`,
      [arbitrary],
      ([fuzzCase]) => {
        checkCase(fuzzCase)
      },
      { fastCheck: { numRuns: runsPerFamily }, timeout: 60_000 }
    )
  }

  it("runs a sample of every family through the whole pipeline and DuckDB", async () => {
    const input = temporaryDir("tinsach-fuzz-")
    const cases = Object.values(families).flatMap((arbitrary) => FastCheck.sample(arbitrary, { numRuns: 30, seed: 42 }))
    let expected = { documents: 0, rejects: 0 }
    cases.forEach((fuzzCase, index) => {
      const name = `${String(index).padStart(3, "0")}-${fuzzCase.name}`
      fs.writeFileSync(path.join(input, name), fuzzCase.bytes)
      const counted = checkCase({ ...fuzzCase, name })
      expected = { documents: expected.documents + counted.documents, rejects: expected.rejects + counted.rejects }
    })
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [input]))
    const table = (name: string) => sqlPath(path.join(output, `${name}.parquet`))
    const documents = await query(`SELECT * FROM ${table("documents")}`)
    const rejects = await query(`SELECT * FROM ${table("rejects")}`)
    expect({ documents: documents.length, rejects: rejects.length }).toEqual(expected)
    for (const row of rejects) decodeReject(row)
    const segments = await query(`SELECT * FROM ${table("segments")}`)
    for (const row of segments) decodeSegment(row)
    for (const row of documents) decodeDocument(row)
  })
})
