/**
 * A worker thread of `--workers N`: runs `processFile` on the batches of files
 * the main thread sends and posts the results back. Each worker holds its own
 * rule book and language detector; only the main thread writes.
 */
import { parentPort, workerData } from "node:worker_threads"
import { Either } from "effect"
import { Config } from "./Config.ts"
import type { InputFile } from "./Document.ts"
import { loadRules, processFile, StageTimer } from "./Process.ts"
import { makeEldDetector } from "./services/Eld.ts"

export interface WorkerTask {
  readonly files: ReadonlyArray<InputFile>
}

const { maxBytes, version, cached } = workerData as {
  readonly maxBytes: number
  readonly version: string
  readonly cached: ReadonlyArray<readonly [string, string]>
}
const cachedHashes = new Map(cached)
const context = { rules: Either.getOrThrow(loadRules()), detect: makeEldDetector(Config.language.detectable) }

parentPort?.on("message", (task: WorkerTask) => {
  const timer = new StageTimer()
  const results = task.files.map((file) => processFile(file, maxBytes, context, timer, version, cachedHashes))
  parentPort?.postMessage({ results, timings: [...timer.totals] })
})
