/**
 * `pnpm pipeline merge --output DIR`: joins the part files that the shards of
 * one run wrote (`DIR/<table>/part-I-of-N.parquet`) into the single-file
 * tables and manifest of the contract, in the order one run writes them. It
 * refuses parts of different shard counts and a missing part. The single
 * files are written to a temporary folder and renamed into place; the parts
 * stay, so a glob over them still reads the same rows.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { Effect } from "effect"
import { tableNames } from "../schemas/Tables.ts"
import { UsageError } from "./Pipeline.ts"
import { csvColumns, type OutputFormat, orderBy, PARQUET_OPTIONS, sqlString, WriteError } from "./services/DuckDb.ts"

interface ShardManifest {
  readonly shard: { readonly index: number; readonly count: number }
  readonly counts: Record<string, unknown>
  readonly timings_ms: Record<string, number>
  readonly inputs: ReadonlyArray<{ readonly source_path: string }>
  readonly options: { readonly formats: ReadonlyArray<OutputFormat> }
  readonly [key: string]: unknown
}

const readManifests = (output: string): Effect.Effect<ReadonlyArray<ShardManifest>, UsageError> =>
  Effect.try({
    try: () => {
      const folder = path.join(output, "manifests")
      const names = fs.existsSync(folder)
        ? fs.readdirSync(folder).filter((name) => /^part-\d+-of-\d+\.json$/u.test(name))
        : []
      if (names.length === 0) throw new Error(`no shard manifests in ${folder}`)
      const manifests = names.map(
        (name) => JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as ShardManifest
      )
      const counts = new Set(manifests.map((manifest) => manifest.shard.count))
      if (counts.size > 1) throw new Error(`parts of different shard counts (${[...counts].join(", ")}) in ${folder}`)
      const count = manifests[0]!.shard.count
      const present = new Set(manifests.map((manifest) => manifest.shard.index))
      const missing = Array.from({ length: count }, (_, index) => index).filter((index) => !present.has(index))
      if (missing.length > 0)
        throw new Error(`shards ${missing.map((index) => `${index}/${count}`).join(", ")} have not finished`)
      return [...manifests].sort((a, b) => a.shard.index - b.shard.index)
    },
    catch: (error) =>
      new UsageError({ message: `cannot merge: ${error instanceof Error ? error.message : String(error)}` })
  })

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

export const runMerge = (output: string): Effect.Effect<{ readonly shards: number }, UsageError | WriteError> =>
  Effect.gen(function* () {
    const manifests = yield* readManifests(output)
    const count = manifests[0]!.shard.count
    const formats = manifests[0]!.options.formats
    const temporary = path.join(path.dirname(path.resolve(output)), `.${path.basename(output)}.merge-${process.pid}`)
    yield* Effect.tryPromise({
      try: async () => {
        fs.rmSync(temporary, { recursive: true, force: true })
        fs.mkdirSync(temporary)
        const instance = await DuckDBInstance.create(":memory:")
        const connection = await instance.connect()
        try {
          await connection.run("SET TimeZone = 'UTC'")
          for (const table of tableNames) {
            const parts = sqlString(path.join(output, table, `part-*-of-${count}.parquet`))
            const rows = `(SELECT * FROM read_parquet(${parts}) ${orderBy(table)})`
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
          connection.closeSync()
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
      },
      catch: (error) =>
        new WriteError({
          reason: "export",
          message: `cannot merge: ${error instanceof Error ? error.message : String(error)}`
        })
    })
    return { shards: count }
  })
