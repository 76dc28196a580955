/**
 * The cache's inputs as columns (`CachedInputs.ts`): every entry made from them
 * is the object the index used to be read into, on a real index and on random
 * entries (paths in any script, odd digests, rejects, places in the CSV or
 * not), and a path not recorded is not found.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { CachedInputs } from "../pipeline/CachedInputs.ts"
import type { CachedInput } from "../pipeline/Process.ts"
import { readCacheIndex } from "../pipeline/services/DuckDb.ts"
import { cacheRowsFile } from "../pipeline/services/PreviousCache.ts"
import { type TableName, tableNames } from "../schemas/Tables.ts"
import { runInto, seedsDir, temporaryDir } from "./support/pipeline.ts"

/** The index read as it was before the columns: an object per input (the code of `readCacheIndex` then). */
const indexAsObjects = async (cacheFile: string): Promise<Map<string, CachedInput>> => {
  const instance = await DuckDBInstance.create(cacheFile, { access_mode: "READ_ONLY" })
  const connection = await instance.connect()
  try {
    const csvTables = new Set(
      (await connection.runAndReadAll("SELECT name FROM cache_csv")).getRows().map(([name]) => String(name))
    )
    const direct: ReadonlyArray<TableName> = ["documents", "segments"]
    const numbers = [
      ...tableNames.flatMap((table) => [`${table}_at`, `${table}_bytes`, `${table}_rows`]),
      ...direct.flatMap((table) => [`${table}_csv_at`, `${table}_csv_bytes`])
    ]
    const rows = (
      await connection.runAndReadAll(
        `SELECT source_path, sha256, bytes::DOUBLE, mtime, documents::DOUBLE, to_json(rejects)::VARCHAR, ${numbers.map((n) => `${n}::DOUBLE`).join(", ")} FROM cache_inputs`
      )
    ).getRows()
    const width = 3 * tableNames.length
    return new Map(
      rows.map(([source, sha256, bytes, mtime, documents, rejects, ...offsets]) => [
        String(source),
        {
          sha256: String(sha256),
          bytes: Number(bytes),
          mtime: mtime === null ? null : Number(mtime),
          documents: Number(documents),
          rejects: String(rejects) === "[]" ? [] : (JSON.parse(String(rejects)) as Array<unknown>).map(String),
          rows: Object.fromEntries(
            tableNames.map((table, index) => [
              table,
              {
                at: Number(offsets[3 * index]),
                bytes: Number(offsets[3 * index + 1]),
                rows: Number(offsets[3 * index + 2])
              }
            ])
          ) as CachedInput["rows"],
          csv: Object.fromEntries(
            direct.flatMap((table, index) => {
              const at = offsets[width + 2 * index]
              return at === null || !csvTables.has(table)
                ? []
                : [[table, { at: Number(at), bytes: Number(offsets[width + 2 * index + 1]) }]]
            })
          )
        }
      ])
    )
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}

describe("CachedInputs", () => {
  it("makes from a real index's columns the objects it was read into", async () => {
    const input = temporaryDir("tinsach-cached-inputs-")
    for (const file of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, file), path.join(input, file))
    fs.mkdirSync(path.join(input, "bài viết"))
    fs.copyFileSync(path.join(seedsDir, fs.readdirSync(seedsDir)[0]!), path.join(input, "bài viết", "tin #1.txt"))
    // an export with a broken line: an input with a reject
    fs.writeFileSync(path.join(input, "export.jsonl"), '{"content": "Bài một."}\nbroken\n')
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    const cacheFile = path.join(output, ".cache.duckdb")
    const instance = await DuckDBInstance.create(cacheFile, { access_mode: "READ_ONLY" })
    const connection = await instance.connect()
    const versions = Object.fromEntries(
      (await connection.runAndReadAll("SELECT name, value FROM cache_versions"))
        .getRows()
        .map(([name, value]) => [String(name), String(value)])
    )
    connection.closeSync()
    instance.closeSync()
    const index = await readCacheIndex(cacheFile, versions, (table) => cacheRowsFile(cacheFile, table))
    const objects = await indexAsObjects(cacheFile)
    expect(index.unreadable).toBeNull()
    expect(objects.size).toBe(7)
    expect(index.hashes.size).toBe(objects.size)
    expect([...objects.values()].some((entry) => entry.rejects.length > 0)).toBe(true)
    for (const [sourcePath, entry] of objects) {
      expect(index.hashes.get(sourcePath)).toEqual(entry)
      expect(index.hashes.has(sourcePath)).toBe(true)
      const row = index.hashes.rowOf(sourcePath)
      const { rows: _rows, csv: _csv, ...file } = entry
      expect(index.hashes.file(row)).toEqual(file)
    }
    expect(index.hashes.has("missing.txt")).toBe(false)
    expect(index.hashes.get("bài viết")).toBeUndefined()
  }, 60_000)

  it("holds random entries as a map does, while it grows", () => {
    let seed = 3
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const scripts = ["a", "é", "ệ", "😀", "/", "%", "#", "中", "Z", "0"]
    const word = (length: number) => Array.from({ length }, () => scripts[Math.floor(next() * scripts.length)]).join("")
    const hex = () => Array.from({ length: 64 }, () => "0123456789abcdef"[Math.floor(next() * 16)]).join("")
    const map = new Map<string, CachedInput>()
    const columns = new CachedInputs(16)
    // the same entries given as numbers (`setNumbers`, the index reader's way)
    const numbers = new CachedInputs(16)
    for (let i = 0; i < 5_000; i++) {
      const sourcePath =
        i % 7 === 0 && map.size > 0
          ? [...map.keys()][Math.floor(next() * map.size)]!
          : `${word(1 + Math.floor(next() * 12))}/${i}.txt`
      const entry: CachedInput = {
        sha256: next() < 0.02 ? `odd-${i}` : next() < 0.01 ? hex().toUpperCase() : hex(),
        bytes: Math.floor(next() * 2 ** 40),
        mtime: next() < 0.1 ? null : next() * 2e12,
        documents: Math.floor(next() * 100),
        rejects: next() < 0.05 ? ["malformed", "too_large"].slice(0, 1 + Math.floor(next() * 2)) : [],
        rows: Object.fromEntries(
          tableNames.map((table) => [
            table,
            { at: Math.floor(next() * 2 ** 45), bytes: Math.floor(next() * 2 ** 33), rows: Math.floor(next() * 1e6) }
          ])
        ) as CachedInput["rows"],
        csv: Object.fromEntries(
          (["documents", "segments"] as const).flatMap((table) =>
            next() < 0.3 ? [] : [[table, { at: Math.floor(next() * 2 ** 45), bytes: Math.floor(next() * 2 ** 30) }]]
          )
        )
      }
      map.set(sourcePath, entry)
      columns.set(sourcePath, entry)
      numbers.setNumbers(
        sourcePath,
        entry.sha256,
        entry.bytes,
        entry.mtime,
        entry.documents,
        entry.rejects,
        tableNames.flatMap((table) => [entry.rows[table].at, entry.rows[table].bytes, entry.rows[table].rows]),
        (["documents", "segments"] as const).flatMap((table) => {
          const place = entry.csv[table]
          return place === undefined ? [next() < 0.5 ? null : Number.NaN, 0] : [place.at, place.bytes]
        })
      )
    }
    expect(columns.size).toBe(map.size)
    expect(numbers.size).toBe(map.size)
    for (const [sourcePath, entry] of map) {
      expect(columns.get(sourcePath)).toEqual(entry)
      expect(numbers.get(sourcePath)).toEqual(entry)
    }
    for (let i = 0; i < 1_000; i++) {
      const other = `${word(3)}/x${i}.txt`
      expect(columns.has(other)).toBe(map.has(other))
      expect(numbers.has(other)).toBe(map.has(other))
    }
  })
})
