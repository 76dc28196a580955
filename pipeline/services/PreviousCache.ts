/**
 * The previous run's cache, as this run uses it. A cache that cannot be read is
 * moved aside beside the output (named in a warning) and everything is cleaned
 * again, instead of every later run failing on it. A readable one is held by
 * a hard link in the run's database folder (a copy across file systems), so
 * that the cache deleted or replaced during the run does not fail it at the end.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import type { CachedInput } from "../Process.ts"
import { readCacheIndex } from "./DuckDb.ts"

export interface PreviousCache {
  readonly hashes: ReadonlyMap<string, CachedInput>
  /** The held file to copy reused rows from; remove it before the temporary folder is swapped in. */
  readonly held: string | null
}

const HELD_NAME = ".previous-cache.duckdb"

export const holdPreviousCache = async (
  cacheFile: string,
  output: string,
  holdFolder: string,
  versions: Readonly<Record<string, string>>
): Promise<PreviousCache> => {
  if (!fs.existsSync(cacheFile)) return { hashes: new Map(), held: null }
  // held first, and read from there: the held file's path is one DuckDB takes literally
  const held = path.join(holdFolder, HELD_NAME)
  try {
    fs.linkSync(cacheFile, held)
  } catch {
    fs.copyFileSync(cacheFile, held)
  }
  const index = await readCacheIndex(held, versions)
  if (index.unreadable !== null) {
    fs.rmSync(held, { force: true })
    const resolved = path.resolve(output)
    const aside = path.join(path.dirname(resolved), `.${path.basename(resolved)}.unreadable-cache-${Date.now()}.duckdb`)
    fs.renameSync(cacheFile, aside)
    fs.rmSync(`${cacheFile}.wal`, { force: true })
    process.stderr.write(
      `tinsach: the cache ${cacheFile} cannot be read (${index.unreadable}); moved aside to ${aside} and every input is cleaned again; delete it when done\n`
    )
    return { hashes: new Map(), held: null }
  }
  if (index.hashes.size === 0) {
    fs.rmSync(held, { force: true })
    return { hashes: index.hashes, held: null }
  }
  return { hashes: index.hashes, held }
}
