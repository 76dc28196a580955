/**
 * What the tool wrote, told apart from what it did not: a swap or a cleanup
 * replaces or removes only these entries of an output folder, and a folder is
 * recognised as a previous output by its manifest.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { tableNames } from "../../schemas/Tables.ts"

/** The files a run writes into its output folder. */
const toolFiles = new Set([
  ...tableNames.flatMap((table) => [`${table}.parquet`, `${table}.csv`]),
  "manifest.json",
  ".cache.duckdb",
  ".cache.duckdb.wal",
  ...tableNames.map((table) => `.cache.${table}.jsonl`)
])
const partFile = /^part-\d+-of-\d+\.(parquet|csv|json)$/u
const partFolders = new Set([...tableNames, "manifests"])

/**
 * An entry of an output folder that the tool wrote: a table, the manifest, the
 * cache, or a shard's folder of part files and nothing else.
 */
export const isToolEntry = (folder: string, name: string): boolean => {
  if (toolFiles.has(name)) return true
  if (!partFolders.has(name)) return false
  const full = path.join(folder, name)
  try {
    return fs.lstatSync(full).isDirectory() && fs.readdirSync(full).every((entry) => partFile.test(entry))
  } catch {
    return false
  }
}

/** A folder a previous run wrote: its manifest names a pipeline and schema version, or it holds shard manifests. */
export const isToolOutput = (folder: string): boolean => {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, "manifest.json"), "utf8")) as Record<string, unknown>
    if (typeof manifest.pipeline_version === "string" && typeof manifest.schema_version === "number") return true
  } catch {
    // no readable manifest: maybe a shard run's folder
  }
  const manifests = path.join(folder, "manifests")
  return fs.existsSync(manifests) && fs.readdirSync(manifests).some((name) => partFile.test(name))
}
