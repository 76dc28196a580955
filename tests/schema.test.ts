/**
 * The output contract: Parquet columns and types equal the snapshot in
 * tests/contract/ (read through DuckDB's DESCRIBE), the schemas the DDL is
 * derived from equal it too, and every row decodes with its Effect Schema.
 * Changing a table's schema fails here until the snapshot is updated on purpose.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect, Either, Schema } from "effect"
import { columnsOf } from "../schemas/Columns.ts"
import { Tables, tableNames } from "../schemas/Tables.ts"
import { projectRoot, query, runInto, sqlPath, temporaryDir } from "./support/pipeline.ts"

const snapshot = JSON.parse(fs.readFileSync(path.join(projectRoot, "tests/contract/schema.v1.json"), "utf8")) as Record<
  string,
  Array<[string, string]>
>

const output = path.join(temporaryDir(), "output")
beforeAll(() => Effect.runPromise(runInto(output)))

describe("the output contract", () => {
  it.each(tableNames)("%s.parquet has the contract's columns and types", async (table) => {
    const described = await query(`DESCRIBE SELECT * FROM ${sqlPath(path.join(output, `${table}.parquet`))}`)
    expect(described.map((row) => [row.column_name, row.column_type])).toEqual(snapshot[table])
  })

  it.each(tableNames)("the %s schema derives the contract's DDL", (table) => {
    expect(columnsOf(Tables[table]).map((column) => [column.name, column.type])).toEqual(snapshot[table])
  })

  it.each(tableNames)("every %s row decodes with its schema", async (table) => {
    const rows = await query(`SELECT * FROM ${sqlPath(path.join(output, `${table}.parquet`))}`)
    if (table !== "rejects") expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const decoded = Schema.decodeUnknownEither(Tables[table] as Schema.Schema<unknown, unknown>)(row)
      expect(Either.isRight(decoded), JSON.stringify(row).slice(0, 300)).toBe(true)
    }
  })

  it("writes CSV with a header row and list columns as JSON arrays", async () => {
    const header = fs.readFileSync(path.join(output, "segments.csv"), "utf8").split("\n")[0]
    expect(header).toBe(snapshot.segments!.map(([name]) => name).join(","))
    const rows = await query(
      `SELECT mt_signals FROM read_csv(${sqlPath(path.join(output, "segments.csv"))}, all_varchar = true)`
    )
    for (const row of rows) expect(Array.isArray(JSON.parse(String(row.mt_signals)))).toBe(true)
  })

  it("writes Parquet compressed with zstd", async () => {
    const codecs = await query(
      `SELECT DISTINCT compression FROM parquet_metadata(${sqlPath(path.join(output, "segments.parquet"))})`
    )
    expect(codecs.map((row) => row.compression)).toEqual(["ZSTD"])
  })

  it("writes a manifest with versions, inputs and their sha256, counts and stage timings", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8"))
    expect(manifest.schema_version).toBe(1)
    expect(manifest.rules_version).toMatch(/^[0-9a-f]{16}$/)
    expect(manifest.mt_threshold).toBe(0.5)
    expect(manifest.counts.documents).toBe(5)
    expect(manifest.counts.segments).toBe(62)
    expect(manifest.inputs).toHaveLength(5)
    for (const input of manifest.inputs) expect(input.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(Object.keys(manifest.timings_ms)).toEqual(
      expect.arrayContaining([
        "read",
        "decode",
        "segment",
        "classify_noise",
        "detect_language",
        "flag_translation",
        "export"
      ])
    )
  })
})
