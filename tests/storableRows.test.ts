/**
 * A value the tables cannot hold (a `DATE` of 29 February in a common year, a
 * NaN in a `NOT NULL` column) costs its article, never the run: the article
 * becomes a `malformed` reject and the others load. Checked twice: by
 * `StorableRows.ts` before the write, and by `RefusedRows.ts` when a refused
 * row gets past that check (here the check is turned off to let it through).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { vi } from "vitest"
import { rowProblem, unstorable } from "../pipeline/StorableRows.ts"
import type { DocumentRows } from "../pipeline/stages/BuildRows.ts"
import { query, runInto, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const control = vi.hoisted(() => ({ check: true }))

/** Record #2's document gets an impossible date, record #3's first segment a NaN score. */
const corrupted = (rows: DocumentRows): DocumentRows =>
  rows.document.source_path.endsWith("#2")
    ? { ...rows, document: { ...rows.document, published_date: "2022-02-29" } }
    : rows.document.source_path.endsWith("#3")
      ? {
          ...rows,
          segments: rows.segments.map((segment, index) =>
            index === 0 ? { ...segment, kind_score: Number.NaN } : segment
          )
        }
      : rows

vi.mock("../pipeline/stages/BuildRows.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../pipeline/stages/BuildRows.ts")>()
  return {
    ...real,
    buildRows: (...args: Parameters<typeof real.buildRows>) => corrupted(real.buildRows(...args))
  }
})

vi.mock("../pipeline/StorableRows.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../pipeline/StorableRows.ts")>()
  return {
    ...real,
    unstorable: (output: Parameters<typeof real.unstorable>[0]) => (control.check ? real.unstorable(output) : null)
  }
})

const article = (name: string) => fs.readFileSync(path.join(seedsDir, name), "utf8")

const inputFolder = (): string => {
  const input = temporaryDir("tinsach-storable-")
  const records = ["000_024a118ad2b276b3.txt", "001_ac3a030e9e41d6df.txt", "002_454041552c928ad9.txt"].map((name) =>
    JSON.stringify({ title: name, content: article(name) })
  )
  fs.writeFileSync(path.join(input, "export.jsonl"), `${records.join("\n")}\n`)
  fs.writeFileSync(path.join(input, "good.txt"), article("003_d61af1a5dfd7ec8a.txt"))
  return input
}

const runOnce = async (check: boolean) => {
  control.check = check
  const output = path.join(temporaryDir(), "out")
  try {
    await Effect.runPromise(runInto(output, [inputFolder()]))
  } finally {
    control.check = true
  }
  const table = (name: string, columns: string) =>
    query(`SELECT ${columns} FROM ${sqlPath(path.join(output, `${name}.parquet`))}`)
  return {
    documents: (await table("documents", "source_path")).map((row) => row.source_path),
    segmentPaths: [...new Set((await table("segments", "source_path")).map((row) => row.source_path))],
    rejects: await table("rejects", "source_path, reason, detail"),
    inputs: (
      JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
        inputs: Array<{ source_path: string; documents: number; rejects: Array<string> }>
      }
    ).inputs
  }
}

describe("rows the tables cannot hold", () => {
  it.each([
    [
      "before the write (StorableRows)",
      true,
      /^A value of this record cannot be stored \(documents\.published_date "2022-02-29" is not a calendar date\)/u
    ],
    [
      "when the load refuses them (RefusedRows)",
      false,
      /^The table write refused a row of this record \(.*date field value out of range/u
    ]
  ])("are rejected %s, the other articles loaded", async (_, check, dateDetail) => {
    const run = await runOnce(check)
    expect(run.documents).toEqual(["export.jsonl#1", "good.txt"])
    expect(run.segmentPaths).toEqual(["export.jsonl#1", "good.txt"])
    expect(run.rejects.map((row) => [row.source_path, row.reason])).toEqual([
      ["export.jsonl#2", "malformed"],
      ["export.jsonl#3", "malformed"]
    ])
    expect(String(run.rejects[0]!.detail)).toMatch(dateDetail)
    expect(String(run.rejects[1]!.detail)).toMatch(
      check ? /segments\.kind_score NaN is not a finite number/u : /NOT NULL/u
    )
    expect(run.inputs.find((input) => input.source_path === "export.jsonl")).toMatchObject({
      documents: 1,
      rejects: ["malformed", "malformed"]
    })
  })
})

describe("rowProblem", () => {
  const document = (fields: Record<string, unknown>) => ({
    doc_id: "d",
    source_path: "a.txt",
    content_sha256: "x",
    format: "txt",
    encoding: "utf-8",
    title: null,
    published_date: "2024-02-29",
    published_at: "2024-02-29T23:59:59+14:00",
    date_inferred: false,
    outlet: null,
    author: null,
    language: "vi",
    mt_status: "none",
    mt_share: 0,
    text: "t",
    n_segments: 1,
    n_noise: 0,
    chars_raw: 1,
    chars_clean: 1,
    pipeline_version: "0",
    schema_version: 1,
    ...fields
  })

  it("passes what DuckDB stores", () => {
    expect(rowProblem("documents", document({}))).toBeNull()
    expect(rowProblem("documents", document({ published_at: "2015-01-29T17:58:00Z", published_date: null }))).toBeNull()
    expect(unstorable({ document: document({}) as never, segments: [] })).toBeNull()
  })

  it.each([
    [{ published_date: "2023-02-29" }, 'documents.published_date "2023-02-29" is not a calendar date'],
    [{ published_at: "2023-01-01T10:00:00+99:00" }, "has no such UTC offset"],
    [{ published_at: "2023-01-01T10:00:00+07:75" }, "has no such UTC offset"],
    [{ published_at: "2023-01-01T23:60:00+07:00" }, "is not a time of day"],
    [{ published_at: "2023-01-01T10:00+07" }, "is not an ISO 8601 timestamp"],
    [{ mt_share: Number.NaN }, "documents.mt_share NaN is not a finite number"],
    [{ text: undefined }, "documents.text undefined is missing"],
    [{ chars_raw: 2 ** 31 }, "is not a 32-bit integer"],
    [{ date_inferred: "no" }, "is not a boolean"]
  ])("refuses %o", (fields, why) => {
    expect(rowProblem("documents", document(fields))).toContain(why)
  })
})
