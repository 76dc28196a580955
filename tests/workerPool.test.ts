/**
 * The worker pool of a rebuild (`startGrowingWorkers`): batches go out while the files to clean
 * are still being found, more workers join when the last is known, and the results come back in
 * input order, the same as the pool started on the whole list (`startWorkers`).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import type { InputFile } from "../pipeline/Document.ts"
import type { EncodedFile } from "../pipeline/EncodedRows.ts"
import { pipelineVersion, StageTimer } from "../pipeline/Process.ts"
import {
  type FilesToClean,
  type OrderedResults,
  prestartWorker,
  startGrowingWorkers,
  startWorkers
} from "../pipeline/services/WorkerPool.ts"
import { seedsDir, temporaryDir } from "./support/pipeline.ts"

const settings = { maxBytes: 1 << 30, version: pipelineVersion() }

/**
 * 45 files (three batches, the last not full): the seeds, some of them changed, and an empty one;
 * dated a day back, so that both pools record their settled modification time (a file written in
 * the last seconds has none, and the second pool would see one the first did not).
 */
const inputFiles = (): Array<InputFile> => {
  const folder = temporaryDir("tinsach-pool-")
  const seeds = fs.readdirSync(seedsDir).sort()
  const dayAgo = new Date(Date.now() - 86_400_000)
  const files: Array<InputFile> = []
  for (let index = 0; index < 45; index++) {
    const name = `${String(index).padStart(2, "0")}-${seeds[index % seeds.length]!}`
    const text = fs.readFileSync(path.join(seedsDir, seeds[index % seeds.length]!), "utf8")
    fs.writeFileSync(
      path.join(folder, name),
      index === 7 ? "" : index % 3 === 0 ? `${text}\nThêm dòng ${index}.\n` : text
    )
    fs.utimesSync(path.join(folder, name), dayAgo, dayAgo)
    files.push({ sourcePath: name, absolutePath: path.join(folder, name), format: "txt" })
  }
  return files
}

const drain = async (results: OrderedResults): Promise<Array<EncodedFile>> => {
  const all: Array<EncodedFile> = []
  try {
    for (let result = await results.next(); result !== undefined; result = await results.next()) all.push(result)
  } finally {
    await results.close()
  }
  return all
}

/** A result as comparable text: its record, problems, ids and both tables' bytes. */
const shown = (file: EncodedFile): string =>
  JSON.stringify([
    file.input,
    file.problems,
    file.docIds,
    Buffer.from(file.documents).toString("base64"),
    Buffer.from(file.segments).toString("base64")
  ])

describe("the worker pool", () => {
  it("gives the same results, in input order, when its files are sent as they are found", async () => {
    const all = inputFiles()
    const list = (count: () => number): FilesToClean => ({
      get length() {
        return count()
      },
      file: (index) => all[index]!,
      cached: () => undefined
    })
    const whole = await drain(
      startWorkers(
        list(() => all.length),
        1,
        settings,
        new StageTimer()
      )
    )
    // found one at a time on a prestarted worker; a second worker joins when the last is known
    let found = 0
    const growing = startGrowingWorkers(
      list(() => found),
      settings,
      new StageTimer(),
      prestartWorker(settings, false)
    )
    while (found < all.length) {
      found++
      growing.grown()
    }
    await expect(growing.next()).rejects.toThrow(/not all known yet/u)
    growing.complete(2)
    const grown = await drain(growing)
    expect(grown.map(shown)).toEqual(whole.map(shown))
    expect(grown.map((file) => file.input.source_path)).toEqual(all.map((file) => file.sourcePath))
  }, 120_000)

  it("ends with nothing to clean", async () => {
    const growing = startGrowingWorkers(
      { length: 0, file: () => ({ sourcePath: "", absolutePath: "", format: "txt" }), cached: () => undefined },
      settings,
      new StageTimer(),
      prestartWorker(settings, false)
    )
    growing.complete(2)
    expect(await drain(growing)).toEqual([])
  }, 60_000)
})
