/**
 * Spreads files over worker threads and hands their results back in input
 * order, so that the output is the same whatever the number of workers. A
 * reply carries its rows as encoded bytes in transferred buffers
 * (`EncodedRows.ts`): no row object crosses between threads.
 * Files go out in batches (a message per file would cost more than small files
 * take to clean); at most `window` batches are ahead of the consumer, so memory
 * stays flat however large the input is.
 *
 * A worker that dies (an input too large for its heap) does not end the run:
 * a new worker takes its place, the files of its batch are cleaned again one
 * by one, and the file that kills a worker on its own becomes a `too_large`
 * reject. A CSV or JSONL file is isolated record by record: the worker writes
 * the index of the record it is cleaning to shared memory, so when it dies the
 * pool knows that record, and the file is cleaned again without it (the record
 * becomes the `too_large` reject, its other records load).
 */
import { Worker } from "node:worker_threads"
import type { InputFile } from "../Document.ts"
import { type EncodedBatch, type EncodedFile, encodeFile, filesOf } from "../EncodedRows.ts"
import type { CachedFile, StageTimer } from "../Process.ts"
import type { WorkerTask } from "../worker.ts"
import { traceStep } from "./TraceSteps.ts"
import { workerEntry } from "./WorkerEntry.ts"

export interface OrderedResults {
  /** The next file's result, in input order; undefined after the last. */
  readonly next: () => Promise<EncodedFile | undefined>
  /**
   * What `next` would resolve to when that is known without waiting (a batch already in), else `null`: the
   * main thread takes the files of a batch in hand one after the other without a promise and a fiber's
   * suspension each (the same results, in the same order).
   */
  readonly nextReady: () => EncodedFile | undefined | null
  readonly close: () => Promise<void>
}

interface Reply {
  readonly batch: EncodedBatch
  readonly timings: ReadonlyArray<readonly [string, number]>
}

const BATCH_FILES = 16
/** A worker's heap: eld's tables (about 150 MB) and a batch of documents. */
const WORKER_HEAP_MB = 384

/** A batch cleaned again file by file after its worker died. */
interface Isolation {
  readonly batch: number
  readonly files: ReadonlyArray<InputFile>
  readonly results: Array<EncodedFile | undefined>
  /** Per file: the records that killed a worker when the file was cleaned alone, with why. */
  readonly excluded: Array<Array<readonly [number, string]>>
  queued: Array<number>
}

type Task =
  | { readonly kind: "batch"; readonly batch: number }
  | { readonly kind: "single"; readonly isolation: Isolation; readonly index: number }

const crashed = (file: InputFile, reason: string): EncodedFile =>
  encodeFile({
    reused: false,
    problems: [
      {
        sourcePath: file.sourcePath,
        reason: "too_large",
        detail: `Cleaning this file stopped its worker (${reason}); split it, or give it a run of its own.`
      }
    ],
    documents: [],
    input: { source_path: file.sourcePath, sha256: null, bytes: null, documents: 0, rejects: ["too_large"] }
  })

interface WorkerSettings {
  readonly maxBytes: number
  readonly version: string
}

/** A worker thread started before its files are known, with what it did before the pool took it. */
export interface PrestartedWorker {
  readonly worker: Worker
  readonly progress: Int32Array
  readonly settings: WorkerSettings
  /** Its error message and whether it exited, until the pool takes it. */
  readonly state: { lastError: string; exited: boolean; taken: boolean }
}

const newWorker = (settings: WorkerSettings, preload: boolean): { worker: Worker; progress: Int32Array } => {
  const progress = new Int32Array(new SharedArrayBuffer(4)).fill(-1)
  const worker = new Worker(workerEntry, {
    workerData: { ...settings, progress, ...(preload ? { preload } : {}) },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }
  })
  return { worker, progress }
}

/**
 * Starts a worker before the files it will clean are known: its start (the bundle, the rule book,
 * and with `preload` eld's tables: about a second of CPU) then runs while the main thread lists
 * the inputs and reads the previous run's cache and the inputs' sizes and times. `startWorkers`
 * takes it as its first worker; `stopPrestarted` ends it when nothing is left to clean.
 */
export const prestartWorker = (settings: WorkerSettings, preload: boolean): PrestartedWorker => {
  const { worker, progress } = newWorker(settings, preload)
  const state = { lastError: "it exited", exited: false, taken: false }
  worker.on("error", (error) => {
    if (!state.taken) state.lastError = error.message
  })
  worker.on("exit", () => {
    state.exited = true
  })
  return { worker, progress, settings, state }
}

/** Ends a prestarted worker the pool did not take. */
export const stopPrestarted = async (prestarted: PrestartedWorker | null): Promise<void> => {
  if (prestarted === null || prestarted.state.taken || prestarted.state.exited) return
  prestarted.state.taken = true
  await prestarted.worker.terminate()
}

/**
 * The files to clean, made when a batch is sent (a crawl has hundreds of thousands: no object is
 * kept per file), with the cache's entry of each (sent with its batch, to reuse one whose hash is
 * recorded).
 */
export interface FilesToClean {
  readonly length: number
  readonly file: (index: number) => InputFile
  readonly cached: (index: number) => CachedFile | undefined
}

/**
 * Results whose files are still being found: `startGrowingWorkers`' pool. `grown` after files were
 * added (full batches go out at once), `complete` when the last is (its workers then, at most
 * `count`); `next` only after `complete`.
 */
export interface GrowingResults extends OrderedResults {
  readonly grown: () => void
  readonly complete: (count: number) => void
}

export const startWorkers = (
  files: FilesToClean,
  count: number,
  settings: WorkerSettings,
  timer: StageTimer,
  prestarted: PrestartedWorker | null = null
): OrderedResults => pool(files, count, settings, timer, prestarted, true)

/**
 * A pool started on the prestarted worker alone while the files to clean are still being found (a
 * rebuild's stat of every input): each full batch goes out as soon as its files are known, so the
 * worker cleans while this thread goes on; `complete` adds the other workers. `files.length` grows.
 */
export const startGrowingWorkers = (
  files: FilesToClean,
  settings: WorkerSettings,
  timer: StageTimer,
  prestarted: PrestartedWorker | null
): GrowingResults => pool(files, 1, settings, timer, prestarted, false)

const pool = (
  files: FilesToClean,
  initialCount: number,
  settings: WorkerSettings,
  timer: StageTimer,
  prestarted: PrestartedWorker | null,
  initiallyComplete: boolean
): GrowingResults => {
  let complete: boolean = initiallyComplete
  let count = initialCount
  /** The batches that can be sent: the full ones until the files are complete. */
  let batchCount = complete ? Math.ceil(files.length / BATCH_FILES) : Math.floor(files.length / BATCH_FILES)
  /** A batch's files (made again should its worker die: the same files). */
  const batchFiles = (batch: number): ReadonlyArray<InputFile> => {
    const end = Math.min(files.length, (batch + 1) * BATCH_FILES)
    const made: Array<InputFile> = []
    for (let index = batch * BATCH_FILES; index < end; index++) made.push(files.file(index))
    return made
  }
  let window = count * 4
  const done = new Map<number, ReadonlyArray<EncodedFile>>()
  const idle: Array<Worker> = []
  const running = new Map<Worker, Task>()
  const isolations: Array<Isolation> = []
  const workers = new Set<Worker>()
  let closing = false
  let sent = 0
  let consumed = 0
  let wake: (() => void) | undefined
  /** Workers that died with no file in hand: a broken installation, not an input. */
  let idleDeaths = 0
  let failure: Error | undefined

  // A worker has one task at a time: `running` says which its reply, or its death, is about.
  /** `taskFiles` are the files from `first` on. */
  const post = (worker: Worker, task: Task, taskFiles: ReadonlyArray<InputFile>, first: number) => {
    running.set(worker, task)
    if (task.kind === "batch" && task.batch === 0) traceStep("the first batch sent to a worker")
    const excluded = task.kind === "single" ? task.isolation.excluded[task.index] : undefined
    const cached: Array<readonly [string, CachedFile]> = []
    for (const [index, file] of taskFiles.entries()) {
      const entry = files.cached(first + index)
      if (entry !== undefined) cached.push([file.sourcePath, entry])
    }
    worker.postMessage({
      files: taskFiles,
      alone: task.kind === "single",
      ...(excluded === undefined ? {} : { excluded }),
      ...(cached.length === 0 ? {} : { cached })
    } satisfies WorkerTask)
  }

  const dispatch = (): void => {
    while (idle.length > 0) {
      const isolation = isolations.find((candidate) => candidate.queued.length > 0)
      if (isolation !== undefined) {
        const index = isolation.queued.shift()!
        post(
          idle.pop()!,
          { kind: "single", isolation, index },
          [isolation.files[index]!],
          isolation.batch * BATCH_FILES + index
        )
      } else if (sent < batchCount && sent < consumed + window) {
        post(idle.pop()!, { kind: "batch", batch: sent }, batchFiles(sent), sent * BATCH_FILES)
        sent++
      } else {
        return
      }
    }
  }

  const settleIsolation = (isolation: Isolation) => {
    if (isolation.results.every((result) => result !== undefined)) {
      done.set(isolation.batch, isolation.results as ReadonlyArray<EncodedFile>)
      isolations.splice(isolations.indexOf(isolation), 1)
    }
  }

  const spawn = (adopted: PrestartedWorker | null = null): void => {
    const { worker, progress } = adopted ?? newWorker({ maxBytes: settings.maxBytes, version: settings.version }, false)
    if (adopted !== null) adopted.state.taken = true
    workers.add(worker)
    let lastError = adopted?.state.lastError ?? "it exited"
    worker.on("message", (reply: Reply) => {
      const task = running.get(worker)!
      running.delete(worker)
      const results = filesOf(reply.batch)
      if (task.kind === "batch") done.set(task.batch, results)
      else {
        task.isolation.results[task.index] = results[0]
        settleIsolation(task.isolation)
      }
      for (const [stage, ms] of reply.timings) timer.add(stage, ms)
      idle.push(worker)
      dispatch()
      wake?.()
    })
    worker.on("error", (error) => {
      lastError = error.message
    })
    worker.on("exit", () => {
      workers.delete(worker)
      const index = idle.indexOf(worker)
      if (index >= 0) idle.splice(index, 1)
      if (closing) return
      const task = running.get(worker)
      running.delete(worker)
      if (task?.kind === "batch") {
        const isolated = batchFiles(task.batch)
        isolations.push({
          batch: task.batch,
          files: isolated,
          results: isolated.map(() => undefined),
          excluded: isolated.map(() => []),
          queued: isolated.map((_, i) => i)
        })
      } else if (task?.kind === "single") {
        const file = task.isolation.files[task.index]!
        const record = Atomics.load(progress, 0)
        if (record >= 0 && (file.format === "csv" || file.format === "jsonl")) {
          task.isolation.excluded[task.index]!.push([record, lastError])
          task.isolation.queued.push(task.index)
        } else {
          task.isolation.results[task.index] = crashed(file, lastError)
          settleIsolation(task.isolation)
        }
      } else if (++idleDeaths >= 3) {
        failure = new Error(`worker threads cannot start (${lastError})`)
        wake?.()
        return
      }
      spawn()
      dispatch()
      wake?.()
    })
    idle.push(worker)
  }
  // a prestarted worker of other settings, or one that exited already, is not taken
  const usable =
    prestarted !== null &&
    !prestarted.state.taken &&
    !prestarted.state.exited &&
    prestarted.settings.maxBytes === settings.maxBytes &&
    prestarted.settings.version === settings.version
  for (let i = 0; i < Math.min(count, Math.max(1, batchCount)); i++) spawn(i === 0 && usable ? prestarted : null)
  dispatch()
  const grown = (): void => {
    if (complete) return
    batchCount = Math.floor(files.length / BATCH_FILES)
    dispatch()
  }
  const completed = (wanted: number): void => {
    if (complete) return
    complete = true
    batchCount = Math.ceil(files.length / BATCH_FILES)
    count = Math.max(1, wanted)
    window = count * 4
    for (let i = workers.size; i < Math.min(count, batchCount); i++) spawn()
    dispatch()
  }

  let current: ReadonlyArray<EncodedFile> = []
  let position = 0
  const next = async (): Promise<EncodedFile | undefined> => {
    while (position >= current.length) {
      if (!complete) throw new Error("the files to clean are not all known yet")
      if (consumed >= batchCount) return undefined
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
  const nextReady = (): EncodedFile | undefined | null => {
    if (position < current.length) return current[position++]
    if (consumed >= batchCount) return undefined
    if (!done.has(consumed)) return null
    current = done.get(consumed)!
    done.delete(consumed)
    consumed++
    position = 0
    dispatch()
    return current.length > 0 ? current[position++] : null
  }
  const close = async (): Promise<void> => {
    closing = true
    await Promise.all([...workers].map((worker) => worker.terminate()))
  }
  return { next, nextReady, close, grown, complete: completed }
}
