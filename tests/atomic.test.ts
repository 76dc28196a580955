/**
 * Atomic output: a run killed at any point (SIGKILL, no chance to clean up)
 * leaves the previous output exactly as it was, and the next run removes what
 * the killed one left behind.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { openOutputFolder } from "../pipeline/services/OutputFolder.ts"
import { projectRoot, runCli, seedsDir, temporaryDir } from "./support/pipeline.ts"

const startCli = (args: ReadonlyArray<string>): ChildProcess =>
  spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "pipeline/main.ts"), ...args], {
    cwd: projectRoot,
    stdio: "ignore"
  })

const snapshot = (folder: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(folder)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(folder, name)).toString("base64")])
  )

const leftovers = (parent: string): ReadonlyArray<string> => fs.readdirSync(parent).filter((name) => name !== "out")

/** Kills the run with SIGKILL as soon as `when` holds; resolves with how it ended. */
const killWhen = (child: ChildProcess, when: () => boolean): Promise<NodeJS.Signals | number | null> =>
  new Promise((resolve) => {
    const poll = setInterval(() => {
      if (when()) {
        child.kill("SIGKILL")
        clearInterval(poll)
      }
    }, 2)
    child.on("exit", (code, signal) => {
      clearInterval(poll)
      resolve(signal ?? code)
    })
  })

const temporaryFolders = (parent: string) => leftovers(parent).filter((name) => name.startsWith(".out.tmp-"))
const temporaryHolds = (parent: string, file: string) => () =>
  temporaryFolders(parent).some((name) => fs.existsSync(path.join(parent, name, file)))

describe("atomic output", () => {
  it("survives SIGKILL at several points of a run, and the next run cleans up", async () => {
    const input = temporaryDir("tinsach-large-")
    for (let copy = 0; copy < 300; copy++) {
      for (const file of fs.readdirSync(seedsDir)) {
        fs.copyFileSync(path.join(seedsDir, file), path.join(input, `${String(copy).padStart(4, "0")}-${file}`))
      }
    }
    const parent = temporaryDir("tinsach-atomic-")
    const output = path.join(parent, "out")
    expect((await runCli(["--input", seedsDir, "--output", output, "--quiet"])).status).toBe(0)
    const before = snapshot(output)

    /** True once the temporary folder has existed for `ms` milliseconds. */
    const temporaryFor = (ms: number) => {
      let firstSeen: number | undefined
      return () => {
        if (temporaryFolders(parent).length === 0) return false
        firstSeen ??= Date.now()
        return Date.now() - firstSeen > ms
      }
    }
    const killPoints: ReadonlyArray<[string, () => () => boolean]> = [
      ["as the temporary folder appears", () => () => temporaryFolders(parent).length > 0],
      ["while documents are processed", () => temporaryFor(300)],
      ["while DuckDB writes Parquet", () => temporaryHolds(parent, "documents.parquet")],
      ["while DuckDB writes CSV", () => temporaryHolds(parent, "documents.csv")]
    ]
    for (const [point, makeCondition] of killPoints) {
      const child = startCli(["--input", input, "--output", output, "--quiet"])
      const ended = await killWhen(child, makeCondition())
      expect(ended, point).toBe("SIGKILL")
      expect(snapshot(output), point).toEqual(before)
    }
    expect(leftovers(parent).length).toBeGreaterThan(0)

    expect((await runCli(["--input", seedsDir, "--output", output, "--quiet"])).status).toBe(0)
    expect(leftovers(parent)).toEqual([])
    const after = snapshot(output)
    for (const file of ["documents.csv", "segments.csv", "rejects.csv"]) expect(after[file], file).toBe(before[file])
  }, 120_000)

  it("puts back a previous output that a run killed between its two renames had moved aside", async () => {
    const parent = temporaryDir("tinsach-swap-")
    const output = path.join(parent, "out")
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!
    const movedAside = path.join(parent, `.out.old-${dead}`)
    fs.mkdirSync(movedAside)
    fs.writeFileSync(path.join(movedAside, "documents.csv"), "previous")
    fs.mkdirSync(path.join(parent, `.out.tmp-${dead}-1`))
    await Effect.runPromise(Effect.scoped(openOutputFolder(output)))
    expect(fs.readFileSync(path.join(output, "documents.csv"), "utf8")).toBe("previous")
    expect(leftovers(parent)).toEqual([])
  })
})
