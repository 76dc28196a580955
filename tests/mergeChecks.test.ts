/**
 * Literal paths and merge checks (issue 13): output folders named with `?`,
 * `[` and `*` are written, reused as a cache and merged as they are named,
 * never as globs; a merge refuses parts that are stale, doubled or of other
 * versions, and joins CSV-only parts.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { seedsDir, temporaryDir } from "./support/pipeline.ts"
import { cli } from "./support/spawnCli.ts"

const run = (args: ReadonlyArray<string>) => cli([...args, "--quiet", "--workers", "1"])

/** Writes both shards of 2 of `input` into `output`. */
const shardInto = async (input: string, output: string, extra: ReadonlyArray<string> = []) => {
  for (const shard of ["0/2", "1/2"]) {
    const ran = await run(["--input", input, "--output", output, "--shard", shard, ...extra])
    expect(ran.status, ran.stderr).toBe(0)
  }
}

describe("output folders named with glob characters", () => {
  it("are written, reused as a cache and merged literally", async () => {
    const parent = temporaryDir("tinsach-glob-")
    const question = path.join(parent, "run?")
    for (const reused of [0, 5]) {
      const ran = await run(["--input", seedsDir, "--output", question])
      expect(ran.status, ran.stderr).toBe(0)
      const manifest = JSON.parse(fs.readFileSync(path.join(question, "manifest.json"), "utf8")) as {
        cache: { reused_inputs: number }
      }
      expect(manifest.cache.reused_inputs).toBe(reused)
    }
    // `run[1]` as a glob is `run1`, `run*` is every one: each must merge only its own parts
    const single = path.join(temporaryDir(), "single")
    expect((await run(["--input", seedsDir, "--output", single])).status).toBe(0)
    const other = temporaryDir("tinsach-other-")
    fs.copyFileSync(path.join(seedsDir, "000_024a118ad2b276b3.txt"), path.join(other, "a.txt"))
    await shardInto(other, path.join(parent, "run1"))
    for (const name of ["run[1]", "run*"]) {
      await shardInto(seedsDir, path.join(parent, name))
      const merged = await cli(["merge", "--output", path.join(parent, name), "--quiet"])
      expect(merged.status, merged.stderr).toBe(0)
      // compared as bytes: a DuckDB query of these paths would itself read them as globs
      for (const table of ["documents", "segments", "rejects"])
        expect(
          fs
            .readFileSync(path.join(parent, name, `${table}.csv`))
            .equals(fs.readFileSync(path.join(single, `${table}.csv`))),
          `${name} ${table}`
        ).toBe(true)
    }
    expect(fs.readdirSync(parent).sort()).toEqual(["run*", "run1", "run?", "run[1]"])
  }, 600_000)
})

describe("pnpm pipeline merge", () => {
  it("refuses stale, doubled and foreign parts with one line, writing nothing", async () => {
    const output = path.join(temporaryDir("tinsach-merge-"), "out")
    await shardInto(seedsDir, output)
    const manifests = path.join(output, "manifests")
    const original = fs.readFileSync(path.join(manifests, "part-1-of-2.json"), "utf8")
    const manifest = JSON.parse(original) as { rules_version: string; inputs: Array<{ source_path: string }> }
    const first = (JSON.parse(fs.readFileSync(path.join(manifests, "part-0-of-2.json"), "utf8")) as typeof manifest)
      .inputs[0]!
    const cases: ReadonlyArray<[string, () => void, string]> = [
      [
        "other rules",
        () =>
          fs.writeFileSync(
            path.join(manifests, "part-1-of-2.json"),
            JSON.stringify({ ...manifest, rules_version: "old" })
          ),
        "tinsach: cannot merge: parts written with different rules versions"
      ],
      [
        "an input in two parts",
        () =>
          fs.writeFileSync(
            path.join(manifests, "part-1-of-2.json"),
            JSON.stringify({ ...manifest, inputs: [first, ...manifest.inputs] })
          ),
        `tinsach: cannot merge: the input ${first.source_path} is in shards 0/2 and 1/2: a part is stale, run the shards again`
      ],
      [
        "a manifest copied under another name",
        () => fs.copyFileSync(path.join(manifests, "part-0-of-2.json"), path.join(manifests, "part-1-of-2.json")),
        `tinsach: cannot merge: ${path.join(manifests, "part-1-of-2.json")} holds shard 0/2: remove the copy`
      ],
      [
        "a stale part of another run",
        () =>
          fs.copyFileSync(
            path.join(output, "documents", "part-0-of-2.csv"),
            path.join(output, "documents", "part-2-of-3.csv")
          ),
        "tinsach: cannot merge: stale part files of another run: documents/part-2-of-3.csv: remove them"
      ],
      [
        "a missing part file",
        () => fs.rmSync(path.join(output, "segments", "part-1-of-2.parquet")),
        "tinsach: cannot merge: part files missing: segments/part-1-of-2.parquet"
      ]
    ]
    for (const [what, spoil, message] of cases) {
      const before = fs.readdirSync(output, { recursive: true }).sort()
      const saved = path.join(temporaryDir(), "saved")
      fs.cpSync(output, saved, { recursive: true })
      spoil()
      const merged = await cli(["merge", "--output", output])
      expect(merged.status, what).toBe(1)
      expect(merged.stderr.trim().split("\n"), what).toEqual([expect.stringContaining(message)])
      expect(fs.existsSync(path.join(output, "documents.parquet")), what).toBe(false)
      fs.rmSync(output, { recursive: true })
      fs.cpSync(saved, output, { recursive: true })
      expect(fs.readdirSync(output, { recursive: true }).sort(), what).toEqual(before)
    }
  }, 600_000)

  it("joins parts written as CSV only", async () => {
    const input = temporaryDir("tinsach-merge-csv-")
    for (const file of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, file), path.join(input, file))
    fs.writeFileSync(path.join(input, "export.jsonl"), '{"title": "Bài", "content": "Nội dung."}\nbroken\n')
    // Cells the CSV writes with a leading ' (a formula's first character, or quotes before one): read back exactly.
    fs.writeFileSync(
      path.join(input, "formulas.txt"),
      '=SUM(A1:A3) tiêu đề\n- Một dòng bắt đầu bằng gạch ngang.\n\'=HYPERLINK("x") đã có dấu nháy\n@tên người dùng\n'
    )
    const output = path.join(temporaryDir(), "out")
    await shardInto(input, output, ["--formats", "csv"])
    const merged = await cli(["merge", "--output", output, "--quiet"])
    expect(merged.status, merged.stderr).toBe(0)
    const single = path.join(temporaryDir(), "single")
    expect((await run(["--input", input, "--output", single, "--formats", "csv"])).status).toBe(0)
    for (const table of ["documents", "segments", "rejects"])
      expect(fs.readFileSync(path.join(output, `${table}.csv`), "utf8"), table).toBe(
        fs.readFileSync(path.join(single, `${table}.csv`), "utf8")
      )
  }, 600_000)
})
