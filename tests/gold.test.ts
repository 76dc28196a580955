/**
 * The gold gate: the real pipeline on seeds/, read back from Parquet through
 * DuckDB, against the line-level and document-level labels in tests/gold/.
 */
import * as path from "node:path"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { readGoldDocuments, readGoldLines } from "../pipeline/evaluate/Gold.ts"
import { lookupOutlet } from "../pipeline/rules/RuleBook.ts"
import { projectRoot, query, rules, runInto, sqlPath, temporaryDir } from "./support/pipeline.ts"

/** The gold names an outlet as the page prints it; the pipeline names it as the outlet table does. */
const tableName = (printed: string | null) =>
  printed === null ? null : (lookupOutlet(rules.outlets, printed)?.name ?? printed)

const output = path.join(temporaryDir(), "output")
let segments: Array<Record<string, unknown>> = []
let documents: Array<Record<string, unknown>> = []

beforeAll(async () => {
  await Effect.runPromise(runInto(output))
  segments = await query(`SELECT * FROM ${sqlPath(path.join(output, "segments.parquet"))}`)
  documents = await query(
    `SELECT *, epoch(published_at) AS published_epoch FROM ${sqlPath(path.join(output, "documents.parquet"))}`
  )
})

describe("gold lines", () => {
  const gold = readGoldLines(path.join(projectRoot, "tests/gold/seeds/lines.tsv"))
  it("labels all 62 lines", () => expect(gold.length).toBe(62))

  it.each(gold.map((line) => [`${line.file}:${line.line}`, line] as const))("%s", (_, line) => {
    const holding = segments.filter(
      (s) => s.source_path === line.file && Number(s.line_start) <= line.line && Number(s.line_end) >= line.line
    )
    expect(holding).toHaveLength(1)
    const [segment] = holding
    expect({ kind: segment?.kind, lang: segment?.lang, mt: segment?.mt_flag }).toEqual({
      kind: line.kind,
      lang: line.lang,
      mt: line.mt
    })
  })

  it("gives every flagged segment its evidence", () => {
    for (const segment of segments.filter((s) => s.mt_flag === true)) {
      expect((segment.mt_signals as Array<string>).length).toBeGreaterThan(0)
    }
  })
})

describe("gold documents", () => {
  it.each(
    readGoldDocuments(path.join(projectRoot, "tests/gold/seeds/documents.tsv")).map((doc) => [doc.file, doc] as const)
  )("%s", (_, gold) => {
    const doc = documents.find((d) => d.source_path === gold.file)
    expect(doc).toBeDefined()
    expect({
      title: doc?.title,
      outlet: doc?.outlet,
      author: doc?.author,
      language: doc?.language,
      mt_status: doc?.mt_status
    }).toEqual({
      title: gold.title,
      outlet: tableName(gold.outlet),
      author: gold.author,
      language: gold.language,
      mt_status: gold.mt
    })
    const hasTime = gold.published.includes("T")
    expect(doc?.published_date).toBe(gold.published.slice(0, 10))
    if (hasTime) {
      expect(Number(doc?.published_epoch)).toBe(Date.parse(gold.published) / 1000)
      expect(doc?.date_inferred).toBe(false)
    } else {
      expect(doc?.published_at).toBeNull()
    }
  })

  it("marks inferred years as inferred", () => {
    const inferred = documents
      .filter((d) => d.date_inferred === true)
      .map((d) => d.source_path)
      .sort()
    expect(inferred).toEqual(["000_024a118ad2b276b3.txt", "002_454041552c928ad9.txt", "003_d61af1a5dfd7ec8a.txt"])
  })

  it("writes the clean texts the gold notes ask for", () => {
    const text = (file: string, line: number) =>
      segments.find((s) => s.source_path === file && s.line_start === line)?.text
    expect(text("000_024a118ad2b276b3.txt", 8)).toMatch(/^Le Comité a déployé/u)
    expect(text("003_d61af1a5dfd7ec8a.txt", 2)).toMatch(/^Dans l'après-midi du 2 janvier/u)
    expect(text("004_86232ecdeac32804.txt", 15)).toContain("2026-2031 được")
  })
})
