/**
 * The same article in four formats (text dump, HTML page, CSV row, JSONL line)
 * gives the same segments' text, kinds, languages and flags, and the same
 * document metadata.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import Papa from "papaparse"
import { readGoldDocuments } from "../pipeline/evaluate/Gold.ts"
import { isBlankLine, splitLines } from "../pipeline/stages/Segment.ts"
import { projectRoot, query, runInto, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const escapeHtml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")

const goldTitles = new Map(
  readGoldDocuments(path.join(projectRoot, "tests/gold/seeds/documents.tsv")).map((doc) => [doc.file, doc.title])
)

/** A page a CMS could have served: the article's title (by the gold) as the heading, each other line a paragraph. */
const asHtml = (raw: string, title: string | null | undefined): string => {
  const lines = splitLines(raw).filter((line) => !isBlankLine(line))
  return [
    "<!DOCTYPE html>",
    '<html lang="vi">',
    '<head><meta charset="utf-8"><script>var tracking = "Đọc thêm";</script></head>',
    "<body>",
    '<nav class="menu"></nav>',
    "<article>",
    ...lines.map((line) => (line.trim() === title ? `  <h1>${escapeHtml(line)}</h1>` : `  <p>${escapeHtml(line)}</p>`)),
    "</article>",
    "</body>",
    "</html>"
  ].join("\n")
}

const seeds = fs.readdirSync(seedsDir).sort()

const segmentsOf = async (output: string) =>
  query(
    `SELECT source_path, seq, text, kind, lang, mt_flag FROM ${sqlPath(path.join(output, "segments.parquet"))} ORDER BY source_path, seq`
  )

const documentsOf = async (output: string) =>
  query(
    `SELECT source_path, title, published_date, published_at, date_inferred, outlet, author, language, mt_status, text
     FROM ${sqlPath(path.join(output, "documents.parquet"))} ORDER BY source_path`
  )

describe("one article in every input format", () => {
  it("gives the same text, kinds, languages, flags and metadata", async () => {
    const input = temporaryDir("tinsach-formats-")
    const output = path.join(temporaryDir(), "output")
    const raws = seeds.map((file) => fs.readFileSync(path.join(seedsDir, file), "utf8"))
    seeds.forEach((file, i) => {
      const stem = file.replace(/\.txt$/u, "")
      fs.copyFileSync(path.join(seedsDir, file), path.join(input, file))
      fs.writeFileSync(path.join(input, `${stem}.html`), asHtml(raws[i]!, goldTitles.get(file)))
    })
    fs.writeFileSync(
      path.join(input, "export.csv"),
      Papa.unparse(seeds.map((file, i) => ({ id: file, url: `https://example.vn/${file}`, content: raws[i] })))
    )
    fs.writeFileSync(
      path.join(input, "export.jsonl"),
      `${raws.map((raw, i) => JSON.stringify({ id: seeds[i], body: raw })).join("\n")}\n`
    )
    await Effect.runPromise(runInto(output, [input]))

    const segments = await segmentsOf(output)
    const documents = await documentsOf(output)
    const view = <T extends Record<string, unknown>>(rows: ReadonlyArray<T>, source: string) =>
      rows.filter((row) => row.source_path === source).map(({ source_path: _, ...rest }) => rest)

    seeds.forEach((file, i) => {
      const stem = file.replace(/\.txt$/u, "")
      const expectedSegments = view(segments, file)
      const expectedDocument = view(documents, file)
      expect(expectedSegments.length).toBeGreaterThan(5)
      for (const other of [`${stem}.html`, `export.csv#${i + 1}`, `export.jsonl#${i + 1}`]) {
        expect(view(segments, other), other).toEqual(expectedSegments)
        // the CSV record carries a url: where the text names no outlet, its host is the outlet
        const expected = other.startsWith("export.csv#")
          ? expectedDocument.map((row) => ({ ...row, outlet: row.outlet ?? "example.vn" }))
          : expectedDocument
        expect(view(documents, other), other).toEqual(expected)
      }
    })
    const formats = await query(
      `SELECT format, count(*)::INTEGER AS n FROM ${sqlPath(path.join(output, "documents.parquet"))} GROUP BY format ORDER BY format`
    )
    expect(formats).toEqual([
      { format: "csv", n: 5 },
      { format: "html", n: 5 },
      { format: "jsonl", n: 5 },
      { format: "txt", n: 5 }
    ])
  })
})
