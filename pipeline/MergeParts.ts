/**
 * The parts a merge joins, checked before anything is written: every shard
 * manifest names its own file, all come from one pipeline, schema and rules
 * version and one set of options, with one shard count N, each of the N shards
 * present exactly once, each input in one part only, and every table's part
 * files there and no other (a stale part of an earlier run with another N is
 * refused, not merged). A refusal is one line saying what to do.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { tableNames } from "../schemas/Tables.ts"
import type { OutputFormat } from "./services/DuckDb.ts"

export interface ShardManifest {
  readonly shard: { readonly index: number; readonly count: number }
  readonly pipeline_version: string
  readonly schema_version: number
  readonly rules_version: string
  readonly counts: Record<string, unknown>
  readonly timings_ms: Record<string, number>
  readonly inputs: ReadonlyArray<{ readonly source_path: string }>
  readonly options: { readonly formats: ReadonlyArray<OutputFormat> }
  readonly [key: string]: unknown
}

const partName = /^part-(\d+)-of-(\d+)\.(json|parquet|csv)$/u

const sameEverywhere = (
  manifests: ReadonlyArray<ShardManifest>,
  what: string,
  field: (manifest: ShardManifest) => unknown
): void => {
  const values = [...new Set(manifests.map((manifest) => JSON.stringify(field(manifest))))]
  if (values.length > 1)
    throw new Error(`parts written with different ${what} (${values.join(", ")}): run the stale shards again`)
}

/** The shard manifests of `output`, in shard order, once every check passed; throws a one-line reason otherwise. */
export const readParts = (output: string): ReadonlyArray<ShardManifest> => {
  const folder = path.join(output, "manifests")
  const names = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((name) => partName.test(name) && name.endsWith(".json"))
        .sort()
    : []
  if (names.length === 0) throw new Error(`no shard manifests in ${folder}`)
  const manifests = names.map((name) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")) as ShardManifest
    const expected = `part-${manifest.shard?.index}-of-${manifest.shard?.count}.json`
    if (expected !== name)
      throw new Error(
        `${path.join(folder, name)} holds shard ${manifest.shard?.index}/${manifest.shard?.count}: remove the copy`
      )
    return manifest
  })
  const counts = new Set(manifests.map((manifest) => manifest.shard.count))
  if (counts.size > 1)
    throw new Error(`parts of different shard counts (${[...counts].join(", ")}) in ${folder}: remove the stale ones`)
  sameEverywhere(manifests, "pipeline versions", (manifest) => manifest.pipeline_version)
  sameEverywhere(manifests, "schema versions", (manifest) => manifest.schema_version)
  sameEverywhere(manifests, "rules versions", (manifest) => manifest.rules_version)
  sameEverywhere(manifests, "options", (manifest) => manifest.options)
  const count = manifests[0]!.shard.count
  const present = new Set(manifests.map((manifest) => manifest.shard.index))
  const missing = Array.from({ length: count }, (_, index) => index).filter((index) => !present.has(index))
  if (missing.length > 0)
    throw new Error(`shards ${missing.map((index) => `${index}/${count}`).join(", ")} have not finished`)
  const sorted = [...manifests].sort((a, b) => a.shard.index - b.shard.index)
  const owner = new Map<string, number>()
  for (const manifest of sorted) {
    for (const input of manifest.inputs) {
      const other = owner.get(input.source_path)
      if (other !== undefined)
        throw new Error(
          `the input ${input.source_path} is in shards ${other}/${count} and ${manifest.shard.index}/${count}: a part is stale, run the shards again`
        )
      owner.set(input.source_path, manifest.shard.index)
    }
  }
  checkTableParts(output, count, manifests[0]!.options.formats)
  return sorted
}

/** Every table has exactly the parts `part-0..N-1-of-N` in each format, and no other. */
const checkTableParts = (output: string, count: number, formats: ReadonlyArray<OutputFormat>): void => {
  for (const table of tableNames) {
    const folder = path.join(output, table)
    const found = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => partName.test(name)) : []
    const expected = Array.from({ length: count }, (_, index) =>
      formats.map((format) => `part-${index}-of-${count}.${format}`)
    ).flat()
    const absent = expected.filter((name) => !found.includes(name))
    if (absent.length > 0) throw new Error(`part files missing: ${absent.map((name) => `${table}/${name}`).join(", ")}`)
    const stale = found.filter((name) => !expected.includes(name))
    if (stale.length > 0)
      throw new Error(
        `stale part files of another run: ${stale.map((name) => `${table}/${name}`).join(", ")}: remove them`
      )
  }
}
