/**
 * The table sink: rows arrive as NDJSON bytes (`EncodedRows.ts`) and are
 * written in input order to staging files (`StagingRows.ts`), loaded into a
 * staging database file with one `read_json` per table when the appends end
 * (no appender, no per-value conversion, no periodic checkpoint), then each
 * table is copied to Parquet (zstd) and CSV.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api"
import { Data, Effect, type Scope } from "effect"
import { type ColumnSpec, columnsOf, createTableSql } from "../../schemas/Columns.ts"
import { type TableName, Tables, tableNames } from "../../schemas/Tables.ts"
import { CachedInputs } from "../CachedInputs.ts"
import { type EncodedFile, rowLine } from "../EncodedRows.ts"
import type { CachedPlaces, CachedRows, InputRecord } from "../Process.ts"
import { type CsvRanges, NumberColumn, scanCsv, spliceCsv } from "./CsvSplice.ts"
import { trackWriter } from "./OutputFolder.ts"
import { loadRefusing, type RefusedRow, refusesValues } from "./RefusedRows.ts"
import { KeptRows, openStagingRows, type StagingRows } from "./StagingRows.ts"
import { traceStep } from "./TraceSteps.ts"

export class WriteError extends Data.TaggedError("WriteError")<{
  /** "cache": the previous run's kept rows were not what its index recorded (the run is done again without them). */
  readonly reason: "open" | "append" | "export" | "cache"
  readonly message: string
}> {}

/** A previous run's file of kept rows whose CRC-32, taken while its rows were copied, is not the one recorded. */
export class KeptRowsMismatch extends Error {}

export type OutputFormat = "parquet" | "csv"

const MEMORY_LIMIT = "384MB"
/**
 * The load of the staged rows (`read_json` on 2 threads) when no input's rows
 * of a table reach SMALL_ROWS_BYTES. Measured on the load alone of a 200 MB
 * corpus's rows: 940-1,005 MB of peak RSS at 384 MB, 526-798 MB at 256 MB
 * (3.5 s against 4.4 s); the process's peak of a full run is this load's. Rows
 * of 200 KB articles need more (192 MB ran out; 256 MB held, 844-854 MB
 * against 937 at 384), so larger rows keep MEMORY_LIMIT.
 */
const SMALL_ROWS_LOAD_LIMIT = "256MB"
const SMALL_ROWS_BYTES = 64 * 1024
/**
 * DuckDB's threads. Each thread of a load, a sort or a Parquet write holds its
 * own buffers (a row group's column chunks, a sort run), and DuckDB starts one
 * per core by default, however many cores a cluster node has. The load (JSON
 * parsing) runs on 2: the workers have stopped by then. The export runs on 1
 * (figures in the README's performance section).
 */
const LOAD_THREADS = 2
const EXPORT_THREADS = 1
/**
 * Reading the previous run's cache index (a hash of its rows, on one thread).
 * Should this be too little, the index is read again under DuckDB's default.
 */
const INDEX_MEMORY_LIMIT = "256MB"
/**
 * The export (and what follows it) may use more than the appends: the export
 * of a 1 GB corpus ran out at 384 MB, and writing Parquet builds a row group's
 * column chunks in memory, at least 2,048 rows (one vector), so a documents
 * table of 200 KB articles needs 400 MB for one: articles longer than
 * LONG_DOCUMENT_CHARS get the larger limit. Measured on 1,001 articles of
 * 200 KB: their Parquet ran out at 512 MB and took 764 MB of RSS at 640 MB,
 * 768 MB and 1 GB alike (the limit does not set that peak; the vector does).
 */
const EXPORT_MEMORY_LIMIT = "512MB"
/**
 * Pages a statement leaves in DuckDB's buffer pool (the tables' blocks it read,
 * up to the limit) stay resident after it ends, and the next statement's own
 * buffers come on top: on 200 KB articles the documents' Parquet left 765 MB of
 * RSS behind it and their CSV peaked at 979 MB after it, 773 MB when the limit
 * was lowered to this between the two (which evicts what nothing holds) and then
 * raised again. Each step of the export and of the rebuild starts so.
 */
const EVICTING_MEMORY_LIMIT = "64MB"
const LONG_EXPORT_MEMORY_LIMIT = "1GB"
const LONG_DOCUMENT_CHARS = 50_000
/**
 * Row groups of 16k rows rather than DuckDB's 122,880: a segments row holds
 * the text twice, and a row group's column chunk is built in memory.
 */
export const PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 16384"

type Row = Readonly<Record<string, unknown>>

const INPUTS_COLUMNS: ReadonlyArray<ColumnSpec> = [
  { name: "seq", type: "INTEGER", nullable: false },
  { name: "source_path", type: "VARCHAR", nullable: false },
  { name: "sha256", type: "VARCHAR", nullable: true },
  { name: "bytes", type: "BIGINT", nullable: true },
  { name: "documents", type: "INTEGER", nullable: false },
  { name: "rejects", type: "VARCHAR[]", nullable: false },
  { name: "reused", type: "BOOLEAN", nullable: false },
  { name: "mtime", type: "DOUBLE", nullable: true },
  // where the input's rows of each table are in the staged (and kept) rows: byte offset, length, rows
  ...tableNames.flatMap(
    (table): Array<ColumnSpec> => [
      { name: `${table}_at`, type: "BIGINT", nullable: false },
      { name: `${table}_bytes`, type: "BIGINT", nullable: false },
      { name: `${table}_rows`, type: "BIGINT", nullable: false }
    ]
  )
]
const INPUTS_DDL = `CREATE TABLE run_inputs (${INPUTS_COLUMNS.map((column) => `${column.name} ${column.type}`).join(", ")})`

export interface TableCounts {
  readonly documents: number
  readonly segments: number
  readonly segmentsByKind: Readonly<Record<string, number>>
  readonly mtDocuments: Readonly<Record<"partial" | "full", number>>
  readonly rejects: number
}

export interface TableSink {
  readonly append: (table: TableName, rows: ReadonlyArray<Row>) => Effect.Effect<void, WriteError>
  /** Appends a cleaned file's encoded documents and segments. */
  readonly appendEncoded: (file: EncodedFile) => Effect.Effect<void, WriteError>
  /**
   * Ends the appends: the staged rows are loaded into the database. Returns a
   * line for stderr per article a refused row left out (`RefusedRows.ts`).
   */
  readonly load: () => Effect.Effect<ReadonlyArray<string>, WriteError>
  /**
   * Records what became of one input (the manifest's `inputs`), in a table
   * rather than in memory: a crawl has hundreds of thousands.
   */
  /**
   * Called after the input's rows were appended. A reused input (its previous
   * run's cache entry given) has its rows copied from the previous run's kept
   * rows here, in its place in input order: the tables need no sort.
   */
  readonly recordInput: (input: InputRecord, reused: CachedPlaces | null) => Effect.Effect<void, WriteError>
  /**
   * Writes the next run's cache index (`indexFile`, a small DuckDB database):
   * which inputs the kept rows hold, where, and by which versions.
   */
  readonly saveIndex: (versions: Readonly<Record<string, string>>, indexFile: string) => Effect.Effect<void, WriteError>
  /** Writes `manifest.json`: the given fields, then the recorded inputs, streamed. */
  readonly writeManifest: (file: string, fields: Readonly<Record<string, unknown>>) => Effect.Effect<void, WriteError>
  /** The tables' counts; after `export` (which may leave refused articles out). */
  readonly counts: () => Effect.Effect<TableCounts, WriteError>
  /** Checkpoints and closes the database, so that its file is complete on disk. */
  readonly close: () => Effect.Effect<void, WriteError>
  /**
   * Writes every table to `directory` in each format, in the defined order (`orderBy`). Returns a
   * line for stderr per article a refused row left out (`RefusedRows.ts`), found only here.
   */
  readonly export: (
    directory: string,
    formats: ReadonlyArray<OutputFormat>
  ) => Effect.Effect<ReadonlyArray<string>, WriteError>
}

/**
 * The order of every table: by input path as bytes, a CSV or JSONL file's
 * records by number (`#2` before `#10`), segments by `seq`. It is the order in
 * which one run appends documents, and the order a merge of shards restores.
 */
export const orderBy = (table: TableName): string => {
  const key = `${inputPathOf}, TRY_CAST(split_part(source_path, '#', 2) AS BIGINT) NULLS FIRST`
  return table === "segments"
    ? `ORDER BY ${key}, doc_id, seq`
    : table === "documents"
      ? `ORDER BY ${key}, doc_id`
      : `ORDER BY ${key}, reason, detail`
}

/**
 * A text cell a spreadsheet would run as a formula (it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return) is written to CSV with a leading `'`,
 * which spreadsheets read as text (OWASP's advice on CSV injection). Parquet
 * keeps the text as it is.
 */
/**
 * A text cell that would start a spreadsheet formula gets a leading `'`; so does one that
 * already starts with quotes before such a character, so that `fromFormulaSafe` (merge
 * reading CSV-only parts) undoes exactly what was added.
 */
const formulaSafe = (name: string): string =>
  `CASE WHEN regexp_matches("${name}", '^''*[=+@\\t\\r-]') THEN '''' || "${name}" ELSE "${name}" END AS "${name}"`

/** A CSV cell read back: the one `'` that `formulaSafe` added taken off. */
export const fromFormulaSafe = (name: string): string =>
  `CASE WHEN regexp_matches("${name}", '^''+[=+@\\t\\r-]') THEN substr("${name}", 2) ELSE "${name}" END AS "${name}"`

/** The CSV form of a table's rows: list columns as JSON arrays, text cells formula-safe. */
export const csvColumns = (table: TableName): string =>
  columnsOf(Tables[table])
    .map((column) =>
      column.type.endsWith("[]")
        ? `to_json("${column.name}")::VARCHAR AS "${column.name}"`
        : column.type === "VARCHAR"
          ? formulaSafe(column.name)
          : `"${column.name}"`
    )
    .join(", ")

/**
 * The input file a row comes from: its `source_path` without a record's `#N`.
 * A `#` in a file's name is escaped (`%23`), so the only `#` is the record's,
 * and `split_part` finds it at a third of the cost of a regular expression
 * (measured on the sort of a rebuild).
 */
const inputPathOf = "split_part(source_path, '#', 1)"

/**
 * A table's rows in the defined order. Rows staged by one run are in that
 * order already (inputs are listed in it, and a reused input's rows are copied
 * in its place), so only rejects (listing problems come first) are sorted here.
 */
const ordered = (table: TableName): string =>
  table === "rejects" ? `(SELECT * FROM "${table}" ${orderBy(table)})` : `"${table}"`

/** The tables exported straight from their staged rows (`read_json`), not loaded into the database first. */
const directTables: ReadonlyArray<TableName> = ["documents", "segments"]

/**
 * A table's staged rows as the export reads them when they are not loaded (`read_json`), with
 * the table's NOT NULL constraints checked: a null where the table refuses one raises an error,
 * so that the export falls back to loading the rows and leaving out the refused ones.
 */
const checkedRows = (table: TableName, source: string): string => {
  const required = columnsOf(Tables[table]).filter((column) => !column.nullable)
  const anyNull = required.map((column) => `"${column.name}" IS NULL`).join(" OR ")
  return `(SELECT * FROM ${source} WHERE CASE WHEN ${anyNull} THEN error('NOT NULL constraint failed: ${table}') ELSE true END)`
}

export const sqlString = (value: string): string => `'${value.replaceAll("'", "''")}'`

/**
 * Sets the memory limit of the next statement after evicting the buffer pool's
 * unpinned pages (EVICTING_MEMORY_LIMIT). Should pinned pages not fit under the
 * lower limit, DuckDB refuses it and nothing was evicted: the run goes on.
 */
const freshMemoryLimit = async (connection: DuckDBConnection, limit: string): Promise<void> => {
  try {
    await connection.run(`SET memory_limit = '${EVICTING_MEMORY_LIMIT}'`)
  } catch {
    // nothing evicted; the limit below is set all the same
  }
  await connection.run(`SET memory_limit = '${limit}'`)
}

const writeError = (reason: WriteError["reason"]) => (error: unknown) =>
  new WriteError({
    reason: error instanceof KeptRowsMismatch ? "cache" : reason,
    message: error instanceof Error ? error.message : String(error)
  })

const attempt = <A>(reason: WriteError["reason"], run: () => Promise<A> | A) =>
  Effect.tryPromise({ try: async () => run(), catch: writeError(reason) })

/** An article a refused row of is left out: all its rows, with a reject in their place. */
interface RefusedArticle {
  readonly docId: string
  readonly sourcePath: string
  readonly reason: string
}

const articleOf = (row: RefusedRow): RefusedArticle | null => {
  try {
    const parsed = JSON.parse(row.line) as { doc_id?: unknown; source_path?: unknown }
    return typeof parsed.doc_id === "string" && typeof parsed.source_path === "string"
      ? { docId: parsed.doc_id, sourcePath: parsed.source_path, reason: row.reason }
      : null
  } catch {
    return null
  }
}

/**
 * The refused articles' other rows deleted (the rows left keep their order),
 * a `malformed` reject for each, and their inputs' manifest entries counting
 * one document less and one reject more (a reused input's counts, from the
 * cache, count them already: its kept rows hold the refused row again).
 */
const rejectArticles = async (
  connection: DuckDBConnection,
  articles: ReadonlyArray<RefusedArticle>,
  leftOut: Array<string>
): Promise<void> => {
  const ids = articles.map((article) => sqlString(article.docId)).join(", ")
  await connection.run(`DELETE FROM documents WHERE doc_id IN (${ids})`)
  await connection.run(`DELETE FROM segments WHERE doc_id IN (${ids})`)
  const perInput = new Map<string, number>()
  for (const article of articles) {
    const detail = `The table write refused a row of this record (${article.reason}); the record was left out; please report it with this input.`
    await connection.run(
      `INSERT INTO rejects VALUES (${sqlString(article.sourcePath)}, 'malformed', ${sqlString(detail)})`
    )
    leftOut.push(`tinsach: rejected ${article.sourcePath}: malformed: ${detail}`)
    const input = article.sourcePath.split("#")[0]!
    perInput.set(input, (perInput.get(input) ?? 0) + 1)
  }
  for (const [input, count] of perInput) {
    await connection.run(
      `UPDATE run_inputs SET documents = documents - ${count}, rejects = list_concat(rejects, [${Array.from({ length: count }, () => "'malformed'").join(", ")}]) WHERE source_path = ${sqlString(input)} AND NOT reused`
    )
  }
}

/**
 * The rows of each table a run keeps for the next one (`.cache.<table>.jsonl`),
 * and the previous run's, held open to copy reused inputs' rows from.
 */
export interface CacheRowFiles {
  /** Where this run stages its rows of a table; the file is kept (not removed) for the next run. */
  readonly staged: (table: TableName) => string
  /**
   * The previous run's kept rows of each table (held copies) with the size and CRC-32 its index
   * recorded (checked as the rows are copied, before the export), or null when nothing is reused.
   */
  readonly previous: Readonly<
    Record<TableName, { readonly file: string; readonly bytes: number; readonly crc: number }>
  > | null
  /**
   * The previous run's CSV tables (held copies) whose inputs' places its index recorded, when
   * this run writes CSV: reused inputs' rows are copied from them (`CsvSplice.ts`).
   */
  readonly previousCsv: Readonly<Partial<Record<TableName, { readonly file: string; readonly crc: number }>>>
}

/**
 * The `run_inputs` lines gathered before they are written (characters): a chunk stays well under
 * SMALL_ROWS_BYTES (at most 3 bytes a character, one line past it), which every staged file's
 * largest chunk is measured against to choose the load's memory limit.
 */
const INPUT_LINES_CHARS = 1 << 13

const RANGE_KEYS = tableNames.flatMap((table) => [`,"${table}_at":`, `,"${table}_bytes":`, `,"${table}_rows":`])

/** A JSON value as `JSON.stringify` writes it in a row (`rowLine` when not well-formed: see below). */
const json = (value: unknown): string => JSON.stringify(value) ?? "null"

/** An input's `run_inputs` row as an object, keys in the table's order (`inputLine`'s slow path). */
export const inputRow = (
  seq: number,
  input: InputRecord,
  reused: boolean,
  ranges: ReadonlyArray<number>
): Record<string, unknown> => {
  const row: Record<string, unknown> = {
    seq,
    source_path: input.source_path,
    sha256: input.sha256,
    bytes: input.bytes,
    documents: input.documents,
    rejects: input.rejects,
    reused,
    mtime: input.mtime ?? null
  }
  tableNames.forEach((table, index) => {
    row[`${table}_at`] = ranges[3 * index]
    row[`${table}_bytes`] = ranges[3 * index + 1]
    row[`${table}_rows`] = ranges[3 * index + 2]
  })
  return row
}

/**
 * An input's `run_inputs` line, `ranges` its offset, bytes and rows in each table (`tableNames`'
 * order): the line `rowLine` writes of the same row (keys in the same order), without building the
 * row object. A text `rowLine` would make well-formed (a lone surrogate) goes through `rowLine`.
 */
export const inputLine = (seq: number, input: InputRecord, reused: boolean, ranges: ReadonlyArray<number>): string => {
  let line = `{"seq":${json(seq)},"source_path":${json(input.source_path)},"sha256":${json(input.sha256)},"bytes":${json(input.bytes)},"documents":${json(input.documents)},"rejects":${json(input.rejects)},"reused":${reused},"mtime":${json(input.mtime ?? null)}`
  for (let index = 0; index < RANGE_KEYS.length; index++) line += `${RANGE_KEYS[index]}${json(ranges[index])}`
  if (line.includes("\\ud")) return rowLine(inputRow(seq, input, reused, ranges))
  return `${line}}\n`
}

export const openTableSink = (
  stagingFile: string,
  cacheRows: CacheRowFiles | null = null
): Effect.Effect<TableSink, WriteError, Scope.Scope> =>
  Effect.gen(function* () {
    let open = true
    const { instance, connection, untrack } = yield* Effect.acquireRelease(
      attempt("open", async () => {
        const instance = await DuckDBInstance.create(stagingFile)
        const connection: DuckDBConnection = await instance.connect()
        await connection.run("SET TimeZone = 'UTC'")
        // Bounded memory: DuckDB spills to the staging file's side beyond this.
        await connection.run(`SET memory_limit = '${MEMORY_LIMIT}'`)
        await connection.run(`SET threads = ${LOAD_THREADS}`)
        for (const table of tableNames) await connection.run(createTableSql(table, Tables[table]))
        await connection.run(INPUTS_DDL)
        // a signal interrupts the statement in flight before it removes the folder this writes into
        const untrack = trackWriter(() => connection.interrupt())
        return { instance, connection, untrack }
      }),
      ({ instance, connection, untrack }) =>
        Effect.sync(() => {
          untrack()
          if (open) {
            open = false
            connection.closeSync()
            instance.closeSync()
          }
        })
    )
    const staged = yield* Effect.acquireRelease(
      attempt("open", () => {
        const files = new Map<TableName | "run_inputs", StagingRows>()
        for (const table of tableNames)
          files.set(table, openStagingRows(cacheRows?.staged(table) ?? `${stagingFile}.${table}.jsonl`))
        files.set("run_inputs", openStagingRows(`${stagingFile}.run_inputs.jsonl`))
        return files
      }),
      (files) =>
        Effect.sync(() => {
          for (const file of files.values()) file.remove()
        })
    )
    const previous = yield* Effect.acquireRelease(
      attempt("open", () => {
        const files = cacheRows?.previous ?? null
        if (files === null) return null
        const opened = new Map<TableName, KeptRows>()
        try {
          for (const table of tableNames) opened.set(table, new KeptRows(files[table].file, files[table]))
        } catch (error) {
          for (const kept of opened.values()) kept.close()
          throw error
        }
        return opened
      }),
      (kept) =>
        Effect.sync(() => {
          if (kept !== null) for (const file of kept.values()) file.close()
        })
    )
    const stage = (table: TableName | "run_inputs") => staged.get(table)!
    /**
     * The cleaned inputs' rows alone, of each table whose CSV is spliced from the previous run's:
     * DuckDB writes their CSV, the reused inputs' CSV rows are copied (`CsvSplice.ts`).
     */
    const fresh = yield* Effect.acquireRelease(
      attempt("open", () => {
        const files = new Map<TableName, StagingRows>()
        for (const table of directTables)
          if (cacheRows?.previousCsv[table] !== undefined)
            files.set(table, openStagingRows(`${stagingFile}.fresh.${table}.jsonl`))
        return files
      }),
      (files) =>
        Effect.sync(() => {
          for (const file of files.values()) file.remove()
        })
    )
    /** Rows written to each table since the last input was recorded (one NDJSON line a row). */
    const pendingRows = new Map<TableName, number>(tableNames.map((table) => [table, 0]))
    const lineCount = (bytes: Uint8Array): number => {
      let lines = 0
      for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) lines++
      return lines
    }
    const writeRows = (table: TableName, bytes: Uint8Array) => {
      if (bytes.length === 0) return
      stage(table).write(bytes)
      fresh.get(table)?.write(bytes)
      pendingRows.set(table, pendingRows.get(table)! + lineCount(bytes))
    }
    /** Per input, in input order: its rows of each CSV-spliced table and where the previous CSV holds them (-1: cleaned). */
    const csvInputs = new Map<TableName, { rows: NumberColumn; previousAt: NumberColumn; previousBytes: NumberColumn }>(
      directTables.map((table) => [
        table,
        { rows: new NumberColumn(), previousAt: new NumberColumn(), previousBytes: new NumberColumn() }
      ])
    )
    const spliceInputsOf = (table: TableName) => {
      const inputs = csvInputs.get(table)!
      return {
        rows: inputs.rows.view(),
        previousAt: inputs.previousAt.view(),
        previousBytes: inputs.previousBytes.view()
      }
    }
    /**
     * Reused inputs' rows not copied yet, per table: consecutive reused inputs'
     * rows are consecutive in the previous run's file too (same order), so a
     * run of them is copied as one range.
     */
    const pendingCopies = new Map<TableName, { at: number; bytes: number }>()
    const flushCopies = () => {
      for (const [table, range] of pendingCopies) stage(table).copy(previous!.get(table)!, range.at, range.bytes)
      pendingCopies.clear()
    }
    const queueCopy = (table: TableName, rows: CachedRows) => {
      if (rows.bytes === 0) return
      stage(table).atLeast(rows.bytes)
      const pending = pendingCopies.get(table)
      if (pending !== undefined && pending.at + pending.bytes === rows.at) pending.bytes += rows.bytes
      else {
        if (pending !== undefined) stage(table).copy(previous!.get(table)!, pending.at, pending.bytes)
        pendingCopies.set(table, { at: rows.at, bytes: rows.bytes })
      }
    }
    /** A table's offset, the rows queued for copy included. */
    const position = (table: TableName) => stage(table).offset() + (pendingCopies.get(table)?.bytes ?? 0)
    const append = (table: TableName, rows: ReadonlyArray<Row>) =>
      Effect.try({
        try: () => {
          flushCopies()
          writeRows(table, Buffer.from(rows.map(rowLine).join("")))
        },
        catch: writeError("append")
      })
    const appendEncoded = (file: EncodedFile) =>
      Effect.try({
        try: () => {
          flushCopies()
          writeRows("documents", file.documents)
          writeRows("segments", file.segments)
        },
        catch: writeError("append")
      })
    let appending = true
    /** What the load left out, one line each for stderr. */
    const leftOut: Array<string> = []
    /** What each kept file of rows holds, for the next run's index: its size and CRC-32. */
    const keptRows = new Map<TableName, { bytes: number; crc: number }>()
    /**
     * The end of the appends: the staged rows loaded in the order they were
     * written, the export's memory limit set. A row DuckDB refuses (which
     * `StorableRows.ts` should have kept out) does not end the run: its
     * article's rows are left out and it becomes a reject.
     */
    const finishAppending = async () => {
      if (!appending) return
      appending = false
      flushCopies()
      flushInputLines()
      // the previous run's kept rows, read by the copies, are what its index recorded: else nothing here is used
      if (previous !== null)
        for (const kept of previous.values())
          if (!kept.check())
            throw new KeptRowsMismatch(`${path.basename(kept.file)} does not match its recorded CRC-32`)
      const refused = new Map<string, RefusedArticle>()
      const small = [...staged.values()].every((rows) => rows.largest() < SMALL_ROWS_BYTES)
      if (small) await connection.run(`SET memory_limit = '${SMALL_ROWS_LOAD_LIMIT}'`)
      for (const [table, rows] of staged) {
        const columns = table === "run_inputs" ? INPUTS_COLUMNS : columnsOf(Tables[table])
        const whole = rows.finish(columns)
        if (table !== "run_inputs" && directTables.includes(table)) {
          // read by the export itself (`loadDirect` only when it refuses a row)
          sources.set(table, whole)
          fresh.get(table)?.atLeast(rows.largest())
          fresh.get(table)?.finish(columns)
          if (cacheRows !== null) {
            rows.keep()
            keptRows.set(table, { bytes: rows.offset(), crc: rows.crc() })
          }
          continue
        }
        const lost = await loadRefusing(
          connection,
          rows.file,
          (file) => `INSERT INTO "${table}" SELECT * FROM ${file === rows.file ? whole : rows.readPart(file, columns)}`,
          `${rows.file}.part`
        )
        if (cacheRows !== null && table !== "run_inputs") {
          rows.keep()
          keptRows.set(table, { bytes: rows.offset(), crc: rows.crc() })
        } else rows.remove()
        for (const row of lost) {
          const article = table === "documents" || table === "segments" ? articleOf(row) : null
          if (article === null)
            leftOut.push(`tinsach: a ${table} row was refused by the table write and left out (${row.reason})`)
          else if (!refused.has(article.docId)) refused.set(article.docId, article)
        }
      }
      if (refused.size > 0) await rejectArticles(connection, [...refused.values()], leftOut)
    }
    /**
     * Documents and segments are exported straight from their staged rows (`sources`): loading
     * them into the database first cost more than their export (50 MB corpus, CPU: load 1.3 s
     * in memory, 2.8 s into the staging file, against Parquet from `read_json` 0.8 s). Should the
     * export refuse a row (`checkedRows`, or a value `read_json` cannot convert), they are loaded
     * as before, the refused articles left out, and exported from the tables.
     */
    const sources = new Map<TableName, string>()
    let direct = true
    const loadDirect = async (): Promise<ReadonlyArray<string>> => {
      direct = false
      const lines: Array<string> = []
      const refused = new Map<string, RefusedArticle>()
      await connection.run(`SET threads = ${LOAD_THREADS}`)
      await freshMemoryLimit(connection, MEMORY_LIMIT)
      for (const [table, source] of sources) {
        const rows = stage(table)
        const columns = columnsOf(Tables[table])
        const lost = await loadRefusing(
          connection,
          rows.file,
          (file) =>
            `INSERT INTO "${table}" SELECT * FROM ${file === rows.file ? source : rows.readPart(file, columns)}`,
          `${rows.file}.part`
        )
        for (const row of lost) {
          const article = articleOf(row)
          if (article === null)
            lines.push(`tinsach: a ${table} row was refused by the table write and left out (${row.reason})`)
          else if (!refused.has(article.docId)) refused.set(article.docId, article)
        }
      }
      if (refused.size > 0) await rejectArticles(connection, [...refused.values()], lines)
      await connection.run(`SET threads = ${EXPORT_THREADS}`)
      return lines
    }
    /** A table's rows in the defined order, for the export. */
    const rowsOf = (table: TableName): string => {
      const source = direct ? sources.get(table) : undefined
      return source === undefined ? ordered(table) : checkedRows(table, source)
    }
    let inputSeq = 0
    /** Each table's offset when the previous input was recorded: where the next input's rows start. */
    const marks = new Map<TableName, number>(tableNames.map((table) => [table, 0]))
    /**
     * `run_inputs` lines not written yet: written some 8,000 characters at a time, not one small
     * buffer (and its CRC-32) per input.
     */
    let inputLines = ""
    const flushInputLines = () => {
      if (inputLines.length === 0) return
      stage("run_inputs").write(inputLines)
      inputLines = ""
    }
    const recordInput = (input: InputRecord, reused: CachedPlaces | null) =>
      Effect.try({
        try: () => {
          if (reused !== null) {
            if (previous === null) throw new Error(`no previous rows to reuse ${input.source_path} from`)
            for (const table of tableNames) queueCopy(table, reused.rows[table])
          }
          // per table, in `tableNames`' order: offset, bytes, rows
          const ranges: Array<number> = []
          for (const table of tableNames) {
            const end = position(table)
            const mark = marks.get(table)!
            ranges.push(mark, end - mark, reused === null ? pendingRows.get(table)! : reused.rows[table].rows)
            marks.set(table, end)
            pendingRows.set(table, 0)
          }
          for (const [table, inputs] of csvInputs) {
            inputs.rows.push(ranges[3 * tableNames.indexOf(table) + 2]!)
            const place = reused?.csv[table]
            if (reused !== null && fresh.has(table) && place === undefined)
              throw new Error(`no place recorded in the previous CSV of ${table} for ${input.source_path}`)
            inputs.previousAt.push(reused === null || place === undefined ? -1 : place.at)
            inputs.previousBytes.push(place?.bytes ?? 0)
          }
          inputLines += inputLine(inputSeq++, input, reused !== null, ranges)
          if (inputLines.length >= INPUT_LINES_CHARS) flushInputLines()
        },
        catch: writeError("append")
      })
    /**
     * Each input's place in the CSV tables, by its seq, for the next run's index (`saveIndex`):
     * written once, as soon as the export knows them (while DuckDB writes the segments' Parquet),
     * and a piece at a time: a line per input held at once grew the heap with the corpus.
     */
    let placesWritten: string | null = null
    const writePlaces = (): string => {
      if (placesWritten !== null) return placesWritten
      const places = `${stagingFile}.csv-places.jsonl`
      const recorded = directTables.map((table) => csvRanges.get(table))
      const keys = directTables.map((table) => [`,"${table}_csv_at":`, `,"${table}_csv_bytes":`] as const)
      const placesFd = fs.openSync(places, "w")
      try {
        let piece = ""
        for (let seq = 0; seq < inputSeq; seq++) {
          let line = `{"seq":${seq}`
          for (let index = 0; index < keys.length; index++) {
            const ranges = recorded[index]
            line += `${keys[index]![0]}${json(ranges?.at[seq] ?? null)}${keys[index]![1]}${json(ranges?.bytes[seq] ?? null)}`
          }
          piece += `${line}}\n`
          if (piece.length >= 1 << 20) {
            fs.writeSync(placesFd, piece)
            piece = ""
          }
        }
        if (piece.length > 0) fs.writeSync(placesFd, piece)
      } finally {
        fs.closeSync(placesFd)
      }
      placesWritten = places
      return places
    }
    const saveIndex = (versions: Readonly<Record<string, string>>, indexFile: string) =>
      attempt("export", async () => {
        await finishAppending()
        const ranges = tableNames.flatMap((table) => [`${table}_at`, `${table}_bytes`]).join(", ")
        fs.rmSync(indexFile, { force: true })
        const rowCounts = tableNames.map((table) => `${table}_rows`).join(", ")
        const places = writePlaces()
        const placeColumns = directTables.flatMap((table) => [`${table}_csv_at`, `${table}_csv_bytes`])
        const placeTypes = placeColumns.map((name) => `'${name}': 'BIGINT'`).join(", ")
        await connection.run(`ATTACH ${sqlString(indexFile)} AS cache_index`)
        await connection.run(
          inputSeq === 0
            ? `CREATE TABLE cache_index.cache_inputs AS SELECT source_path, sha256, bytes, mtime, documents, rejects, ${ranges}, ${rowCounts}, ${placeColumns.map((name) => `NULL::BIGINT AS ${name}`).join(", ")} FROM run_inputs WHERE sha256 IS NOT NULL`
            : `CREATE TABLE cache_index.cache_inputs AS SELECT source_path, sha256, bytes, mtime, documents, rejects, ${ranges}, ${rowCounts}, ${placeColumns.join(", ")} FROM run_inputs JOIN read_json(${sqlString(places)}, format = 'newline_delimited', columns = {'seq': 'INTEGER', ${placeTypes}}) USING (seq) WHERE sha256 IS NOT NULL ORDER BY seq`
        )
        fs.rmSync(places, { force: true })
        placesWritten = null
        await connection.run(
          `CREATE TABLE cache_index.cache_csv AS SELECT * FROM (VALUES ${[
            ["none", { size: 0, crc: 0 }] as const,
            ...csvRanges
          ]
            .map(([table, kept]) => `(${sqlString(table)}, ${kept.size}::BIGINT, ${kept.crc}::BIGINT)`)
            .join(", ")}) AS v(name, bytes, crc) WHERE name <> 'none'`
        )
        await connection.run(
          `CREATE TABLE cache_index.cache_versions AS SELECT * FROM (VALUES ${Object.entries(versions)
            .map(([key, value]) => `(${sqlString(key)}, ${sqlString(value)})`)
            .join(", ")}) AS v(name, value)`
        )
        await connection.run(
          `CREATE TABLE cache_index.cache_rows AS SELECT * FROM (VALUES ${[...keptRows]
            .map(([table, kept]) => `(${sqlString(table)}, ${kept.bytes}::BIGINT, ${kept.crc}::BIGINT)`)
            .join(", ")}) AS v(name, bytes, crc)`
        )
        await connection.run("DETACH cache_index")
        traceStep("the index saved")
      })
    const writeManifest = (file: string, fields: Readonly<Record<string, unknown>>) =>
      attempt("export", async () => {
        await finishAppending()
        const head = JSON.stringify(fields, null, 2)
        const fd = fs.openSync(file, "w")
        try {
          fs.writeSync(fd, `${head.slice(0, -2)},\n  "inputs": [`)
          // rows are read chunk by chunk (2,048 at a time), in the order they were recorded
          const result = await connection.stream(
            "SELECT to_json(struct_pack(source_path, sha256, bytes, documents, rejects))::VARCHAR FROM run_inputs ORDER BY seq"
          )
          let first = true
          for (
            let chunk = await result.fetchChunk();
            chunk !== null && chunk.rowCount > 0;
            chunk = await result.fetchChunk()
          ) {
            fs.writeSync(
              fd,
              chunk
                .getRows()
                .map(([json]) => {
                  const separator = first ? "" : ","
                  first = false
                  return `${separator}\n    ${String(json)}`
                })
                .join("")
            )
          }
          fs.writeSync(fd, "\n  ]\n}\n")
        } finally {
          fs.closeSync(fd)
        }
      })
    /** The counts, taken by the export (from the Parquet files it wrote when it wrote them: a column read, not a parse). */
    let counted: TableCounts | null = null
    const countTables = async (directory: string | null): Promise<TableCounts> => {
      const number = async (sql: string) => Number((await connection.runAndReadAll(sql)).getRows()[0]?.[0] ?? 0)
      const pairs = async (sql: string) =>
        Object.fromEntries(
          (await connection.runAndReadAll(sql)).getRows().map(([key, value]) => [String(key), Number(value)])
        )
      const rowsOfTable = (table: TableName) =>
        !direct
          ? `"${table}"`
          : directory !== null
            ? `read_parquet(${sqlString(path.join(directory, `${table}.parquet`))})`
            : sources.get(table)!
      const documents = rowsOfTable("documents")
      const segments = rowsOfTable("segments")
      const mt = await pairs(`SELECT mt_status, count(*) FROM ${documents} WHERE mt_status <> 'none' GROUP BY 1`)
      const byKind = await pairs(`SELECT kind, count(*) FROM ${segments} GROUP BY 1 ORDER BY 2 DESC, 1`)
      return {
        documents: await number(`SELECT count(*) FROM ${documents}`),
        segments: Object.values(byKind).reduce((sum, count) => sum + count, 0),
        segmentsByKind: byKind,
        mtDocuments: { partial: mt.partial ?? 0, full: mt.full ?? 0 },
        rejects: await number("SELECT count(*) FROM rejects")
      }
    }
    const counts = () =>
      attempt("export", async (): Promise<TableCounts> => {
        await finishAppending()
        return counted ?? (await countTables(null))
      })
    const writeTables = async (directory: string, formats: ReadonlyArray<OutputFormat>) => {
      // the longest article, reused rows included; when the rows are not loaded, bounded by the
      // largest staged chunk (one input's document rows, in bytes: at least its longest text's length)
      const longest = direct
        ? stage("documents").largest()
        : Number(
            (
              await connection.runAndReadAll("SELECT coalesce(max(length(text)), 0) FROM documents")
            ).getRows()[0]?.[0] ?? 0
          )
      const long = longest > LONG_DOCUMENT_CHARS ? LONG_EXPORT_MEMORY_LIMIT : EXPORT_MEMORY_LIMIT
      const limitOf = (table: TableName) => (table === "documents" ? long : EXPORT_MEMORY_LIMIT)
      /** Work in this thread on the CSV files DuckDB wrote (splices, scans): done while DuckDB writes a Parquet file. */
      const csvWork: Array<() => void> = []
      /** The tables whose previous CSV was not what the index recorded (found by the splice): written whole after. */
      const wholeAgain: Array<TableName> = []
      const csvOf = async (table: TableName, rows: string, file: string) => {
        await connection.run(
          `COPY (SELECT ${csvColumns(table)} FROM ${rows}) TO ${sqlString(file)} (FORMAT csv, HEADER, DELIMITER ',', QUOTE '"')`
        )
        traceStep(`${path.basename(file)} written by DuckDB`)
      }
      placesWritten = null
      const writeWholeAgain = async () => {
        if (wholeAgain.length > 0) placesWritten = null
        for (const table of wholeAgain) {
          await freshMemoryLimit(connection, limitOf(table))
          const target = path.join(directory, `${table}.csv`)
          await csvOf(table, rowsOf(table), target)
          csvRanges.set(table, scanCsv(target, csvInputs.get(table)!.rows.view()))
        }
      }
      if (formats.includes("csv")) {
        for (const table of tableNames) {
          await freshMemoryLimit(connection, limitOf(table))
          const target = path.join(directory, `${table}.csv`)
          const csv = (rows: string, file: string) => csvOf(table, rows, file)
          const inputs = csvInputs.get(table)
          const cleaned = fresh.get(table)
          const previousCsv = cacheRows?.previousCsv[table]
          if (direct && inputs !== undefined && cleaned !== undefined && previousCsv !== undefined) {
            // the cleaned inputs' rows written by DuckDB, the reused ones' copied from the previous CSV
            const freshCsv = `${cleaned.file}.csv`
            await csv(checkedRows(table, cleaned.finish(columnsOf(Tables[table]))), freshCsv)
            csvWork.push(() => {
              traceStep(`${table}'s CSV splice starts`)
              const spliced = spliceCsv(target, freshCsv, previousCsv.file, spliceInputsOf(table))
              fs.rmSync(freshCsv, { force: true })
              if (spliced.previousCrc === previousCsv.crc) csvRanges.set(table, spliced)
              else wholeAgain.push(table)
            })
          } else {
            await csv(rowsOf(table), target)
            // where each input's rows are, for the next run's splice
            if (direct && inputs !== undefined && cacheRows !== null)
              csvWork.push(() => csvRanges.set(table, scanCsv(target, inputs.rows.view())))
          }
        }
      }
      const parquet = async (table: TableName) => {
        traceStep(`${table}'s Parquet starts`)
        await connection.run(
          `COPY ${rowsOf(table)} TO ${sqlString(path.join(directory, `${table}.parquet`))} (${PARQUET_OPTIONS})`
        )
        traceStep(`${table}'s Parquet written`)
      }
      // The largest table's Parquet first: DuckDB writes it in its own thread while this one
      // splices or scans the CSV files (a statement's bytes do not depend on what else runs).
      const byParquet: ReadonlyArray<TableName> = ["segments", ...tableNames.filter((table) => table !== "segments")]
      if (!formats.includes("parquet")) {
        for (const work of csvWork) work()
        await writeWholeAgain()
        return
      }
      for (const [index, table] of byParquet.entries()) {
        await freshMemoryLimit(connection, limitOf(table))
        if (index > 0) {
          await parquet(table)
          continue
        }
        const written = parquet(table)
        // settled only once this thread's work is done (its callback runs on this thread's event loop)
        written.catch(() => {})
        let failed: { readonly error: unknown } | null = null
        try {
          for (const work of csvWork) work()
          // the next index's CSV places, while DuckDB still writes (`saveIndex` writes them otherwise)
          if (cacheRows !== null && wholeAgain.length === 0) writePlaces()
          traceStep("the CSV work done beside the Parquet")
        } catch (error) {
          failed = { error }
        }
        // DuckDB's error first: a refused row is what the caller falls back on
        await written
        if (failed !== null) throw failed.error
      }
      await writeWholeAgain()
    }
    /** Where each input's rows are in this run's CSV tables (none after a refused row: its articles were left out). */
    const csvRanges = new Map<TableName, CsvRanges>()
    const exportTables = (directory: string, formats: ReadonlyArray<OutputFormat>) =>
      attempt("export", async (): Promise<ReadonlyArray<string>> => {
        await finishAppending()
        await connection.run(`SET threads = ${EXPORT_THREADS}`)
        let lines: ReadonlyArray<string> = []
        try {
          await writeTables(directory, formats)
        } catch (error) {
          if (!direct || !refusesValues(error)) throw error
          // a row the export refused: the rows loaded, the refused articles left out, every table written again
          lines = await loadDirect()
          csvRanges.clear()
          await writeTables(directory, formats)
        }
        counted = await countTables(formats.includes("parquet") ? directory : null)
        traceStep("the tables counted")
        // the staged rows are not needed any more unless kept for the next run
        for (const table of directTables) if (cacheRows === null) stage(table).remove()
        for (const file of fresh.values()) file.remove()
        return lines
      })
    const close = () =>
      attempt("export", async () => {
        await finishAppending()
        if (!open) return
        // the staging database is removed after the run (the cache is the kept rows and the index): nothing to save
        await connection.run("PRAGMA disable_checkpoint_on_shutdown")
        open = false
        untrack()
        connection.closeSync()
        instance.closeSync()
      })
    return {
      append,
      appendEncoded,
      load: () =>
        attempt("append", async () => {
          await finishAppending()
          return [...leftOut]
        }),
      recordInput,
      saveIndex,
      writeManifest,
      counts,
      close,
      export: exportTables
    } satisfies TableSink
  })

/** Removes the staging database and its write-ahead log. */
export const removeStagingFile = (stagingFile: string): void => {
  for (const file of [stagingFile, `${stagingFile}.wal`]) fs.rmSync(file, { force: true })
}

export interface CacheIndex {
  /** Relative path to what the cache recorded of each input it holds rows of. */
  readonly hashes: CachedInputs
  /** Each table's kept rows: the size and CRC-32 recorded (the size checked here, the CRC-32 as the rows are copied). */
  readonly kept: ReadonlyMap<TableName, { readonly bytes: number; readonly crc: number }>
  /** The CSV tables whose inputs' places the index recorded, with the size and CRC-32 each had then. */
  readonly csv: ReadonlyMap<TableName, { readonly bytes: number; readonly crc: number }>
  /** Why the cache could not be read (truncated, a bad checksum), or null. */
  readonly unreadable: string | null
}

/**
 * The inputs a previous run's cache holds, when it was written by the same
 * versions (pipeline, schema, rules, code, cache format); none when the index
 * is missing or of other versions: then everything is cleaned again. The
 * index's rows are read once (hashed) and each file of kept rows
 * (`rowsFile(table)`) is checked against the size recorded: a truncated file
 * shows here. Its CRC-32 is checked as its rows are copied (`KeptRows` in
 * `StagingRows.ts`), before the export: an altered file ends the run before
 * anything is written, and it is done again without the cache (`runPipeline`).
 */
export const readCacheIndex = async (
  cacheFile: string,
  versions: Readonly<Record<string, string>>,
  rowsFile: (table: TableName) => string,
  memoryLimit: string | null = INDEX_MEMORY_LIMIT
): Promise<CacheIndex> => {
  const none = (unreadable: string | null): CacheIndex => ({
    hashes: new CachedInputs(),
    kept: new Map(),
    csv: new Map(),
    unreadable
  })
  if (!fs.existsSync(cacheFile)) return none(null)
  try {
    const instance = await DuckDBInstance.create(cacheFile, {
      access_mode: "READ_ONLY",
      threads: "1",
      ...(memoryLimit === null ? {} : { memory_limit: memoryLimit })
    })
    const connection = await instance.connect()
    try {
      const stored = Object.fromEntries(
        (await connection.runAndReadAll("SELECT name, value FROM cache_versions")).getRows().map(([k, v]) => [k, v])
      )
      if (Object.entries(versions).some(([key, value]) => stored[key] !== value)) return none(null)
      traceStep("the index opened")
      await connection.runAndReadAll(`SELECT bit_xor(hash(t)) FROM cache_inputs AS t`)
      traceStep("the index's rows checked")
      const kept = new Map(
        (await connection.runAndReadAll("SELECT name, bytes, crc FROM cache_rows"))
          .getRows()
          .map(([name, bytes, crc]) => [String(name) as TableName, { bytes: Number(bytes), crc: Number(crc) }])
      )
      for (const table of tableNames) {
        const recorded = kept.get(table)
        const file = rowsFile(table)
        if (recorded === undefined) return none(`the index records no rows of ${table}`)
        const size = fs.existsSync(file) ? fs.statSync(file).size : null
        if (size !== recorded.bytes)
          return none(
            `${path.basename(file)} is ${size ?? "missing"}${size === null ? "" : " bytes"}, the index recorded ${recorded.bytes} bytes`
          )
      }
      const csv = new Map(
        (await connection.runAndReadAll("SELECT name, bytes, crc FROM cache_csv"))
          .getRows()
          .map(([name, bytes, crc]) => [String(name) as TableName, { bytes: Number(bytes), crc: Number(crc) }])
      )
      // Read by column, the numbers as DOUBLE (not BIGINT) and the rejects as JSON text: the
      // conversion of every value to a JavaScript one was most of this read's CPU (85,183 inputs:
      // 0.6-0.8 s by row with bigints and list objects, 0.34-0.43 s so).
      const asNumber = (column: string) => `${column}::DOUBLE AS ${column}`
      const numbers = [
        ...tableNames.flatMap((table) => [`${table}_at`, `${table}_bytes`, `${table}_rows`]),
        ...directTables.flatMap((table) => [`${table}_csv_at`, `${table}_csv_bytes`])
      ]
      const total = Number((await connection.runAndReadAll("SELECT count(*) FROM cache_inputs")).getRows()[0]?.[0] ?? 0)
      // chunk by chunk (2,048 rows at a time): all columns of a large index at once (426,000 inputs)
      // and the map built from them did not fit in the main thread's heap
      const result = await connection.stream(
        `SELECT source_path, sha256, ${asNumber("bytes")}, mtime, ${asNumber("documents")}, CASE WHEN len(rejects) = 0 THEN NULL ELSE coalesce(to_json(rejects)::VARCHAR, 'null') END AS rejects, ${numbers.map(asNumber).join(", ")} FROM cache_inputs`
      )
      const width = 3 * tableNames.length
      // the inputs as columns outside the heap, not an object each (`CachedInputs.ts`), and
      // written from the numbers: an object per input and per table was half of this loop's time
      const hashes = new CachedInputs(total)
      const rows = new Float64Array(width)
      const places: Array<number | null> = directTables.flatMap(() => [null, 0])
      const csvKept = directTables.map((table) => csv.has(table))
      for (
        let chunk = await result.fetchChunk();
        chunk !== null && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        const [paths, sha256s, sizes, mtimes, documentCounts, rejectLists, ...offsets] = chunk.getColumns() as Array<
          ReadonlyArray<unknown>
        >
        for (let row = 0; row < (paths?.length ?? 0); row++) {
          const mtime = mtimes![row]
          const rejects = rejectLists![row]
          for (let index = 0; index < width; index++) rows[index] = Number(offsets[index]![row])
          for (let index = 0; index < directTables.length; index++) {
            const at = offsets[width + 2 * index]![row]
            const none = at === null || !csvKept[index]
            places[2 * index] = none ? null : Number(at)
            places[2 * index + 1] = none ? 0 : Number(offsets[width + 2 * index + 1]![row])
          }
          hashes.setNumbers(
            String(paths![row]),
            String(sha256s![row]),
            Number(sizes![row]),
            mtime === null ? null : Number(mtime),
            Number(documentCounts![row]),
            // null for an empty list (not decoded); a null list is the text 'null', which is no list
            rejects === null ? [] : (JSON.parse(String(rejects)) as ReadonlyArray<unknown>).map(String),
            rows,
            places
          )
        }
      }
      return {
        hashes,
        kept,
        csv,
        unreadable: null
      }
    } finally {
      connection.closeSync()
      instance.closeSync()
    }
  } catch (error) {
    // short of memory is no sign of a damaged file: read again under DuckDB's own limit
    if (memoryLimit !== null && error instanceof Error && error.message.startsWith("Out of Memory Error"))
      return readCacheIndex(cacheFile, versions, rowsFile, null)
    return none(error instanceof Error ? error.message.split("\n")[0]! : String(error))
  }
}
