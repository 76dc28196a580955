/** The benchmark's corpus generator: deterministic, the sizes asked for, the seeds' languages and noise. */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { article, ensureCorpus, linePools, prng } from "../pipeline/bench/Corpus.ts"
import { pipelineNodeFlags } from "../pipeline/bench/NodeFlags.ts"
import { seedsDir, temporaryDir } from "./support/pipeline.ts"

describe("benchmark corpus", () => {
  const pools = linePools(seedsDir)

  it("is the same for the same seed and differs for another", () => {
    const make = (seed: number) => {
      const random = prng(seed)
      return Array.from({ length: 20 }, () => article(random, pools, 2000))
    }
    expect(make(7)).toEqual(make(7))
    expect(make(7)).not.toEqual(make(8))
  })

  it("writes files of about the size asked for, up to the total, and reuses a complete corpus", () => {
    const dir = path.join(temporaryDir(), "corpus")
    const spec = { totalBytes: 200_000, fileBytes: 2_000, seed: 1 }
    const made = ensureCorpus(dir, spec, seedsDir)
    expect(made.bytes).toBeGreaterThanOrEqual(200_000)
    expect(made.files).toBeGreaterThan(50)
    expect(made.files).toBeLessThan(200)
    const texts = fs
      .readdirSync(path.join(dir, "0000"))
      .map((file) => fs.readFileSync(path.join(dir, "0000", file), "utf8"))
    expect(texts.some((text) => /[ơư]/u.test(text))).toBe(true)
    expect(texts.some((text) => /\b(?:le|les|des)\b/u.test(text))).toBe(true)
    expect(texts.some((text) => text.includes("![]() |"))).toBe(true)
    const stamp = fs.statSync(path.join(dir, ".complete.json")).mtimeMs
    expect(ensureCorpus(dir, spec, seedsDir)).toEqual(made)
    expect(fs.statSync(path.join(dir, ".complete.json")).mtimeMs).toBe(stamp)
  })

  it("times the pipeline with the flags pnpm pipeline starts Node with", () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../package.json"), "utf8")) as {
      readonly scripts: Record<string, string>
    }
    expect(manifest.scripts.pipeline).toBe(`exec node ${pipelineNodeFlags.join(" ")} pipeline/run.mjs`)
  })
})
