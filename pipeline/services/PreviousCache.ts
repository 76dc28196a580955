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
import type { CachedInput } from "../Process.ts"
import { fileCrc, readCacheIndex } from "./DuckDb.ts"

export interface PreviousCache {
  readonly hashes: ReadonlyMap<string, CachedInput>
  /**
   * The held index and kept rows to copy reused rows from, and the previous output's CSV tables
   * whose inputs' places the index recorded and whose size and CRC-32 are those recorded
   * (`CsvSplice.ts`); remove them (`releaseHeld`) before the temporary folder is swapped in.
   */
  readonly held: {
    readonly index: string
    readonly rows: Readonly<Record<TableName, string>>
    readonly csv: Readonly<Partial<Record<TableName, string>>>
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

export const releaseHeld = (held: PreviousCache["held"]): void => {
  if (held === null) return
  for (const file of [held.index, ...Object.values(held.rows), ...Object.values(held.csv)])
    fs.rmSync(file, { force: true })
}

export const holdPreviousCache = async (
  cacheFile: string,
  output: string,
  holdFolder: string,
  versions: Readonly<Record<string, string>>
): Promise<PreviousCache> => {
  if (!fs.existsSync(cacheFile)) return { hashes: new Map(), held: null }
  // held first, and read from there: the held file's path is one DuckDB takes literally
  const index = path.join(holdFolder, HELD_NAME)
  const rows = Object.fromEntries(tableNames.map((table) => [table, cacheRowsFile(index, table)])) as Record<
    TableName,
    string
  >
  const csv: Partial<Record<TableName, string>> = {}
  const held = { index, rows, csv }
  hold(cacheFile, index)
  for (const table of tableNames) {
    const kept = cacheRowsFile(cacheFile, table)
    if (fs.existsSync(kept)) hold(kept, rows[table])
  }
  const read = await readCacheIndex(index, versions, (table) => rows[table])
  if (read.unreadable !== null) {
    releaseHeld(held)
    const resolved = path.resolve(output)
    const aside = path.join(path.dirname(resolved), `.${path.basename(resolved)}.unreadable-cache-${Date.now()}.duckdb`)
    fs.renameSync(cacheFile, aside)
    fs.rmSync(`${cacheFile}.wal`, { force: true })
    process.stderr.write(
      `tinsach: the cache ${cacheFile} cannot be read (${read.unreadable}); moved aside to ${aside} and every input is cleaned again; delete it when done\n`
    )
    return { hashes: new Map(), held: null }
  }
  if (read.hashes.size === 0) {
    releaseHeld(held)
    return { hashes: read.hashes, held: null }
  }
  // the previous CSV tables, when they are still what the index recorded (a user may have edited them)
  for (const [table, recorded] of read.csv) {
    const previousCsv = path.join(output, `${table}.csv`)
    const heldCsv = path.join(holdFolder, `.previous-${table}.csv`)
    if (!fs.existsSync(previousCsv)) continue
    hold(previousCsv, heldCsv)
    if (fs.statSync(heldCsv).size === recorded.bytes && fileCrc(heldCsv) === recorded.crc) csv[table] = heldCsv
    else fs.rmSync(heldCsv, { force: true })
  }
  return { hashes: read.hashes, held }
}
