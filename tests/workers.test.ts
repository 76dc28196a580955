/**
 * `--workers N`: the output is the same, byte for byte, whatever N is.
 */
import * as fs from "node:fs"
import { availableParallelism } from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { expectSameTables, runCli, seedsDir, temporaryDir } from "./support/pipeline.ts"

describe("--workers", () => {
  it("gives byte-identical tables with 1 and 3 workers", async () => {
    const input = temporaryDir("tinsach-workers-")
    for (let copy = 0; copy < 12; copy++) {
      for (const file of fs.readdirSync(seedsDir)) {
        fs.mkdirSync(path.join(input, `batch-${copy % 4}`), { recursive: true })
        fs.copyFileSync(path.join(seedsDir, file), path.join(input, `batch-${copy % 4}`, `${copy}-${file}`))
      }
    }
    fs.writeFileSync(path.join(input, "empty.txt"), "")
    fs.writeFileSync(path.join(input, "export.jsonl"), '{"content": "Một bài báo ngắn về hội nghị."}\nnot json\n')
    // more workers than cores are lowered to the cores (and said so): 3 where the machine has them
    const outputs: Array<string> = []
    for (const workers of [1, Math.min(3, availableParallelism())]) {
      const output = path.join(temporaryDir(), "out")
      const run = await runCli(["--input", input, "--output", output, "--workers", String(workers), "--quiet"])
      expect(run.status, run.stderr).toBe(0)
      const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as { workers: number }
      expect(manifest.workers).toBe(workers)
      outputs.push(output)
    }
    expectSameTables(outputs[0]!, outputs[1]!)
  }, 60_000)

  it("refuses zero workers with a one-line message", async () => {
    const run = await runCli(["--input", seedsDir, "--output", path.join(temporaryDir(), "out"), "--workers", "0"])
    expect(run.status).not.toBe(0)
    expect(run.stderr.trim()).toBe("tinsach: --workers must be at least 1, not 0")
  })
})

describe("a worker that dies", () => {
  it("costs only the input that killed it: a too_large reject, and the rest of its batch loads", async () => {
    const input = temporaryDir("tinsach-huge-")
    const paragraph = (i: number) =>
      `<div class="c${i % 50}"><p>Đoạn văn số ${i} về hội nghị <b>quan trọng</b>.</p></div>\n`
    fs.writeFileSync(
      path.join(input, "huge.html"),
      `<html><body>${Array.from({ length: 400_000 }, (_, i) => paragraph(i)).join("")}</body></html>`
    )
    for (const file of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, file), path.join(input, file))
    const output = path.join(temporaryDir(), "out")
    const run = await runCli(["--input", input, "--output", output, "--workers", "1", "--no-cache"])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/tinsach: rejected huge\.html: too_large: Cleaning this file stopped its worker/u)
    const manifest = JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as {
      counts: { documents: number; rejects: number }
    }
    expect(manifest.counts).toMatchObject({ documents: 5, rejects: 1 })
  }, 120_000)
})
