/**
 * The previous run's cache, as this run uses it: its index (`.cache.duckdb`)
 * and its kept rows (`.cache.<table>.jsonl`). A cache that cannot be read is
 * moved aside beside the output (its index, named in a warning) and everything
 * is cleaned again, instead of every later run failing on it. A readable one
 * is held by hard links in the run's database folder (copies across file
 * systems), so that the cache deleted or replaced during the run does not fail
 * it at the end.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { type TableName, tableNames } from "../../schemas/Tables.ts"
import { CachedInputs } from "../CachedInputs.ts"
import { readCacheIndex } from "./DuckDb.ts"

export interface PreviousCache {
  readonly hashes: CachedInputs
  /**
   * The held index and kept rows to copy reused rows from, and the previous output's CSV tables
   * whose inputs' places the index recorded and whose size is the one recorded, with the CRC-32
   * recorded (checked by the splice, `CsvSplice.ts`, before its output is used); remove them
   * (`releaseHeld`) before the temporary folder is swapped in.
   */
  readonly held: {
    readonly index: string
    readonly rows: Readonly<Record<TableName, string>>
    /** The size and CRC-32 the index recorded of each table's kept rows (the CRC-32 is checked as they are copied). */
    readonly recorded: Readonly<Record<TableName, { readonly bytes: number; readonly crc: number }>>
    readonly csv: Readonly<Partial<Record<TableName, { readonly file: string; readonly crc: number }>>>
  } | null
}

const HELD_NAME = ".previous-cache.duckdb"

/** The file of a table's kept rows beside a cache index. */
export const cacheRowsFile = (cacheFile: string, table: TableName): string =>
  path.join(path.dirname(cacheFile), `${path.basename(cacheFile, ".duckdb")}.${table}.jsonl`)

const hold = (from: string, to: string): void => {
  fs.rmSync(to, { force: true })
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

/** The held kept rows of each table with the size and CRC-32 recorded, as the table sink copies from them. */
export const keptRowsOf = (
  held: PreviousCache["held"]
): Record<TableName, { readonly file: string; readonly bytes: number; readonly crc: number }> | null =>
  held === null
    ? null
    : (Object.fromEntries(
        tableNames.map((table) => [table, { file: held.rows[table], ...held.recorded[table] }])
      ) as Record<TableName, { readonly file: string; readonly bytes: number; readonly crc: number }>)

export const releaseHeld = (held: PreviousCache["held"]): void => {
  if (held === null) return
  for (const file of [held.index, ...Object.values(held.rows), ...Object.values(held.csv).map((csv) => csv.file)])
    fs.rmSync(file, { force: true })
}

/**
 * Moves a cache that cannot be used aside (its index, beside the output, named in a warning), so
 * that the run and the next ones clean everything again instead of failing on it.
 */
export const moveCacheAside = (cacheFile: string, output: string, why: string): void => {
  const resolved = path.resolve(output)
  const aside = path.join(path.dirname(resolved), `.${path.basename(resolved)}.unreadable-cache-${Date.now()}.duckdb`)
  // (a cache deleted meanwhile is not there to move)
  if (fs.existsSync(cacheFile)) fs.renameSync(cacheFile, aside)
  fs.rmSync(`${cacheFile}.wal`, { force: true })
  process.stderr.write(
    `tinsach: the cache ${cacheFile} cannot be read (${why}); moved aside to ${aside} and every input is cleaned again; delete it when done\n`
  )
}

export const holdPreviousCache = async (
  cacheFile: string,
  output: string,
  holdFolder: string,
  versions: Readonly<Record<string, string>>
): Promise<PreviousCache> => {
  if (!fs.existsSync(cacheFile)) return { hashes: new CachedInputs(), held: null }
  // held first, and read from there: the held file's path is one DuckDB takes literally
  const index = path.join(holdFolder, HELD_NAME)
  const rows = Object.fromEntries(tableNames.map((table) => [table, cacheRowsFile(index, table)])) as Record<
    TableName,
    string
  >
  const csv: Partial<Record<TableName, { file: string; crc: number }>> = {}
  const recorded = {} as Record<TableName, { bytes: number; crc: number }>
  const held = { index, rows, recorded, csv }
  hold(cacheFile, index)
  for (const table of tableNames) {
    const kept = cacheRowsFile(cacheFile, table)
    if (fs.existsSync(kept)) hold(kept, rows[table])
  }
  const read = await readCacheIndex(index, versions, (table) => rows[table])
  if (read.unreadable !== null) {
    releaseHeld(held)
    moveCacheAside(cacheFile, output, read.unreadable)
    return { hashes: new CachedInputs(), held: null }
  }
  if (read.hashes.size === 0) {
    releaseHeld(held)
    return { hashes: read.hashes, held: null }
  }
  for (const [table, kept] of read.kept) recorded[table] = kept
  // the previous CSV tables, when they are still the size the index recorded (a user may have
  // edited them; their CRC-32 is checked by the splice, which reads them)
  for (const [table, recorded] of read.csv) {
    const previousCsv = path.join(output, `${table}.csv`)
    const heldCsv = path.join(holdFolder, `.previous-${table}.csv`)
    if (!fs.existsSync(previousCsv)) continue
    hold(previousCsv, heldCsv)
    if (fs.statSync(heldCsv).size === recorded.bytes) csv[table] = { file: heldCsv, crc: recorded.crc }
    else fs.rmSync(heldCsv, { force: true })
  }
  return { hashes: read.hashes, held }
}
