/**
 * Gold files: line-level labels (`file`, `line`, `kind`, `lang`, `mt`) and
 * document-level fields, as tab-separated text with a header row.
 */
import * as fs from "node:fs"
import { Data } from "effect"
import Papa from "papaparse"

export interface GoldLine {
  readonly file: string
  readonly line: number
  readonly kind: string
  readonly lang: string
  readonly mt: boolean
}

export interface GoldDocument {
  readonly file: string
  readonly title: string | null
  readonly published: string
  readonly outlet: string | null
  readonly author: string | null
  readonly language: string
  readonly mt: string
}

export class GoldError extends Data.TaggedError("GoldError")<{ readonly message: string }> {}

/** Tab-separated rows with a header; a cell may be quoted as CSV quotes it (a note holding `"`). */
const rowsOf = (text: string, required: ReadonlyArray<string>, file: string): Array<Record<string, string>> => {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ""), {
    delimiter: "\t",
    header: true,
    skipEmptyLines: "greedy",
    quoteChar: '"'
  })
  const names = parsed.meta.fields ?? []
  const missing = required.filter((name) => !names.includes(name))
  if (missing.length > 0) throw new GoldError({ message: `${file} has no column ${missing.join(", ")}` })
  return parsed.data
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === "" ? null : value)

export const parseGoldLines = (text: string, file = "gold"): ReadonlyArray<GoldLine> =>
  rowsOf(text, ["file", "line", "kind", "lang", "mt"], file).map((row, index) => {
    const line = Number(row.line)
    if (!Number.isInteger(line) || line < 1) {
      throw new GoldError({ message: `${file} row ${index + 2}: line must be a positive whole number` })
    }
    return {
      file: row.file ?? "",
      line,
      kind: row.kind ?? "",
      lang: row.lang ?? "",
      mt: row.mt === "1" || row.mt === "true"
    }
  })

export const readGoldLines = (file: string): ReadonlyArray<GoldLine> =>
  parseGoldLines(fs.readFileSync(file, "utf8"), file)

export const readGoldDocuments = (file: string): ReadonlyArray<GoldDocument> =>
  rowsOf(fs.readFileSync(file, "utf8"), ["file", "title", "published", "outlet", "author", "language", "mt"], file).map(
    (row) => ({
      file: row.file ?? "",
      title: orNull(row.title),
      published: row.published ?? "",
      outlet: orNull(row.outlet),
      author: orNull(row.author),
      language: row.language ?? "",
      mt: row.mt ?? ""
    })
  )
