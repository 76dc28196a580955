/**
 * A worker thread of `--workers N`: cleans the batches of files the main thread
 * sends (`processBatch`: their records stage by stage in groups; a file cleaned
 * alone again after a worker died, `processFile`: record by record, the one being
 * cleaned named in `progress`) and posts the results back, their rows encoded as
 * bytes (`EncodedRows.ts`) and transferred, not cloned. Each worker holds its
 * own rule book and language detector; only the main thread writes.
 */
import { parentPort, workerData } from "node:worker_threads"
import { Either } from "effect"
import { Config } from "./Config.ts"
import type { InputFile } from "./Document.ts"
import { encodeBatch } from "./EncodedRows.ts"
import { type CachedFile, loadRules, processBatch, processFile, StageTimer } from "./Process.ts"
import { makeEldDetector, preloadEld } from "./services/Eld.ts"

export interface WorkerTask {
  readonly files: ReadonlyArray<InputFile>
  /**
   * A file cleaned alone again after a worker died on its batch: its records are cleaned one by
   * one, the one being cleaned named in `progress`; a batch's records are cleaned in groups.
   */
  readonly alone: boolean
  /** For a file cleaned alone again: records (by index) that killed a worker, with why. */
  readonly excluded?: ReadonlyArray<readonly [number, string]>
  /** The cache's entries of these files (to reuse the rows of one whose hash is recorded). */
  readonly cached?: ReadonlyArray<readonly [string, CachedFile]>
}

const { maxBytes, version, progress, preload } = workerData as {
  readonly maxBytes: number
  readonly version: string
  /** The index of the record being cleaned (-1 outside records), read by the pool when this worker dies. */
  readonly progress: Int32Array
  /** Started ahead of its files (`prestartWorker`): load eld's tables now, while it waits. */
  readonly preload?: boolean
}
const context = { rules: Either.getOrThrow(loadRules()), detect: makeEldDetector(Config.language.detectable) }
// The outlets' index is built when first read (`RuleBook.ts`): here, at the start, as the rest of the book,
// while the main thread lists the inputs, rather than in the first file's time.
void context.rules.outlets
if (preload === true) preloadEld()

parentPort?.on("message", (task: WorkerTask) => {
  const timer = new StageTimer()
  const cachedHashes = new Map<string, CachedFile>(task.cached ?? [])
  Atomics.store(progress, 0, -1)
  // a batch's death makes the pool clean its files alone again: only then is the record named
  const results = task.alone
    ? task.files.map((file) =>
        processFile(file, maxBytes, context, timer, version, cachedHashes, {
          excluded: new Map(task.excluded ?? []),
          progress
        })
      )
    : processBatch(task.files, maxBytes, context, timer, version, cachedHashes)
  Atomics.store(progress, 0, -1)
  const batch = timer.time("encode_rows", () => encodeBatch(results))
  parentPort?.postMessage({ batch, timings: [...timer.totals] }, [
    batch.documents.buffer as ArrayBuffer,
    batch.segments.buffer as ArrayBuffer
  ])
})
