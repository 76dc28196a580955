/**
 * Fuzzing the reading side: random records written as CSV, JSONL, plain TSV
 * and quoted TSV, and random file names (bytes that are not UTF-8, `#`, `%`,
 * control characters). Every record becomes exactly one document or one
 * reject under its own number, with its own text (none merged, none lost);
 * every file gets its own `source_path`, which never reads as a record's.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { FastCheck } from "effect"
import { listInputs } from "../../pipeline/stages/ReadInput.ts"
import { unpack } from "../../pipeline/stages/Unpack.ts"
import { decodedExport, temporaryDir } from "../support/pipeline.ts"

/** Text with the characters that break naive readers: quotes, delimiters, line breaks. */
const cellText = FastCheck.array(
  FastCheck.oneof(
    FastCheck.constantFrom('"', "'", ",", "\t", "\n", "\r\n", "\r", ";", "|", " ", "#", "\\", '""', "“", "”"),
    FastCheck.constantFrom("Hà Nội", "mưa rào", "Le sommet", "Đổi mới", "giá xăng", "l'aube", "<p>", "</p>"),
    FastCheck.string({ unit: "grapheme", maxLength: 12 })
  ),
  { maxLength: 20 }
).map((parts) => parts.join(""))

const quoteCsv = (cell: string) => `"${cell.replaceAll('"', '""')}"`
const quoteTsvIfNeeded = (cell: string) => (/["\t\n\r]/u.test(cell) ? quoteCsv(cell) : cell)
/** A plain TSV cell cannot hold a tab or a line break: exporters replace them. */
const flatten = (cell: string) => cell.replace(/[\t\r\n]/gu, " ")

type Format = "csv" | "jsonl" | "plain.tsv" | "quoted.tsv"

const write = (format: Format, contents: ReadonlyArray<string>): string => {
  const titles = contents.map((_, k) => `Tin ${k + 1}`)
  switch (format) {
    case "csv":
      return ["title,content", ...contents.map((c, k) => `${titles[k]},${quoteCsv(c)}`)].join("\r\n")
    case "jsonl":
      return contents.map((c, k) => JSON.stringify({ title: titles[k], content: c })).join("\n")
    case "plain.tsv":
      return ["title\tcontent", ...contents.map((c, k) => `${titles[k]}\t${c}`)].join("\n")
    case "quoted.tsv":
      return ["title\tcontent", ...contents.map((c, k) => `${titles[k]}\t${quoteTsvIfNeeded(c)}`)].join("\n")
  }
}

describe("fuzzing records", () => {
  it("gives every record of CSV, JSONL, plain and quoted TSV one document or one reject, with its own text", () => {
    FastCheck.assert(
      FastCheck.property(
        FastCheck.constantFrom<Format>("csv", "jsonl", "plain.tsv", "quoted.tsv"),
        FastCheck.array(cellText, { minLength: 1, maxLength: 12 }),
        (format, generated) => {
          // Tabs in cells are rare in prose and make a quoted multi-line cell read like rows (see SplitTsv.ts).
          const contents =
            format === "plain.tsv"
              ? generated.map(flatten)
              : format === "quoted.tsv"
                ? generated.map((c) => c.replaceAll("\t", " "))
                : generated
          const name = `export.${format}`
          const result = unpack(decodedExport(name, write(format, contents)))
          const outcomes = [
            ...result.records.map((record) => [record.sourcePath, record.rawText] as const),
            ...result.problems.map((problem) => [problem.sourcePath, problem.reason] as const)
          ].sort(([a], [b]) => Number(a.split("#")[1]) - Number(b.split("#")[1]))
          // a plain cell wholly in quotes reads as a quoted one: its quotes go (see SplitTsv.ts)
          const read = (content: string) =>
            format === "plain.tsv" && /^"(?:[^"]|"")*"$/u.test(content)
              ? content.slice(1, -1).replaceAll('""', '"')
              : content
          expect(outcomes).toEqual(
            contents.map((content, k) => [
              `${name}#${k + 1}`,
              read(content).trim().length > 0 ? read(content) : "empty"
            ])
          )
        }
      ),
      { numRuns: 400, seed: 13 }
    )
  })
})

/** A file name's bytes: UTF-8 text, `#`, `%`, control bytes and bytes that are not UTF-8. */
const nameBytes = FastCheck.array(
  FastCheck.oneof(
    FastCheck.constantFrom("#", "#2", "%", "%23", "%E0", "a.csv", " ", "bài", "é").map((s) => [...Buffer.from(s)]),
    FastCheck.integer({ min: 1, max: 255 })
      .filter((byte) => byte !== 0x2f)
      .map((byte) => [byte])
  ),
  { minLength: 1, maxLength: 10 }
).map((parts) => Buffer.concat([Buffer.from("f"), Buffer.from(parts.flat()), Buffer.from(".txt")]))

describe("fuzzing file names", () => {
  it("lists every file once under a distinct source_path that never ends like a record number", () => {
    FastCheck.assert(
      FastCheck.property(
        FastCheck.uniqueArray(nameBytes, { minLength: 1, maxLength: 6, selector: (b) => b.toString("hex") }),
        (names) => {
          const input = temporaryDir("tinsach-fuzz-names-")
          for (const name of names) fs.writeFileSync(Buffer.concat([Buffer.from(`${input}${path.sep}`), name]), "x")
          const listing = listInputs(input)
          const paths = listing.files.map((file) => file.sourcePath)
          expect(listing.problems).toEqual([])
          expect(new Set(paths).size).toBe(names.length)
          for (const sourcePath of paths) expect(sourcePath).not.toMatch(/#/u)
          for (const file of listing.files) expect(fs.readFileSync(file.absolutePath, "utf8")).toBe("x")
          fs.rmSync(input, { recursive: true })
        }
      ),
      { numRuns: 60, seed: 13 }
    )
  })
})
