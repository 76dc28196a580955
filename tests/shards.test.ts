/**
 * Shards: four processes, each cleaning its shard of the inputs at the same
 * time into one output folder, then `pnpm pipeline merge`: the merged tables
 * equal one run's, row for row and byte for byte.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { parseShard, shardFromEnvironment, shardOf } from "../pipeline/Shards.ts"
import { projectRoot, query, runCli, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const cliAsync = (args: ReadonlyArray<string>, env: Record<string, string> = {}) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "pipeline/main.ts"), ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env }
    })
    let stderr = ""
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on("exit", (status) => resolve({ status, stderr }))
  })

const corpus = (): string => {
  const input = temporaryDir("tinsach-shards-")
  for (let copy = 0; copy < 6; copy++) {
    for (const file of fs.readdirSync(seedsDir)) {
      fs.mkdirSync(path.join(input, `site-${copy % 3}`), { recursive: true })
      fs.copyFileSync(path.join(seedsDir, file), path.join(input, `site-${copy % 3}`, `${copy}-${file}`))
    }
  }
  const rows = Array.from({ length: 12 }, (_, i) =>
    JSON.stringify({ title: `Bài ${i}`, content: `Nội dung bài số ${i}.` })
  )
  fs.writeFileSync(path.join(input, "export.jsonl"), `${rows.join("\n")}\nbroken\n`)
  fs.writeFileSync(path.join(input, "empty.txt"), "")
  return input
}

const tables = ["documents", "segments", "rejects"]

describe("--shard and merge", () => {
  it("merges four shards run as four processes into one run's tables", async () => {
    const input = corpus()
    const single = path.join(temporaryDir(), "out")
    expect((await runCli(["--input", input, "--output", single, "--quiet", "--workers", "1"])).status).toBe(0)

    const sharded = path.join(temporaryDir(), "out")
    const runs = await Promise.all(
      [0, 1, 2, 3].map((index) =>
        cliAsync(["--input", input, "--output", sharded, "--quiet", "--workers", "1", "--shard", `${index}/4`])
      )
    )
    for (const run of runs) expect(run.status, run.stderr).toBe(0)
    expect(fs.readdirSync(path.join(sharded, "segments")).sort()).toEqual(
      [0, 1, 2, 3].flatMap((index) => [`part-${index}-of-4.csv`, `part-${index}-of-4.parquet`])
    )
    // each shard holds a share, and a glob over the parts reads every row once
    const perShard = await Promise.all(
      [0, 1, 2, 3].map(async (index) =>
        Number(
          (
            await query(
              `SELECT count(*) AS n FROM ${sqlPath(path.join(sharded, "documents", `part-${index}-of-4.parquet`))}`
            )
          )[0]!.n
        )
      )
    )
    expect(perShard.every((n) => n > 0)).toBe(true)
    const globbed = await query(`SELECT count(*) AS n FROM ${sqlPath(path.join(sharded, "segments", "*.parquet"))}`)
    const whole = await query(`SELECT count(*) AS n FROM ${sqlPath(path.join(single, "segments.parquet"))}`)
    expect(globbed).toEqual(whole)

    const merge = await runCli(["merge", "--output", sharded])
    expect(merge.status, merge.stderr).toBe(0)
    for (const table of tables) {
      const a = await query(`SELECT * FROM ${sqlPath(path.join(single, `${table}.parquet`))}`)
      const b = await query(`SELECT * FROM ${sqlPath(path.join(sharded, `${table}.parquet`))}`)
      expect(b, table).toEqual(a)
      expect(
        fs.readFileSync(path.join(sharded, `${table}.csv`)).equals(fs.readFileSync(path.join(single, `${table}.csv`))),
        table
      ).toBe(true)
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(sharded, "manifest.json"), "utf8")) as {
      counts: { documents: number }
      inputs: Array<unknown>
    }
    const singleManifest = JSON.parse(fs.readFileSync(path.join(single, "manifest.json"), "utf8")) as typeof manifest
    expect(manifest.counts.documents).toBe(singleManifest.counts.documents)
    expect(manifest.inputs.length).toBe(singleManifest.inputs.length)
  }, 120_000)

  it("refuses to merge while a shard is missing", async () => {
    const output = path.join(temporaryDir(), "out")
    expect((await runCli(["--input", seedsDir, "--output", output, "--quiet", "--shard", "1/3"])).status).toBe(0)
    const merge = await runCli(["merge", "--output", output])
    expect(merge.status).not.toBe(0)
    expect(merge.stderr.trim()).toBe("tinsach: cannot merge: shards 0/3, 2/3 have not finished")
  })

  it("takes the shard from a Slurm job array or a Kubernetes Indexed Job", async () => {
    const output = path.join(temporaryDir(), "out")
    const slurm = await cliAsync(["--input", seedsDir, "--output", output, "--quiet"], {
      SLURM_ARRAY_TASK_ID: "2",
      SLURM_ARRAY_TASK_MIN: "1",
      SLURM_ARRAY_TASK_COUNT: "2"
    })
    expect(slurm.status, slurm.stderr).toBe(0)
    const k8s = await cliAsync(["--input", seedsDir, "--output", output, "--quiet", "--shard-count", "2"], {
      JOB_COMPLETION_INDEX: "0"
    })
    expect(k8s.status, k8s.stderr).toBe(0)
    expect(fs.readdirSync(path.join(output, "manifests")).sort()).toEqual(["part-0-of-2.json", "part-1-of-2.json"])
    const noCount = await cliAsync(["--input", seedsDir, "--output", output, "--quiet"], { JOB_COMPLETION_INDEX: "0" })
    expect(noCount.status).not.toBe(0)
    expect(noCount.stderr).toContain("--shard-count")
  }, 60_000)
})

describe("shard arithmetic", () => {
  it("parses I/N and refuses what is not a shard", () => {
    expect(parseShard("2/4")).toEqual(Either.right({ index: 2, count: 4 }))
    for (const bad of ["4/4", "-1/4", "1/0", "a/b", "1"]) expect(Either.isLeft(parseShard(bad)), bad).toBe(true)
  })

  it("reads the schedulers' variables", () => {
    expect(shardFromEnvironment({ SLURM_ARRAY_TASK_ID: "0", SLURM_ARRAY_TASK_COUNT: "8" }, null)).toEqual(
      Either.right({ index: 0, count: 8 })
    )
    expect(shardFromEnvironment({ JOB_COMPLETION_INDEX: "5" }, 6)).toEqual(Either.right({ index: 5, count: 6 }))
    expect(shardFromEnvironment({}, null)).toEqual(Either.right(null))
  })

  it("spreads paths evenly and stably", () => {
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 4000; i++) counts[shardOf(`site/${i}.txt`, 4)]!++
    for (const count of counts) expect(count).toBeGreaterThan(900)
    expect(shardOf("a/b.txt", 7)).toBe(shardOf("a/b.txt", 7))
  })
})
