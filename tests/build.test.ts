/**
 * The build (`pipeline/build.mjs`): `pnpm pipeline` runs bundled JavaScript,
 * which must give the tables the TypeScript gives, and must never run stale.
 */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { expectSameTables, projectRoot, seedsDir, temporaryDir } from "./support/pipeline.ts"
import { cli } from "./support/spawnCli.ts"

/** Node on `args`, not blocking the test's thread (a long `spawnSync` starves vitest's messages). */
const node = (args: ReadonlyArray<string>, cwd: string) =>
  new Promise<{ readonly status: number | null; readonly stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on("close", (status) => resolve({ status, stderr }))
  })

const manifestOf = (output: string) =>
  JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
    readonly rules_version: string
  }

/** A copy of the project's sources (node_modules linked), to edit without touching the tree the other tests read. */
const copyProject = (): string => {
  const copy = temporaryDir("tinsach-build-")
  for (const entry of ["pipeline", "schemas", "package.json", "pnpm-lock.yaml"]) {
    fs.cpSync(path.join(projectRoot, entry), path.join(copy, entry), { recursive: true })
  }
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(copy, "node_modules"))
  return copy
}

describe("the built command line", () => {
  it("writes the same tables and rules_version as the TypeScript source, on the seeds", async () => {
    const built = path.join(temporaryDir(), "out")
    const source = path.join(temporaryDir(), "out")
    const runBuilt = await node(["pipeline/run.mjs", "--input", seedsDir, "--output", built, "--quiet"], projectRoot)
    expect(runBuilt.status, runBuilt.stderr).toBe(0)
    const runSource = await cli(["--input", seedsDir, "--output", source, "--quiet"])
    expect(runSource.status, runSource.stderr).toBe(0)
    expectSameTables(built, source)
    expect(manifestOf(built).rules_version).toBe(manifestOf(source).rules_version)
  }, 120_000)

  it("is rebuilt by pnpm pipeline after a rule changes, and refuses to run stale when started directly", async () => {
    const copy = copyProject()
    const build = await node(["pipeline/build.mjs"], copy)
    expect(build.status, build.stderr).toBe(0)
    const before = path.join(temporaryDir(), "out")
    expect((await node(["pipeline/run.mjs", "--input", seedsDir, "--output", before, "--quiet"], copy)).status).toBe(0)

    const table = path.join(copy, "pipeline/rules/noise.common.ts")
    fs.writeFileSync(table, fs.readFileSync(table, "utf8").replace('note: "', 'note: "Edited by a test. '))

    const stale = await node(["dist/main.js", "--input", seedsDir, "--output", path.join(temporaryDir(), "out")], copy)
    expect({ status: stale.status, stderr: stale.stderr }).toEqual({
      status: 1,
      stderr: "tinsach: dist/ is older than the sources; run `pnpm pipeline` or `pnpm build`\n"
    })

    const after = path.join(temporaryDir(), "out")
    const rebuilt = await node(["pipeline/run.mjs", "--input", seedsDir, "--output", after], copy)
    expect(rebuilt.status, rebuilt.stderr).toBe(0)
    expect(rebuilt.stderr.split("\n")[0]).toBe("tinsach: compiling dist/ (sources changed since the build)")
    const source = path.join(temporaryDir(), "out")
    const fromSource = await node(
      ["--import", "tsx", "pipeline/main.ts", "--input", seedsDir, "--output", source, "--quiet"],
      copy
    )
    expect(fromSource.status, fromSource.stderr).toBe(0)
    expect(manifestOf(after).rules_version).toBe(manifestOf(source).rules_version)
    expect(manifestOf(after).rules_version).not.toBe(manifestOf(before).rules_version)
  }, 180_000)

  it("runs from V8's code cache of its build, and rejects and rewrites a cache that is not of it", async () => {
    const copy = copyProject()
    expect((await node(["pipeline/build.mjs"], copy)).status).toBe(0)
    const digest = fs.readFileSync(path.join(copy, "dist/main.js"), "utf8").slice("// tinsach build ".length, 81)
    const run = async () => {
      const output = path.join(temporaryDir(), "out")
      const result = await node(["pipeline/run.mjs", "--input", seedsDir, "--output", output, "--quiet"], copy)
      expect(result.status, result.stderr).toBe(0)
      return output
    }
    const first = await run() // writes the caches, one a bundle for this Node and its flags
    const caches = ["main", "worker"].map((name) => {
      const files = fs.readdirSync(path.join(copy, "dist")).filter((file) => file.startsWith(`${name}-`))
      expect(files).toEqual([expect.stringMatching(/^[a-z]+-[0-9a-f]{16}\.v8cache$/)])
      return path.join(copy, "dist", files[0]!)
    })
    const written = caches.map((cache) => fs.readFileSync(cache))
    for (const cache of written) expect(cache.subarray(0, 64).toString("latin1")).toBe(digest)
    expectSameTables(await run(), first) // read from them

    // another build's cache is not given to V8; V8 rejects bytes that are not its own: both are rewritten
    fs.writeFileSync(caches[0]!, Buffer.concat([Buffer.from("0".repeat(64)), written[0]!.subarray(64)]))
    fs.writeFileSync(caches[1]!, Buffer.concat([Buffer.from(digest), Buffer.alloc(4096, 7)]))
    expectSameTables(await run(), first)
    for (const cache of caches) {
      const rewritten = fs.readFileSync(cache)
      expect(rewritten.subarray(0, 64).toString("latin1"), cache).toBe(digest)
      expect(rewritten.subarray(64, 4160).equals(Buffer.alloc(4096, 7)), cache).toBe(false)
    }
  }, 120_000)
})
