/**
 * Signals and the lock (issue 13): SIGTERM or SIGINT stops a run with 143 or
 * 130 and one line, removes its temporary folder and lock, and leaves the
 * previous output as it was; a second run into a locked output exits 1 naming
 * the lock and the other pid; a dead run's lock is taken over.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { host } from "../pipeline/services/OutputFolder.ts"
import { seedsDir, temporaryDir } from "./support/pipeline.ts"
import { cli, startCli } from "./support/spawnCli.ts"

const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name)).toString("base64")])
  )

/** 1,000 copies of the seeds: a run of many seconds. */
const largeCorpus = (): string => {
  const input = temporaryDir("tinsach-signals-")
  for (let copy = 0; copy < 200; copy++) {
    for (const file of fs.readdirSync(seedsDir))
      fs.copyFileSync(path.join(seedsDir, file), path.join(input, `${String(copy).padStart(4, "0")}-${file}`))
  }
  return input
}

const waitFor = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20))
}

const temporaryHolds = (parent: string, file: string) => () =>
  fs.readdirSync(parent).some((name) => name.startsWith(".out.tmp-") && fs.existsSync(path.join(parent, name, file)))

describe("signals", () => {
  it("SIGTERM while cleaning and SIGINT while writing stop the run and leave the previous output", async () => {
    const input = largeCorpus()
    const parent = temporaryDir("tinsach-signal-out-")
    const output = path.join(parent, "out")
    expect((await cli(["--input", seedsDir, "--output", output, "--quiet", "--workers", "1"])).status).toBe(0)
    const before = snapshot(output)
    const points: ReadonlyArray<[NodeJS.Signals, number, string, () => boolean]> = [
      ["SIGTERM", 143, "while cleaning", temporaryHolds(parent, ".staging.duckdb")],
      ["SIGINT", 130, "while writing Parquet", temporaryHolds(parent, "documents.parquet")]
    ]
    for (const [signal, status, point, when] of points) {
      const run = startCli(["--input", input, "--output", output, "--quiet", "--workers", "1"])
      await Promise.race([waitFor(when), run.done])
      run.child.kill(signal)
      const ended = await run.done
      expect(ended.status, point).toBe(status)
      expect(ended.stderr.trim().split("\n"), point).toEqual([
        `tinsach: stopped by ${signal}: its temporary folder is removed and the previous output is left as it was`
      ])
      expect(snapshot(output), point).toEqual(before)
      expect(fs.readdirSync(parent), point).toEqual(["out"])
    }
  }, 600_000)
})

describe("the output lock", () => {
  it("makes a second run exit 1 naming the lock and the other pid, and is taken over from a dead run", async () => {
    const parent = temporaryDir("tinsach-lock-")
    const output = path.join(parent, "out")
    expect((await cli(["--input", seedsDir, "--output", output, "--quiet", "--workers", "1"])).status).toBe(0)
    const before = snapshot(output)
    const lock = path.join(parent, ".out.lock")
    // a run going on: this test's own process holds the lock
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host }))
    const second = await cli(["--input", seedsDir, "--output", output, "--quiet", "--workers", "1"])
    expect(second.status).toBe(1)
    expect(second.stderr.trim().split("\n")).toEqual([
      `tinsach: the output folder ${output} is in use by another run (pid ${process.pid} on ${host}, lock ${lock}): wait for it to finish, or remove the lock if that run is gone`
    ])
    expect(snapshot(output)).toEqual(before)
    expect(fs.readdirSync(parent).sort()).toEqual([".out.lock", "out"])

    // a run that died without releasing it
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!
    fs.writeFileSync(lock, JSON.stringify({ pid: dead, host }))
    const third = await cli(["--input", seedsDir, "--output", output, "--quiet", "--workers", "1"])
    expect(third.status, third.stderr).toBe(0)
    expect(fs.readdirSync(parent)).toEqual(["out"])
  }, 180_000)
})
