/**
 * `processBatch` (a worker's batch: records cleaned stage by stage in groups) gives each file the
 * result `processFile` gives it (records one by one): the same rows, problems and input record,
 * whatever the groups' sizes, with a record a stage throws on among the others.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { processBatch, processFile, StageTimer } from "../pipeline/Process.ts"
import { listInputs } from "../pipeline/stages/ReadInput.ts"
import { detect, projectRoot, rules, seedsDir } from "./support/pipeline.ts"

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-batch-"))
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const seeds = fs.readdirSync(seedsDir).map((file) => fs.readFileSync(path.join(seedsDir, file), "utf8"))
const goldRaw = path.join(projectRoot, "tests/gold/dev/raw")
for (const [index, file] of fs.readdirSync(goldRaw).slice(0, 24).entries())
  fs.copyFileSync(path.join(goldRaw, file), path.join(folder, `${String(index).padStart(3, "0")}_${file}`))
const bomb = "BOOM"
const records = [...seeds, bomb, "", ...seeds.map((text) => `${text}\n${bomb}`), ...seeds]
fs.writeFileSync(
  path.join(folder, "100_records.jsonl"),
  records.map((text, index) => JSON.stringify({ url: `https://x.vn/${index}`, text })).join("\n")
)
fs.writeFileSync(path.join(folder, "101_empty.txt"), "")
fs.writeFileSync(path.join(folder, "102_tail.txt"), seeds[0]!)
// settled times (a time of the last two seconds is recorded as null: it would change between the runs)
for (const file of fs.readdirSync(folder)) fs.utimesSync(path.join(folder, file), 1_700_000_000, 1_700_000_000)

/** eld, except that it throws on a text with `BOOM`: a stage that fails on one record. */
const context = {
  rules,
  detect: (text: string) => {
    if (text.includes("BOOM")) throw new Error("boom")
    return detect(text)
  }
}
const files = listInputs(folder).files

describe("processBatch", () => {
  const single = JSON.stringify(files.map((file) => processFile(file, 1 << 30, context, new StageTimer(), "v")))

  it("has a record a stage throws on, as a failed problem, among the others", () => {
    expect(single).toContain("Cleaning stopped on an unexpected error (boom)")
    expect(single).toContain('"documents":[{"document"')
  })

  for (const [groupRecords, groupChars] of [
    [1, 1 << 20],
    [3, 1 << 20],
    [16, 6_000],
    [16, 1 << 20],
    [1_000, 1 << 30]
  ] as const) {
    it(`gives processFile's results with groups of ${groupRecords} records, ${groupChars} characters`, () => {
      for (const size of [1, 5, files.length]) {
        const batched = []
        for (let start = 0; start < files.length; start += size)
          batched.push(
            ...processBatch(
              files.slice(start, start + size),
              1 << 30,
              context,
              new StageTimer(),
              "v",
              new Map(),
              groupRecords,
              groupChars
            )
          )
        expect(JSON.stringify(batched)).toBe(single)
      }
    })
  }
})
