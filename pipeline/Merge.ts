/**
 * `pnpm pipeline merge --output DIR`: joins the part files that the shards of
 * one run wrote (`DIR/<table>/part-I-of-N.parquet`) into the single-file
 * tables and manifest of the contract, in the order one run writes them. The
 * parts are checked first (`MergeParts.ts`: one N, each shard once, the same
 * versions and options, no stale part), under the output's lock. The single
 * files are written to a temporary folder and renamed into place; the parts
 * stay, so a glob over them still reads the same rows.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { Effect } from "effect"
import { columnsOf } from "../schemas/Columns.ts"
import { type TableName, Tables, tableNames } from "../schemas/Tables.ts"
import { readParts, type ShardManifest } from "./MergeParts.ts"
import { UsageError } from "./Pipeline.ts"
import {
  csvColumns,
  fromFormulaSafe,
  type OutputFormat,
  orderBy,
  PARQUET_OPTIONS,
  sqlString,
  WriteError
} from "./services/DuckDb.ts"
import { type OutputError, trackTemporary, trackWriter } from "./services/OutputFolder.ts"
import { lockOutput } from "./services/OutputLock.ts"

const readManifests = (output: string): Effect.Effect<ReadonlyArray<ShardManifest>, UsageError> =>
  Effect.try({
    try: () => readParts(output),
    catch: (error) =>
      new UsageError({ message: `cannot merge: ${error instanceof Error ? error.message : String(error)}` })
  })

/**
 * The rows of one table's parts, read from links with plain names: DuckDB
 * reads a path as a glob, and an output folder named `run*` or `run[1]` would
 * pull in other folders' parts. CSV-only parts are read back with the table's
 * types (list columns were written as JSON arrays).
 */
const partRows = (output: string, links: string, table: TableName, count: number, format: OutputFormat): string => {
  const files = Array.from({ length: count }, (_, index) => {
    const link = path.join(links, `${table}-${index}.${format}`)
    fs.symlinkSync(path.resolve(output, table, `part-${index}-of-${count}.${format}`), link)
    return sqlString(link)
  })
  if (format === "parquet") return `(SELECT * FROM read_parquet([${files.join(", ")}]) ${orderBy(table)})`
  const columns = columnsOf(Tables[table])
  const types = columns
    .map((column) => `${sqlString(column.name)}: ${sqlString(column.type.endsWith("[]") ? "VARCHAR" : column.type)}`)
    .join(", ")
  const select = columns
    .map((column) =>
      column.type.endsWith("[]")
        ? `CAST(from_json("${column.name}", '["VARCHAR"]') AS ${column.type}) AS "${column.name}"`
        : column.type === "VARCHAR"
          ? fromFormulaSafe(column.name)
          : `"${column.name}"`
    )
    .join(", ")
  return `(SELECT ${select} FROM read_csv([${files.join(", ")}], header = true, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${types}}) ${orderBy(table)})`
}

const sumRecords = (records: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> => {
  const total: Record<string, unknown> = {}
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === "number") total[key] = ((total[key] as number | undefined) ?? 0) + value
      else if (typeof value === "object" && value !== null)
        total[key] = sumRecords([
          (total[key] as Record<string, unknown> | undefined) ?? {},
          value as Record<string, unknown>
        ])
    }
  }
  return total
}

export const runMerge = (
  output: string
): Effect.Effect<{ readonly shards: number }, UsageError | WriteError | OutputError> =>
  Effect.gen(function* () {
    yield* lockOutput(output, null)
    const manifests = yield* readManifests(output)
    const count = manifests[0]!.shard.count
    const formats = manifests[0]!.options.formats
    const temporary = path.join(path.dirname(path.resolve(output)), `.${path.basename(output)}.merge-${process.pid}`)
    yield* Effect.tryPromise({
      try: async () => {
        fs.rmSync(temporary, { recursive: true, force: true })
        fs.mkdirSync(temporary)
        const untrack = trackTemporary(temporary)
        const links = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-merge-"))
        const untrackLinks = trackTemporary(links)
        const instance = await DuckDBInstance.create(":memory:")
        const connection = await instance.connect()
        const untrackWriter = trackWriter(() => connection.interrupt())
        try {
          await connection.run("SET TimeZone = 'UTC'")
          // CSV-only parts are read from CSV; otherwise Parquet keeps the types exactly
          const source: OutputFormat = formats.includes("parquet") ? "parquet" : "csv"
          for (const table of tableNames) {
            const rows = partRows(output, links, table, count, source)
            if (formats.includes("parquet")) {
              const target = sqlString(path.join(temporary, `${table}.parquet`))
              await connection.run(`COPY ${rows} TO ${target} (${PARQUET_OPTIONS})`)
            }
            if (formats.includes("csv")) {
              const target = sqlString(path.join(temporary, `${table}.csv`))
              await connection.run(
                `COPY (SELECT ${csvColumns(table)} FROM ${rows}) TO ${target} (FORMAT csv, HEADER, DELIMITER ',', QUOTE '"')`
              )
            }
          }
        } finally {
          untrackWriter()
          connection.closeSync()
          fs.rmSync(links, { recursive: true, force: true })
          untrackLinks()
        }
        const { shard: _, ...first } = manifests[0]!
        const merged = {
          ...first,
          created_at: new Date().toISOString(),
          merged_from: manifests.map((manifest) => `part-${manifest.shard.index}-of-${count}`),
          counts: sumRecords(manifests.map((manifest) => manifest.counts)),
          timings_ms: sumRecords(manifests.map((manifest) => manifest.timings_ms)),
          inputs: manifests
            .flatMap((manifest) => manifest.inputs)
            .sort((a, b) => Buffer.compare(Buffer.from(a.source_path), Buffer.from(b.source_path)))
        }
        fs.writeFileSync(path.join(temporary, "manifest.json"), `${JSON.stringify(merged, null, 2)}\n`)
        for (const name of fs.readdirSync(temporary)) fs.renameSync(path.join(temporary, name), path.join(output, name))
        fs.rmSync(temporary, { recursive: true, force: true })
        untrack()
      },
      catch: (error) =>
        new WriteError({
          reason: "export",
          message: `cannot merge: ${error instanceof Error ? error.message : String(error)}`
        })
    })
    return { shards: count }
  }).pipe(Effect.scoped)
