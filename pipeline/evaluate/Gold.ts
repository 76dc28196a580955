/**
 * Gold files: line-level labels (`file`, `line`, `kind`, `lang`, `mt`) and
 * document-level fields, as tab-separated text with a header row.
 */
import * as fs from "node:fs"
import { Data } from "effect"

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

/**
 * A cell quoted the way CSV quotes it (`"…""…"`, as the dev set writes notes holding `"`) is
 * unquoted; any other cell is literal (the seeds' notes start with a bare `"word"`).
 */
const unquote = (cell: string): string =>
  cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') && !/(?<!")"(?!")/u.test(cell.slice(1, -1))
    ? cell.slice(1, -1).replaceAll('""', '"')
    : cell

/**
 * Tab-separated rows with a header. The gold files never hold a tab or a line break inside a
 * cell (LABELLING.md), so a row is a line and a cell is what lies between tabs; a quote opens
 * no multi-line field (a CSV reader would merge the seeds' rows whose note starts with `"`).
 */
const rowsOf = (text: string, required: ReadonlyArray<string>, file: string): Array<Record<string, string>> => {
  const lines = text
    .replace(/^\uFEFF/u, "")
    .split(/\r\n|\n|\r/u)
    .filter((line) => line.trim() !== "")
  const names = (lines[0] ?? "").split("\t")
  const missing = required.filter((name) => !names.includes(name))
  if (missing.length > 0) throw new GoldError({ message: `${file} has no column ${missing.join(", ")}` })
  return lines.slice(1).map((line, index) => {
    const cells = line.split("\t")
    if (cells.length > names.length) {
      throw new GoldError({
        message: `${file} row ${index + 2}: ${cells.length} cells, the header has ${names.length}`
      })
    }
    return Object.fromEntries(names.map((name, column) => [name, unquote(cells[column] ?? "")]))
  })
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
