/**
 * Turns a decoded file into the articles it holds.
 *
 * - `.txt` and `.html`: the file is one article.
 * - `.csv` / `.tsv` (papaparse, header row) and `.jsonl` (one JSON object per
 *   line): each record is an article, `source_path` `file#N` for the N-th
 *   record. The text comes from the first field named like `content`, `body`,
 *   `text`, `html`; `title`, `url`, `published`, `source`, `author` fields are
 *   metadata. A field holding HTML is cleaned as HTML.
 * - A record that cannot be read (unbalanced quotes, a broken JSON line, no
 *   text) is a reject; the file's other records still load.
 */
import { hash } from "node:crypto"
import Papa from "papaparse"
import { Config } from "../Config.ts"
import type { DecodedInput, DocumentHints, InputProblem, SourceRecord } from "../Document.ts"
import { noHints } from "../Document.ts"
import { htmlNestingDepth } from "./HtmlDepth.ts"
import { splitTsv } from "./SplitTsv.ts"

export interface Unpacked {
  readonly records: ReadonlyArray<SourceRecord>
  readonly problems: ReadonlyArray<InputProblem>
}

/** Field names, in order of preference, lower-cased. */
const fieldNames = {
  text: [
    "content",
    "body",
    "text",
    "html",
    "article",
    "content_html",
    "body_html",
    "article_text",
    "noi_dung",
    "contenu"
  ],
  title: ["title", "headline", "tieu_de", "titre"],
  published: ["published", "published_at", "publish_date", "pubdate", "date", "datetime", "ngay_dang"],
  outlet: ["source", "outlet", "site", "site_name", "publisher"],
  author: ["author", "byline", "tac_gia", "auteur"],
  url: ["url", "link", "href", "canonical"]
} as const

const looksLikeHtml = /<(?:p|div|br|h[1-6]|span|a|img|figure|ul|li|article|section|table)\b[^>]*>/iu

const isTsv = (sourcePath: string): boolean => sourcePath.toLowerCase().endsWith(".tsv")

/** `createHash("sha256").update(text, "utf8").digest("hex")` in one native call. */
const sha256 = (text: string): string => hash("sha256", text, "hex")

type Fields = Readonly<Record<string, unknown>>

const pick = (
  fields: Fields,
  names: ReadonlyArray<string>
): { readonly name: string; readonly value: string } | null => {
  for (const name of names) {
    const value = fields[name]
    if (typeof value === "string" && value.trim().length > 0) return { name, value }
    if (typeof value === "number") return { name, value: String(value) }
  }
  return null
}

const hintsOf = (fields: Fields): DocumentHints => ({
  title: pick(fields, fieldNames.title)?.value.trim() ?? null,
  published: pick(fields, fieldNames.published)?.value.trim() ?? null,
  outlet: pick(fields, fieldNames.outlet)?.value.trim() ?? null,
  author: pick(fields, fieldNames.author)?.value.trim() ?? null,
  url: pick(fields, fieldNames.url)?.value.trim() ?? null
})

const lowerKeys = (fields: Fields): Fields =>
  Object.fromEntries(Object.entries(fields).map(([key, value]) => [key.trim().toLowerCase(), value]))

type RecordResult = { readonly record: SourceRecord } | { readonly problem: InputProblem }

const tooLarge = (input: DecodedInput, n: number, chars: number): RecordResult => ({
  problem: {
    sourcePath: `${input.sourcePath}#${n}`,
    reason: "too_large",
    detail: `Record ${n} has ${chars} characters, more than the ${Config.input.maxRecordChars} a record can have (input.maxRecordChars in pipeline/Config.ts); the file's other records were read.`
  }
})

const recordOf = (input: DecodedInput, n: number, raw: Fields): RecordResult => {
  const fields = lowerKeys(raw)
  const sourcePath = `${input.sourcePath}#${n}`
  const text = pick(fields, fieldNames.text)
  if (text !== null && text.value.length > Config.input.maxRecordChars) return tooLarge(input, n, text.value.length)
  if (text === null) {
    return {
      problem: {
        sourcePath,
        reason: "empty",
        detail: `Record ${n} has no text in any of the fields ${fieldNames.text.join(", ")}.`
      }
    }
  }
  return {
    record: {
      sourcePath,
      format: input.format,
      encoding: input.encoding,
      contentSha256: sha256(text.value),
      rawText: text.value,
      markup: text.name.includes("html") || looksLikeHtml.test(text.value) ? "html" : "text",
      hints: hintsOf(fields)
    }
  }
}

const collect = (results: ReadonlyArray<RecordResult>): Unpacked => ({
  records: results.flatMap((result) => ("record" in result ? [result.record] : [])),
  problems: results.flatMap((result) => ("problem" in result ? [result.problem] : []))
})

const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    delimiter: "",
    transformHeader: (header) => header.trim().toLowerCase()
  })

const noTextColumn = (input: DecodedInput, columns: ReadonlyArray<string>): Unpacked | null =>
  columns.some((column) => (fieldNames.text as ReadonlyArray<string>).includes(column))
    ? null
    : {
        records: [],
        problems: [
          {
            sourcePath: input.sourcePath,
            reason: "malformed",
            detail: `The header has no text column (${columns.slice(0, 8).join(", ") || "no columns"}); expected one of ${fieldNames.text.join(", ")}.`
          }
        ]
      }

/** One record per row of a TSV, plain or quoted (see `SplitTsv.ts`). */
const unpackTsv = (input: DecodedInput): Unpacked => {
  const table = splitTsv(input.rawText)
  const columns = table.header.map((name) => name.trim().toLowerCase())
  const refused = noTextColumn(input, columns)
  if (refused !== null) return refused
  return collect(
    table.rows.map((cells, index) =>
      recordOf(input, index + 1, Object.fromEntries(columns.map((column, i) => [column, cells[i]])))
    )
  )
}

/**
 * One record per row. An unbalanced quote swallows the rest of the file into
 * one field: that row is rejected, and reading starts again on the line after
 * the stray quote, under the same header, so the rows after it still load.
 */
const unpackCsv = (input: DecodedInput): Unpacked => {
  const first = parseCsv(input.rawText)
  const refused = noTextColumn(input, first.meta.fields ?? [])
  if (refused !== null) return refused
  const headerEnd = input.rawText.search(/\r?\n/u)
  const header = headerEnd < 0 ? input.rawText : input.rawText.slice(0, headerEnd)
  const results: Array<RecordResult> = []
  let parsed = first
  let text = input.rawText
  for (;;) {
    const quote = parsed.errors.find((error) => error.type === "Quotes")
    // papaparse counts the header row in the `row` of quote errors.
    const goodRows = quote === undefined ? parsed.data : parsed.data.slice(0, Math.max(0, (quote.row ?? 1) - 1))
    for (const row of goodRows) results.push(recordOf(input, results.length + 1, row))
    if (quote === undefined) break
    const n = results.length + 1
    results.push({
      problem: {
        sourcePath: `${input.sourcePath}#${n}`,
        reason: "malformed",
        detail: `Record ${n} has an unbalanced quote; reading went on from the next line.`
      }
    })
    const nextLine = text.indexOf("\n", quote.index ?? text.length)
    if (nextLine < 0) break
    text = `${header}\n${text.slice(nextLine + 1)}`
    parsed = parseCsv(text)
  }
  return collect(results)
}

const unpackJsonl = (input: DecodedInput): Unpacked => {
  const lines = input.rawText.split(/\r\n|\r|\n/u).filter((line) => line.trim().length > 0)
  return collect(
    lines.map((line, index): RecordResult => {
      const n = index + 1
      if (line.length > Config.input.maxRecordChars) return tooLarge(input, n, line.length)
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (error) {
        return {
          problem: {
            sourcePath: `${input.sourcePath}#${n}`,
            reason: "malformed",
            detail: `Record ${n} is not valid JSON (${error instanceof Error ? error.message : "parse error"}).`
          }
        }
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return {
          problem: {
            sourcePath: `${input.sourcePath}#${n}`,
            reason: "malformed",
            detail: `Record ${n} is not a JSON object.`
          }
        }
      }
      return recordOf(input, n, value as Fields)
    })
  )
}

/** The length of the longest line (`\n`, `\r\n` or `\r` end a line). */
export const longestLine = (text: string): number => {
  let longest = 0
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10
    if (code === 10 || code === 13) {
      longest = Math.max(longest, i - start)
      start = i + 1
    }
  }
  return longest
}

/**
 * A record no article could be is refused before the cleaning stages see it:
 * a text line longer than `Config.input.maxLineChars`, or HTML nested deeper
 * than `Config.input.maxHtmlDepth`.
 */
const refuseOversized = (unpacked: Unpacked): Unpacked => {
  const problems: Array<InputProblem> = [...unpacked.problems]
  const records = unpacked.records.filter((record) => {
    if (record.markup === "html") {
      const depth = htmlNestingDepth(record.rawText, Config.input.maxHtmlDepth)
      if (depth <= Config.input.maxHtmlDepth) return true
      problems.push({
        sourcePath: record.sourcePath,
        reason: "too_deep",
        detail: `The HTML nests elements more than ${Config.input.maxHtmlDepth} deep (input.maxHtmlDepth in pipeline/Config.ts; browsers stop at 512 too), usually tags opened and never closed: repair or re-export the page, or raise the limit.`
      })
      return false
    }
    const longest = longestLine(record.rawText)
    if (longest <= Config.input.maxLineChars) return true
    problems.push({
      sourcePath: record.sourcePath,
      reason: "too_large",
      detail: `A line has ${longest} characters, more than the ${Config.input.maxLineChars} a paragraph can have: text without line breaks is not an article.`
    })
    return false
  })
  return { records, problems }
}

export const unpack = (input: DecodedInput): Unpacked => refuseOversized(unpackRecords(input))

const unpackRecords = (input: DecodedInput): Unpacked => {
  switch (input.format) {
    case "csv":
      return isTsv(input.sourcePath) ? unpackTsv(input) : unpackCsv(input)
    case "jsonl":
      return unpackJsonl(input)
    case "txt":
    case "html":
      return {
        records: [
          {
            sourcePath: input.sourcePath,
            format: input.format,
            encoding: input.encoding,
            contentSha256: input.contentSha256,
            rawText: input.rawText,
            markup: input.format === "html" ? "html" : "text",
            hints: noHints
          }
        ],
        problems: []
      }
  }
}
