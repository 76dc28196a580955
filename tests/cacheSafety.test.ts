/**
 * A cache that cannot be read is moved aside with a warning and the run cleans
 * everything; the cache deleted during a run does not fail it (issue 13).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { readCacheIndex } from "../pipeline/services/DuckDb.ts"
import { cacheRowsFile } from "../pipeline/services/PreviousCache.ts"
import { expectSameTables, runInto, seedsDir, temporaryDir } from "./support/pipeline.ts"
import { cli, startCli } from "./support/spawnCli.ts"

const cacheOf = (output: string) =>
  (JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as { cache: unknown }).cache

const run = (input: string, output: string) => cli(["--input", input, "--output", output, "--quiet", "--workers", "1"])

/** An output of the seeds with its cache, in a folder of its own, and a copy of its tables as a clean run wrote them. */
const seedsOutput = async () => {
  const parent = temporaryDir("tinsach-cache-")
  const output = path.join(parent, "out")
  expect((await run(seedsDir, output)).status).toBe(0)
  const clean = path.join(temporaryDir(), "clean")
  fs.cpSync(output, clean, { recursive: true })
  return { parent, output, clean, cache: path.join(output, ".cache.duckdb") }
}

describe("the incremental cache", () => {
  it("is moved aside with a warning when truncated, and everything is cleaned again", async () => {
    const { parent, output, clean, cache } = await seedsOutput()
    // cut into the index's blocks
    fs.truncateSync(cache, Math.floor(fs.statSync(cache).size * 0.8))
    const again = await run(seedsDir, output)
    expect(again.status, again.stderr).toBe(0)
    const aside = fs.readdirSync(parent).filter((name) => name !== "out")
    expect(aside).toEqual([expect.stringMatching(/^\.out\.unreadable-cache-\d+\.duckdb$/u)])
    expect(again.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^tinsach: the cache ${cache} cannot be read \\(.+\\); moved aside to ${path.join(parent, aside[0]!)} and every input is cleaned again; delete it when done$`,
          "u"
        )
      )
    ])
    expect(cacheOf(output)).toEqual({ used: true, reused_inputs: 0, cleaned_inputs: 5 })
    expectSameTables(output, clean)
    // the new cache is whole again
    expect((await run(seedsDir, output)).status).toBe(0)
    expect(cacheOf(output)).toEqual({ used: true, reused_inputs: 5, cleaned_inputs: 0 })
  }, 180_000)

  it("whose kept rows were cut short or altered is moved aside, and everything is cleaned again", async () => {
    const { parent, output, clean, cache } = await seedsOutput()
    const segments = cacheRowsFile(cache, "segments")
    for (const [damage, why] of [
      [() => fs.truncateSync(segments, Math.floor(fs.statSync(segments).size * 0.8)), /segments\.jsonl is \d+ bytes/u],
      [
        () => {
          const bytes = fs.readFileSync(segments)
          const at = Math.floor(bytes.length / 2)
          bytes[at] = bytes[at]! ^ 1
          fs.writeFileSync(segments, bytes)
        },
        /segments\.jsonl does not match its recorded CRC-32/u
      ]
    ] as const) {
      damage()
      const again = await run(seedsDir, output)
      expect(again.status, again.stderr).toBe(0)
      expect(again.stderr).toMatch(why)
      expect(cacheOf(output)).toEqual({ used: true, reused_inputs: 0, cleaned_inputs: 5 })
      expectSameTables(output, clean)
      for (const name of fs.readdirSync(parent).filter((name) => name !== "out"))
        fs.rmSync(path.join(parent, name), { force: true })
    }
    expect((await run(seedsDir, output)).status).toBe(0)
    expect(cacheOf(output)).toEqual({ used: true, reused_inputs: 5, cleaned_inputs: 0 })
  }, 180_000)

  it("deleted during a run does not fail the run", async () => {
    const input = temporaryDir("tinsach-cache-input-")
    for (let copy = 0; copy < 40; copy++) {
      for (const file of fs.readdirSync(seedsDir))
        fs.copyFileSync(path.join(seedsDir, file), path.join(input, `${copy}-${file}`))
    }
    const parent = temporaryDir("tinsach-cache-")
    const output = path.join(parent, "out")
    expect((await run(input, output)).status).toBe(0)
    const before = path.join(temporaryDir(), "before")
    fs.cpSync(output, before, { recursive: true })
    const cache = path.join(output, ".cache.duckdb")
    const started = startCli(["--input", input, "--output", output, "--quiet", "--workers", "1"])
    // the run has read the cache's index and holds the file: delete it now
    const holds = () =>
      fs
        .readdirSync(parent)
        .some(
          (name) => name.startsWith(".out.tmp-") && fs.existsSync(path.join(parent, name, ".previous-cache.duckdb"))
        )
    while (!holds()) await new Promise((resolve) => setTimeout(resolve, 10))
    fs.rmSync(cache)
    const ended = await started.done
    expect(ended.status, ended.stderr).toBe(0)
    expect(cacheOf(output)).toEqual({ used: true, reused_inputs: 200, cleaned_inputs: 0 })
    expectSameTables(output, before)
    expect(fs.readdirSync(parent)).toEqual(["out"])
  }, 180_000)
})

describe("the cache's index", () => {
  it("read under a memory limit too small for it, is read again under DuckDB's own, not taken for a damaged file", async () => {
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output))
    const cache = path.join(output, ".cache.duckdb")
    const query = async (options: Record<string, string>, sql: string) => {
      const instance = await DuckDBInstance.create(cache, { access_mode: "READ_ONLY", ...options })
      const connection = await instance.connect()
      try {
        return (await connection.runAndReadAll(sql)).getRows()
      } finally {
        connection.closeSync()
        instance.closeSync()
      }
    }
    const versions = Object.fromEntries(
      (await query({}, "SELECT name, value FROM cache_versions")).map(([name, value]) => [String(name), String(value)])
    )
    // the limit is too small for the hash: DuckDB refuses it
    await expect(
      query({ memory_limit: "100KB", threads: "1" }, "SELECT bit_xor(hash(t)) FROM cache_inputs AS t")
    ).rejects.toThrow(/^Out of Memory Error/u)
    const index = await readCacheIndex(cache, versions, (table) => cacheRowsFile(cache, table), "100KB")
    expect(index.unreadable).toBeNull()
    expect(index.hashes.size).toBe(5)
  })
})
