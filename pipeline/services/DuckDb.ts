/**
 * The table sink: rows are appended through DuckDB appenders into a staging
 * database file (so memory stays flat however many documents there are), then
 * each table is copied to Parquet (zstd) and CSV.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBDataChunkWriter,
  DuckDBInstance,
  type JS,
  JSToDuckDBValueConverter
} from "@duckdb/node-api"
import { Data, Effect, type Scope } from "effect"
import { type ColumnSpec, columnsOf, createTableSql } from "../../schemas/Columns.ts"
import { type TableName, Tables, tableNames } from "../../schemas/Tables.ts"

export class WriteError extends Data.TaggedError("WriteError")<{
  readonly reason: "open" | "append" | "export"
  readonly message: string
}> {}

export type OutputFormat = "parquet" | "csv"

type Row = Readonly<Record<string, unknown>>

export interface TableSink {
  readonly append: (table: TableName, rows: ReadonlyArray<Row>) => Effect.Effect<void, WriteError>
  /** Writes every table to `directory` in each format, then drops the staging database. */
  readonly export: (directory: string, formats: ReadonlyArray<OutputFormat>) => Effect.Effect<void, WriteError>
}

const toDuckValue = (column: ColumnSpec, value: unknown): JS => {
  if (value === null || value === undefined) return null
  if (column.type === "DATE") return new Date(`${String(value)}T00:00:00Z`)
  if (column.type === "TIMESTAMP WITH TIME ZONE") return new Date(String(value))
  return value as JS
}

interface TableWriter {
  readonly columns: ReadonlyArray<ColumnSpec>
  readonly appender: DuckDBAppender
  readonly writer: DuckDBDataChunkWriter<JS>
}

/**
 * The order of every table: by input path as bytes, a CSV or JSONL file's
 * records by number (`#2` before `#10`), segments by `seq`. It is the order in
 * which one run appends documents, and the order a merge of shards restores.
 */
export const orderBy = (table: TableName): string => {
  const key = `regexp_replace(source_path, '#[0-9]+$', ''), TRY_CAST(regexp_extract(source_path, '#([0-9]+)$', 1) AS BIGINT) NULLS FIRST`
  return table === "segments"
    ? `ORDER BY ${key}, doc_id, seq`
    : table === "documents"
      ? `ORDER BY ${key}, doc_id`
      : `ORDER BY ${key}, reason, detail`
}

/** The CSV form of a table's rows: list columns as JSON arrays. */
export const csvColumns = (table: TableName): string =>
  columnsOf(Tables[table])
    .map((column) =>
      column.type.endsWith("[]") ? `to_json("${column.name}")::VARCHAR AS "${column.name}"` : `"${column.name}"`
    )
    .join(", ")

const csvSelect = (table: TableName): string =>
  `SELECT ${csvColumns(table)} FROM "${table}"${table === "rejects" ? ` ${orderBy(table)}` : ""}`

const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`

const attempt = <A>(reason: WriteError["reason"], run: () => Promise<A> | A) =>
  Effect.tryPromise({
    try: async () => run(),
    catch: (error) => new WriteError({ reason, message: error instanceof Error ? error.message : String(error) })
  })

export const openTableSink = (stagingFile: string): Effect.Effect<TableSink, WriteError, Scope.Scope> =>
  Effect.gen(function* () {
    const { connection, writers } = yield* Effect.acquireRelease(
      attempt("open", async () => {
        const instance = await DuckDBInstance.create(stagingFile)
        const connection: DuckDBConnection = await instance.connect()
        await connection.run("SET TimeZone = 'UTC'")
        await connection.run("SET memory_limit = '256MB'")
        const writers = new Map<TableName, TableWriter>()
        for (const table of tableNames) {
          await connection.run(createTableSql(table, Tables[table]))
          const appender = await connection.createAppender(table)
          const writer = DuckDBDataChunkWriter.forAppender(appender, { converter: JSToDuckDBValueConverter })
          writers.set(table, { columns: columnsOf(Tables[table]), appender, writer })
        }
        return { connection, writers }
      }),
      ({ connection }) => Effect.sync(() => connection.closeSync())
    )
    const append = (table: TableName, rows: ReadonlyArray<Row>) =>
      attempt("append", () => {
        const target = writers.get(table)!
        for (const row of rows) {
          target.writer.appendRow(target.columns.map((column) => toDuckValue(column, row[column.name])))
        }
      })
    const exportTables = (directory: string, formats: ReadonlyArray<OutputFormat>) =>
      attempt("export", async () => {
        for (const { writer, appender } of writers.values()) {
          writer.flush()
          appender.closeSync()
        }
        for (const table of tableNames) {
          if (formats.includes("parquet")) {
            const target = sqlString(path.join(directory, `${table}.parquet`))
            const source = table === "rejects" ? `(SELECT * FROM "${table}" ${orderBy(table)})` : `"${table}"`
            await connection.run(`COPY ${source} TO ${target} (FORMAT parquet, COMPRESSION zstd)`)
          }
          if (formats.includes("csv")) {
            const target = sqlString(path.join(directory, `${table}.csv`))
            await connection.run(
              `COPY (${csvSelect(table)}) TO ${target} (FORMAT csv, HEADER, DELIMITER ',', QUOTE '"')`
            )
          }
        }
      })
    return { append, export: exportTables } satisfies TableSink
  })

/** Removes the staging database and its write-ahead log. */
export const removeStagingFile = (stagingFile: string): void => {
  for (const file of [stagingFile, `${stagingFile}.wal`]) fs.rmSync(file, { force: true })
}
