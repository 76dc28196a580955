/**
 * The output folder is the tool's own (issue 13): a run refuses, touching
 * nothing, an output that is, contains or lies inside an input, or a folder of
 * someone else's files without --force; a swap never deletes a file the tool
 * did not write; an input that lists nothing leaves the previous output; the
 * options are checked.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import { availableParallelism } from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { seedsDir, temporaryDir } from "./support/pipeline.ts"
import { cli } from "./support/spawnCli.ts"

/** Every file below `root` with its bytes, relative paths sorted. */
const tree = (root: string): Record<string, string> =>
  Object.fromEntries(
    (fs.readdirSync(root, { recursive: true, encoding: "utf8" }) as Array<string>).sort().map((name) => {
      const full = path.join(root, name)
      return [name, fs.statSync(full).isDirectory() ? "/" : fs.readFileSync(full).toString("base64")]
    })
  )

/** A folder `data/` with two seed articles, inside a fresh folder. */
const workspace = (): { root: string; data: string } => {
  const root = temporaryDir("tinsach-place-")
  const data = path.join(root, "data")
  fs.mkdirSync(data)
  for (const file of fs.readdirSync(seedsDir).slice(0, 2))
    fs.copyFileSync(path.join(seedsDir, file), path.join(data, file))
  return { root, data }
}

/** The cache's kept rows (`.cache.<table>.jsonl`), beside its index `.cache.duckdb`. */
const cacheRows = [".cache.documents.jsonl", ".cache.rejects.jsonl", ".cache.segments.jsonl"]
const tables = [
  "documents.csv",
  "documents.parquet",
  "manifest.json",
  "rejects.csv",
  "rejects.parquet",
  "segments.csv",
  "segments.parquet"
]

const oneLine = (stderr: string): ReadonlyArray<string> => stderr.trim().split("\n")

describe("an output folder that holds or lies in an input", () => {
  it("is refused with one line, and nothing is touched", async () => {
    const { root, data } = workspace()
    const before = tree(root)
    const cases: ReadonlyArray<[ReadonlyArray<string>, string]> = [
      [
        ["--input", "data", "--output", "data/clean"],
        "tinsach: the output folder data/clean lies inside the input data"
      ],
      [["--input", "data", "--output", "data"], "tinsach: the output folder data is the input data"],
      [["--input", "data", "--output", "."], "tinsach: the output folder . contains the input data"],
      [["--input", data, "--output", root], `tinsach: the output folder ${root} contains the input ${data}`],
      [["--input", "data", "--output", ""], "tinsach: --output is empty"]
    ]
    for (const [args, message] of cases) {
      const run = await cli([...args, "--quiet", "--workers", "1"], root)
      expect(run.status, args.join(" ")).toBe(1)
      expect(oneLine(run.stderr), args.join(" ")).toEqual([expect.stringContaining(message)])
      expect(tree(root), args.join(" ")).toEqual(before)
    }
  }, 180_000)
})

describe("an output folder holding a user's files", () => {
  it("is refused without --force; with it, and on every later swap, the user's files survive", async () => {
    const { root, data } = workspace()
    const output = path.join(root, "thesis")
    fs.mkdirSync(path.join(output, "photos"), { recursive: true })
    fs.writeFileSync(path.join(output, "thesis.docx"), "my thesis")
    fs.writeFileSync(path.join(output, "photos", "a.jpg"), "a photo")
    const before = tree(root)
    const refused = await cli(["--input", data, "--output", output, "--quiet", "--workers", "1"])
    expect(refused.status).toBe(1)
    expect(oneLine(refused.stderr)).toEqual([
      `tinsach: the output folder ${output} holds files tinsach did not write (photos, thesis.docx): choose an empty folder, or use --force to write beside them (they are kept)`
    ])
    expect(tree(root)).toEqual(before)

    const forced = await cli(["--input", data, "--output", output, "--quiet", "--workers", "1", "--force"])
    expect(forced.status, forced.stderr).toBe(0)
    expect(fs.readdirSync(output).sort()).toEqual(
      [".cache.duckdb", ...cacheRows, ...tables, "photos", "thesis.docx"].sort()
    )

    // a previous output (recognised by its manifest) needs no --force, and its extra files survive the swap
    fs.writeFileSync(path.join(output, "notes.md"), "my notes")
    fs.writeFileSync(path.join(output, ".gitkeep"), "")
    const again = await cli(["--input", data, "--output", output, "--quiet", "--workers", "1"])
    expect(again.status, again.stderr).toBe(0)
    expect(fs.readdirSync(output).sort()).toEqual(
      [".cache.duckdb", ...cacheRows, ".gitkeep", ...tables, "notes.md", "photos", "thesis.docx"].sort()
    )
    expect(fs.readFileSync(path.join(output, "thesis.docx"), "utf8")).toBe("my thesis")
    expect(fs.readFileSync(path.join(output, "photos", "a.jpg"), "utf8")).toBe("a photo")
    expect(fs.readdirSync(root).sort()).toEqual(["data", "thesis"])
  }, 180_000)
})

describe("an input that lists no file", () => {
  it("exits 1 and leaves the previous output; --allow-empty writes empty tables", async () => {
    const { root, data } = workspace()
    const output = path.join(root, "out")
    expect((await cli(["--input", data, "--output", output, "--quiet", "--workers", "1"])).status).toBe(0)
    const before = tree(root)
    const empty = path.join(root, "mount")
    fs.mkdirSync(empty)
    const run = await cli(["--input", empty, "--output", output, "--quiet", "--workers", "1"])
    expect(run.status).toBe(1)
    expect(oneLine(run.stderr)).toEqual([
      `tinsach: no input file in ${empty}: the previous output is left as it was; use --allow-empty to write empty tables`
    ])
    expect(tree(root)).toEqual({ ...before, mount: "/" })

    const allowed = await cli(["--input", empty, "--output", output, "--quiet", "--workers", "1", "--allow-empty"])
    expect(allowed.status, allowed.stderr).toBe(0)
    expect(fs.readFileSync(path.join(output, "documents.csv"), "utf8").trim().split("\n")).toHaveLength(1)
  }, 180_000)
})

describe("options", () => {
  it("refuses --max-bytes 0, accepts --input=PATH, and lowers --workers to what the machine holds", async () => {
    const { root, data } = workspace()
    const output = path.join(root, "out")
    const zero = await cli(["--input", data, "--output", output, "--max-bytes", "0"])
    expect(zero.status).toBe(1)
    expect(oneLine(zero.stderr)).toEqual(["tinsach: --max-bytes must be at least 1, not 0"])
    expect(fs.existsSync(output)).toBe(false)

    const many = await cli([`--input=${data}`, `--output=${output}`, "--workers", "64", "--quiet"])
    expect(many.status, many.stderr).toBe(0)
    const cores = availableParallelism()
    expect(oneLine(many.stderr)).toEqual([expect.stringMatching(/^tinsach: --workers 64 lowered to \d+ \(/u)])
    const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
      workers: number
      counts: { documents: number }
    }
    expect(manifest.workers).toBeLessThanOrEqual(cores)
    expect(manifest.counts.documents).toBe(2)
  }, 180_000)
})

describe("a previous output made read-only", () => {
  // root writes into read-only folders anyway: as root, the CLI runs as `nobody` (skipped without runuser)
  const asUser = process.getuid?.() === 0 ? "nobody" : null
  const runuser = spawnSync("runuser", ["--help"]).status === 0
  it.skipIf(asUser !== null && !runuser)(
    "is refused before the work, never swapped in and then failed",
    async () => {
      const root = temporaryDir("tinsach-readonly-")
      fs.chmodSync(root, 0o777)
      const output = path.join(root, "out")
      const args = ["--input", seedsDir, "--output", output, "--quiet", "--workers", "1"]
      const first = await cli(args, undefined, asUser)
      expect(first.status, first.stderr).toBe(0)
      fs.chmodSync(output, 0o555)
      try {
        const before = tree(root)
        const run = await cli(args, undefined, asUser)
        expect(run.status).toBe(1)
        expect(oneLine(run.stderr)).toEqual([
          `tinsach: the folder ${fs.realpathSync(output)} is read-only, so the output ${output} cannot be replaced: make it writable`
        ])
        expect(tree(root)).toEqual(before)
      } finally {
        fs.chmodSync(output, 0o755)
      }
    },
    180_000
  )
})
