/**
 * Spreads files over worker threads and hands their results back in input
 * order, so that the output is the same whatever the number of workers.
 * Files go out in batches (a message per file would cost more than small files
 * take to clean); at most `window` batches are ahead of the consumer, so memory
 * stays flat however large the input is.
 */
import { Worker } from "node:worker_threads"
import type { InputFile } from "../Document.ts"
import type { FileResult, StageTimer } from "../Process.ts"
import type { WorkerTask } from "../worker.ts"

export interface OrderedResults {
  /** The next file's result, in input order; undefined after the last. */
  readonly next: () => Promise<FileResult | undefined>
  readonly close: () => Promise<void>
}

interface Reply {
  readonly batch: number
  readonly results: ReadonlyArray<FileResult>
  readonly timings: ReadonlyArray<readonly [string, number]>
}

const BATCH_FILES = 16

export const startWorkers = (
  files: ReadonlyArray<InputFile>,
  count: number,
  settings: {
    readonly maxBytes: number
    readonly version: string
    readonly cached: ReadonlyArray<readonly [string, string]>
  },
  timer: StageTimer
): OrderedResults => {
  const batches: Array<ReadonlyArray<InputFile>> = []
  for (let start = 0; start < files.length; start += BATCH_FILES) batches.push(files.slice(start, start + BATCH_FILES))
  const window = count * 4
  const done = new Map<number, ReadonlyArray<FileResult>>()
  const idle: Array<Worker> = []
  let failure: Error | undefined
  let sent = 0
  let consumed = 0
  let wake: (() => void) | undefined

  const dispatch = (): void => {
    while (idle.length > 0 && sent < batches.length && sent < consumed + window) {
      const task: WorkerTask = { batch: sent, files: batches[sent]! }
      idle.pop()!.postMessage(task)
      sent++
    }
  }
  const workers = Array.from({ length: Math.min(count, Math.max(1, batches.length)) }, () => {
    const worker = new Worker(new URL("../worker.mjs", import.meta.url), {
      workerData: settings,
      // a worker's heap holds eld's tables (about 150 MB) and a batch of documents
      resourceLimits: { maxOldGenerationSizeMb: 384 }
    })
    worker.on("message", (reply: Reply) => {
      done.set(reply.batch, reply.results)
      for (const [stage, ms] of reply.timings) timer.add(stage, ms)
      idle.push(worker)
      dispatch()
      wake?.()
    })
    worker.on("error", (error) => {
      failure = error
      wake?.()
    })
    worker.on("exit", (code) => {
      if (code !== 0 && failure === undefined) failure = new Error(`a worker thread exited with code ${code}`)
      wake?.()
    })
    idle.push(worker)
    return worker
  })
  dispatch()

  let current: ReadonlyArray<FileResult> = []
  let position = 0
  const next = async (): Promise<FileResult | undefined> => {
    while (position >= current.length) {
      if (consumed >= batches.length) return undefined
      while (!done.has(consumed)) {
        if (failure !== undefined) throw failure
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
      current = done.get(consumed)!
      done.delete(consumed)
      consumed++
      position = 0
      dispatch()
    }
    return current[position++]
  }
  const close = async (): Promise<void> => {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return { next, close }
}
