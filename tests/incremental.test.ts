/**
 * Incremental rebuilds: a run reuses the rows of inputs whose bytes a previous
 * run (same pipeline, schema and rules versions) already cleaned, cleans the
 * changed and new ones, drops the deleted ones, and writes exactly what a
 * clean full run writes.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { expectSameTables, runInto, seedsDir, temporaryDir } from "./support/pipeline.ts"

const manifestOf = (output: string) =>
  JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
    cache: { used: boolean; reused_inputs: number; cleaned_inputs: number }
    inputs: Array<{ source_path: string; documents: number }>
  }

describe("incremental rebuild", () => {
  it("reuses unchanged inputs, cleans changed and new ones, drops deleted ones, and matches a clean run", async () => {
    const input = temporaryDir("tinsach-incremental-")
    for (let copy = 0; copy < 10; copy++) {
      for (const file of fs.readdirSync(seedsDir))
        fs.copyFileSync(path.join(seedsDir, file), path.join(input, `${copy}-${file}`))
    }
    fs.writeFileSync(path.join(input, "export.jsonl"), '{"content": "Bài một."}\n{"content": "Bài hai."}\nbroken\n')
    fs.writeFileSync(path.join(input, "empty.txt"), "")
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toEqual({ used: true, reused_inputs: 0, cleaned_inputs: 52 })
    expect(fs.existsSync(path.join(output, ".cache.duckdb"))).toBe(true)

    // nothing changed: everything reused, the same bytes out
    const before = path.join(temporaryDir(), "before")
    fs.cpSync(output, before, { recursive: true })
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 52, cleaned_inputs: 0 })
    expectSameTables(output, before)

    // one file changed, one deleted, one added, the JSONL export grew
    fs.appendFileSync(path.join(input, "3-001_ac3a030e9e41d6df.txt"), "Một đoạn mới được thêm vào cuối bài báo này.\n")
    fs.rmSync(path.join(input, "7-002_454041552c928ad9.txt"))
    fs.copyFileSync(path.join(seedsDir, "004_86232ecdeac32804.txt"), path.join(input, "new-004.txt"))
    fs.appendFileSync(path.join(input, "export.jsonl"), '{"content": "Bài ba."}\n')
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    const manifest = manifestOf(output)
    expect(manifest.cache).toMatchObject({ reused_inputs: 49, cleaned_inputs: 3 })
    expect(manifest.inputs.map((entry) => entry.source_path)).not.toContain("7-002_454041552c928ad9.txt")
    expect(manifest.inputs.find((entry) => entry.source_path === "export.jsonl")?.documents).toBe(3)

    const clean = path.join(temporaryDir(), "clean")
    await Effect.runPromise(runInto(clean, [input], { cache: false }))
    expect(fs.existsSync(path.join(clean, ".cache.duckdb"))).toBe(false)
    expectSameTables(output, clean)
  }, 60_000)

  it("does not read an input whose size and modification time are those recorded; hashes a touched one", async () => {
    const input = temporaryDir("tinsach-incremental-stat-")
    for (const file of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, file), path.join(input, file))
    const dayAgo = new Date(Date.now() - 86_400_000)
    for (const file of fs.readdirSync(input)) fs.utimesSync(path.join(input, file), dayAgo, dayAgo)
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    const before = path.join(temporaryDir(), "before")
    fs.cpSync(output, before, { recursive: true })

    // the same size and time with other bytes: trusted, as make and rsync trust them, so not read
    const edited = path.join(input, "001_ac3a030e9e41d6df.txt")
    const text = fs.readFileSync(edited, "utf8")
    fs.writeFileSync(
      edited,
      text.replace(/[a-z]/u, (letter) => (letter === "x" ? "y" : "x"))
    )
    fs.utimesSync(edited, dayAgo, dayAgo)
    // the same bytes with a new time: hashed, found unchanged, reused
    const hourAgo = new Date(Date.now() - 3_600_000)
    fs.utimesSync(path.join(input, "002_454041552c928ad9.txt"), hourAgo, hourAgo)
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 5, cleaned_inputs: 0 })
    expectSameTables(output, before)

    // a new time on the edited file: read, and its new bytes cleaned
    fs.utimesSync(edited, hourAgo, hourAgo)
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 4, cleaned_inputs: 1 })
    const clean = path.join(temporaryDir(), "clean")
    await Effect.runPromise(runInto(clean, [input], { cache: false }))
    expectSameTables(output, clean)
  })

  it("sends a rebuild's changed inputs to its workers as the stat finds them, and matches a clean run", async () => {
    const input = temporaryDir("tinsach-incremental-workers-")
    for (let copy = 0; copy < 12; copy++) {
      for (const file of fs.readdirSync(seedsDir))
        fs.copyFileSync(path.join(seedsDir, file), path.join(input, `${String(copy).padStart(2, "0")}-${file}`))
    }
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [input], { cache: true, workers: 2 }))
    // 40 of 60 changed: three batches (the first two sent during the stat), one deleted, one added
    const names = fs.readdirSync(input).sort()
    names.forEach((name, index) => {
      if (index % 3 !== 1) fs.appendFileSync(path.join(input, name), `Một dòng mới ${index}.\n`)
    })
    fs.rmSync(path.join(input, names[9]!))
    fs.copyFileSync(path.join(seedsDir, "004_86232ecdeac32804.txt"), path.join(input, "new-004.txt"))
    await Effect.runPromise(runInto(output, [input], { cache: true, workers: 2 }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 20, cleaned_inputs: 40 })
    const clean = path.join(temporaryDir(), "clean")
    await Effect.runPromise(runInto(clean, [input], { cache: false }))
    expectSameTables(output, clean)
  }, 120_000)

  it("splices the CSV tables from the previous ones only while they are what the index recorded", async () => {
    const input = temporaryDir("tinsach-incremental-csv-")
    for (let copy = 0; copy < 3; copy++) {
      for (const file of fs.readdirSync(seedsDir))
        fs.copyFileSync(path.join(seedsDir, file), path.join(input, `${copy}-${file}`))
    }
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    const clean = path.join(temporaryDir(), "clean")
    const expectClean = async () => {
      fs.rmSync(clean, { recursive: true, force: true })
      await Effect.runPromise(runInto(clean, [input], { cache: false }))
      expectSameTables(output, clean)
    }

    // spliced: one file changed in the middle of the input order
    fs.appendFileSync(path.join(input, "1-001_ac3a030e9e41d6df.txt"), "Một đoạn mới được thêm vào cuối bài báo này.\n")
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 14, cleaned_inputs: 1 })
    await expectClean()

    // a user's edit of the previous CSV (same size) and a cut one: those tables are written whole, not spliced from them
    const documentsCsv = path.join(output, "documents.csv")
    const bytes = fs.readFileSync(documentsCsv)
    const at = bytes.indexOf("\n") + 5
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41
    fs.writeFileSync(documentsCsv, bytes)
    const segmentsCsv = path.join(output, "segments.csv")
    fs.truncateSync(segmentsCsv, fs.statSync(segmentsCsv).size - 10)
    fs.appendFileSync(path.join(input, "2-003_d61af1a5dfd7ec8a.txt"), "Thêm một dòng nữa.\n")
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 14, cleaned_inputs: 1 })
    await expectClean()

    // and the tables written whole record their rows' places again: the next run splices
    fs.rmSync(path.join(input, "0-002_454041552c928ad9.txt"))
    await Effect.runPromise(runInto(output, [input], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 14, cleaned_inputs: 0 })
    await expectClean()
  }, 120_000)

  // rules: the rule tables and model weights; code: the stages and `Config.ts` under the same
  // `pipeline_version` (a `git pull`, an edited threshold)
  it.each(["rules_version", "code_version"])("cleans everything again when the %s changes", async (name) => {
    const output = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(output, [seedsDir], { cache: true }))
    // a cache written by other rules or code: its recorded version no longer matches
    const { DuckDBInstance } = await import("@duckdb/node-api")
    const instance = await DuckDBInstance.create(path.join(output, ".cache.duckdb"))
    const connection = await instance.connect()
    const updated = await connection.run(`UPDATE cache_versions SET value = 'other' WHERE name = '${name}'`)
    expect(updated.rowsChanged).toBe(1)
    connection.closeSync()
    instance.closeSync()
    await Effect.runPromise(runInto(output, [seedsDir], { cache: true }))
    expect(manifestOf(output).cache).toMatchObject({ reused_inputs: 0, cleaned_inputs: 5 })
  })
})
