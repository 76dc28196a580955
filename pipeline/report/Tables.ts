/**
 * The output tables of a run, read through DuckDB: the single files a run or
 * a merge writes, else the part files of a sharded run (one glob per table).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { type TableName, tableNames } from "../../schemas/Tables.ts"
import { sqlString } from "../services/DuckDb.ts"

export type Row = Record<string, unknown>

export interface OutputTables {
  /** Rows as JSON-ready objects (BIGINT and HUGEINT columns come back as strings: cast them in SQL). */
  readonly rows: (sql: string) => Promise<ReadonlyArray<Row>>
  readonly run: (sql: string) => Promise<void>
  readonly close: () => void
}

/** Where a table's Parquet rows are, or null when the run wrote none. */
export const parquetSource = (output: string, table: TableName): string | null => {
  const single = path.join(output, `${table}.parquet`)
  if (fs.existsSync(single)) return single
  const partsDir = path.join(output, table)
  if (fs.existsSync(partsDir) && fs.readdirSync(partsDir).some((file) => file.endsWith(".parquet"))) {
    return path.join(partsDir, "part-*.parquet")
  }
  return null
}

/**
 * Opens an in-memory DuckDB with one view per table, named as the table.
 * Throws with a sentence naming the missing table when the folder holds no
 * Parquet output (the report reads Parquet: its list columns are typed there).
 */
export const openOutputTables = async (output: string): Promise<OutputTables> => {
  const sources = tableNames.map((table) => [table, parquetSource(output, table)] as const)
  const missing = sources.find(([, source]) => source === null)
  if (missing !== undefined) {
    throw new Error(
      `no ${missing[0]}.parquet in ${output}: run \`pnpm pipeline --output ${output}\` (with the parquet format) first`
    )
  }
  const instance = await DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  await connection.run("SET TimeZone = 'UTC'")
  for (const [table, source] of sources) {
    await connection.run(`CREATE VIEW "${table}" AS SELECT * FROM read_parquet(${sqlString(source ?? "")})`)
  }
  return {
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as ReadonlyArray<Row>,
    run: async (sql) => {
      await connection.run(sql)
    },
    close: () => {
      connection.closeSync()
      instance.closeSync()
    }
  }
}

/** The run's manifest, or null when the folder has none (part manifests are not read). */
export const readManifest = (output: string): Readonly<Record<string, unknown>> | null => {
  const file = path.join(output, "manifest.json")
  if (!fs.existsSync(file)) return null
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>
}
