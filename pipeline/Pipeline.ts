/**
 * The run: list the inputs, clean each file (`Process.ts`, in this thread or
 * in worker threads), append its rows in input order through DuckDB, export
 * the tables into a temporary folder and swap it into place. Files stream
 * through a bounded window, so memory does not grow with the number of
 * documents, and the output is the same whatever the number of workers.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { Data, Effect, type Scope } from "effect"
import { SCHEMA_VERSION } from "../schemas/DocumentRow.ts"
import type { RejectRow } from "../schemas/RejectRow.ts"
import { tableNames } from "../schemas/Tables.ts"
import { CachedInputs } from "./CachedInputs.ts"
import { Config } from "./Config.ts"
import type { InputProblem } from "./Document.ts"
import { type EncodedFile, encodeFile, withDocIds } from "./EncodedRows.ts"
import {
  codeVersion,
  type FileResult,
  loadRules,
  pipelineVersion,
  processFile,
  reusedInput,
  ruleTablesVersion,
  type StageContext,
  StageTimer,
  sameStat
} from "./Process.ts"
import { makeProgress } from "./Progress.ts"
import type { RuleBook, RuleBookError } from "./rules/RuleBook.ts"
import { partName, type Shard, shardOf } from "./Shards.ts"
import { databaseFolder, moveDatabaseFile } from "./services/DatabaseFolder.ts"
import {
  type OutputFormat,
  openTableSink,
  removeStagingFile,
  type TableCounts,
  type WriteError
} from "./services/DuckDb.ts"
import { LanguageDetector } from "./services/LanguageDetector.ts"
import { commitOutputFolder, commitShardFiles, OutputError, openOutputFolder } from "./services/OutputFolder.ts"
import { lockOutput } from "./services/OutputLock.ts"
import { outputRefusal } from "./services/OutputPlace.ts"
import { cacheRowsFile, holdPreviousCache, keptRowsOf, moveCacheAside, releaseHeld } from "./services/PreviousCache.ts"
import { traceStep } from "./services/TraceSteps.ts"
import {
  type FilesToClean,
  type OrderedResults,
  type PrestartedWorker,
  prestartWorker,
  startGrowingWorkers,
  startWorkers,
  stopPrestarted
} from "./services/WorkerPool.ts"
import { InputList, inputExtensions, listInputFiles, rootLabels } from "./stages/ReadInput.ts"

export { loadRules, pipelineVersion, processDocument, type StageContext, StageTimer } from "./Process.ts"

export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

/**
 * The cache in the output folder: this index (a small DuckDB database: the
 * inputs, their hashes, sizes, times and where their rows are) and the rows of
 * each table as the run staged them (`.cache.<table>.jsonl`, in output order).
 */
export const CACHE_FILE = ".cache.duckdb"
/** The run's staging database (the tables loaded for the export), removed at the end. */
const STAGING_FILE = ".staging.duckdb"

export class WorkerError extends Data.TaggedError("WorkerError")<{ readonly message: string }> {}

export interface RunOptions {
  readonly inputs: ReadonlyArray<string>
  readonly output: string
  readonly formats: ReadonlyArray<OutputFormat>
  readonly maxBytes: number
  readonly quiet: boolean
  /**
   * Worker threads that clean documents. 0 cleans in the calling thread (for
   * tests and embedding): then an input too large for the heap ends the
   * process, where a worker's death only rejects that input.
   */
  readonly workers: number
  /** Clean only this shard's inputs and write part files (see `Shards.ts`). */
  readonly shard?: Shard | null
  /** Reuse the rows of unchanged inputs from the previous run's cache (default true; never for a shard). */
  readonly cache?: boolean
  /** Follow symlinks whose target lies outside their `--input` root (default false: listed as skipped). */
  readonly followSymlinks?: boolean
  /** Write into a non-empty folder that is not a previous output (its files are kept). */
  readonly force?: boolean
  /** Write empty tables when the inputs list no file at all (by default that is an error). */
  readonly allowEmpty?: boolean
}

export interface RunSummary extends TableCounts {
  /** Inputs whose rows came from the previous run's cache. */
  readonly reused: number
  readonly seconds: number
  readonly output: string
}

/**
 * With `TINSACH_TRACE_MEMORY=1`, one line on stderr after each phase of the
 * run: the resident set now and its peak so far (worker threads included),
 * and the main thread's heap. The peak only grows, so the phase whose line
 * first shows it is the phase that set it.
 */
let tracedAt = performance.now()
let tracedCpu = process.cpuUsage()
const traceMemory = (phase: string): void => {
  traceStep(phase)
  if (process.env.TINSACH_TRACE_MEMORY !== "1") return
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20)
  const usage = process.memoryUsage()
  const now = performance.now()
  const cpu = process.cpuUsage(tracedCpu)
  process.stderr.write(
    `tinsach: memory after ${phase} (${((now - tracedAt) / 1000).toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU): rss ${mb(usage.rss)} MB, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB, heap used ${mb(usage.heapUsed)} MB, external ${mb(usage.external)} MB\n`
  )
  tracedAt = now
  tracedCpu = process.cpuUsage()
}

const listAll = (
  inputs: ReadonlyArray<string>,
  followSymlinks: boolean
): Effect.Effect<
  { files: InputList; problems: Array<InputProblem>; skipped: Array<string>; skippedSymlinks: Array<string> },
  UsageError
> =>
  Effect.try({
    try: () => {
      let files = InputList.empty
      const problems: Array<InputProblem> = []
      const skipped: Array<string> = []
      const skippedSymlinks: Array<string> = []
      const labels = rootLabels(inputs)
      inputs.forEach((root, index) => {
        const listing = listInputFiles(root, { followSymlinks, label: labels[index] ?? null })
        files = files.concat(listing.files)
        // a loop, not push(...): a spread of 400k files overflows the call stack
        for (const problem of listing.problems) problems.push(problem)
        for (const name of listing.skipped) skipped.push(name)
        for (const name of listing.skippedSymlinks) skippedSymlinks.push(name)
      })
      return { files, problems, skipped, skippedSymlinks }
    },
    catch: (error) =>
      new UsageError({ message: `cannot read the inputs: ${error instanceof Error ? error.message : String(error)}` })
  })

/**
 * The output folder is checked (`OutputPlace.ts`) and locked (`OutputLock.ts`)
 * before any work: a refusal touches nothing.
 */
const claimOutput = (options: RunOptions, shard: Shard | null): Effect.Effect<void, OutputError, Scope.Scope> =>
  Effect.try({
    try: () => outputRefusal(options.output, options.inputs, options.force === true),
    catch: (error) =>
      new OutputError({
        reason: "not-writable",
        message: `cannot write the output folder ${options.output}: ${error instanceof Error ? error.message : String(error)}`
      })
  }).pipe(
    Effect.flatMap((refusal) =>
      refusal === null ? lockOutput(options.output, shard === null ? null : partName(shard)) : Effect.fail(refusal)
    )
  )

/** An input that lists nothing is more often a mount not up than an empty crawl: the previous output stays. */
const checkNotEmpty = (
  listed: { readonly files: { readonly length: number }; readonly problems: ReadonlyArray<unknown> },
  options: RunOptions
): Effect.Effect<void, UsageError> =>
  listed.files.length + listed.problems.length > 0 || options.allowEmpty === true
    ? Effect.void
    : Effect.fail(
        new UsageError({
          message: `no input file in ${options.inputs.join(", ")}: the previous output is left as it was; use --allow-empty to write empty tables`
        })
      )

const checkInputs = (inputs: ReadonlyArray<string>): Effect.Effect<void, UsageError> => {
  const missing = inputs.find((input) => !fs.existsSync(input))
  return missing === undefined
    ? Effect.void
    : Effect.fail(new UsageError({ message: `input path not found: ${missing}` }))
}

/**
 * Input bytes to clean per worker started. A worker costs about 1.2 s of CPU before its first
 * file (eld's tables, the rule book, the JIT's warm-up: a rebuild of the 50 MB corpus cleaning
 * 213 files took 4.3 s of CPU in that phase with two workers, 3.1 s with one), and cleans 2 KB
 * files at about 2.5 ms each: a second worker saves more than it costs from about 1,000 such
 * files on. Only a rebuild (a cache read) counts: a run without one starts them all.
 */
const BYTES_PER_WORKER = 2_000_000

/** The workers for these files: one per BYTES_PER_WORKER of them, at most `--workers`. */
const workersFor = (files: FilesToClean, workers: number): number => {
  if (workers <= 1 || files.length === 0) return Math.min(workers, files.length)
  let bytes = 0
  for (let index = 0; index < files.length; index++) {
    try {
      const where = files.file(index).absolutePath
      bytes += fs.statSync(typeof where === "string" ? where : Buffer.from(where)).size
    } catch {
      // the read says why
    }
    if (bytes >= workers * BYTES_PER_WORKER) return workers
  }
  return Math.max(1, Math.min(workers, Math.ceil(bytes / BYTES_PER_WORKER)))
}

/**
 * The files' results in input order: cleaned by worker threads, or here with `workers: 0` (a
 * rebuild's workers are started by `startGrowingWorkers` instead).
 */
const orderedResults = (
  files: FilesToClean,
  options: RunOptions,
  version: string,
  timer: StageTimer,
  prestarted: PrestartedWorker | null,
  rules: RuleBook
): Effect.Effect<OrderedResults, never, LanguageDetector | Scope.Scope> =>
  files.length === 0
    ? Effect.promise(() => stopPrestarted(prestarted)).pipe(
        Effect.as({ next: async () => undefined, nextReady: () => undefined, close: async () => {} })
      )
    : options.workers >= 1
      ? Effect.acquireRelease(
          Effect.sync(() =>
            startWorkers(
              files,
              options.workers,
              // a worker is sent, with each batch, the cache's entries of its files (to reuse one whose hash is recorded)
              { maxBytes: options.maxBytes, version },
              timer,
              prestarted
            )
          ),
          (pool) => Effect.promise(() => pool.close())
        )
      : Effect.gen(function* () {
          const context: StageContext = { rules, detect: yield* (yield* LanguageDetector).load }
          let index = 0
          return {
            next: async () => {
              if (index >= files.length) return undefined
              const file = files.file(index)
              const cached = files.cached(index++)
              const lookup = { get: (sourcePath: string) => (sourcePath === file.sourcePath ? cached : undefined) }
              return encodeFile(processFile(file, options.maxBytes, context, timer, version, lookup))
            },
            nextReady: () => null,
            close: async () => {}
          }
        })

type RunError = UsageError | RuleBookError | WriteError | OutputError | WorkerError

/**
 * A run. Should the previous run's kept rows turn out, as they are copied, not to be what its
 * index recorded (a CRC-32 checked before the export: nothing has been written yet), the run's
 * scope is closed (its temporary folder removed), the cache moved aside with a warning, and the
 * run done again without it.
 */
export const runPipeline = (options: RunOptions): Effect.Effect<RunSummary, RunError, LanguageDetector> =>
  runOnce(options).pipe(
    Effect.catchIf(
      (error): error is WriteError => error._tag === "WriteError" && error.reason === "cache",
      (error) =>
        Effect.suspend(() => {
          moveCacheAside(path.join(options.output, CACHE_FILE), options.output, error.message)
          return runOnce(options)
        })
    )
  )

const runOnce = (options: RunOptions): Effect.Effect<RunSummary, RunError, LanguageDetector> =>
  Effect.scoped(
    Effect.gen(function* () {
      const started = performance.now()
      yield* checkInputs(options.inputs)
      const shard = options.shard ?? null
      yield* claimOutput(options, shard)
      const version = pipelineVersion()
      // One worker starts now: its start runs while this thread lists the inputs and reads the
      // previous run's cache; it is ended as soon as nothing is left to clean. It loads eld's
      // tables at once only before a cache is read (a rebuild: the index takes this thread longer
      // than the tables take it); otherwise they load when a line first needs them, as in any worker.
      const rebuild = options.cache !== false && shard === null && fs.existsSync(path.join(options.output, CACHE_FILE))
      const prestarted =
        options.workers >= 1
          ? yield* Effect.acquireRelease(
              Effect.sync(() => prestartWorker({ maxBytes: options.maxBytes, version }, rebuild)),
              (worker) => Effect.promise(() => stopPrestarted(worker))
            )
          : null
      // the rule book's version from its tables alone (`loadRules` builds the book later, below)
      const rulesVersion = ruleTablesVersion()
      traceMemory("the start")
      const listed = yield* listAll(options.inputs, options.followSymlinks === true)
      traceMemory("listing the inputs")
      yield* checkNotEmpty(listed, options)
      const inShard = (sourcePath: string) => shard === null || shardOf(sourcePath, shard.count) === shard.index
      const files = listed.files.filter(inShard)
      const problems = listed.problems.filter((problem) => inShard(problem.sourcePath))
      const skipped = listed.skipped.filter(inShard)
      const skippedSymlinks = listed.skippedSymlinks.filter(inShard)
      if (skippedSymlinks.length > 0 && !options.quiet) {
        process.stderr.write(
          `tinsach: skipped ${skippedSymlinks.length} symlinks that leave their input folder (${skippedSymlinks.slice(0, 3).join(", ")}${skippedSymlinks.length > 3 ? ", ..." : ""}); --follow-symlinks reads them; they are listed in the manifest\n`
        )
      }
      if (skipped.length > 0 && !options.quiet) {
        const shown = skipped.slice(0, 3).join(", ")
        process.stderr.write(
          `tinsach: skipped ${skipped.length} files that are not ${inputExtensions.slice(0, -1).join(", ")} or ${inputExtensions.at(-1)} (${shown}${skipped.length > 3 ? ", ..." : ""}); they are listed in the manifest\n`
        )
      }
      const temporary = yield* openOutputFolder(options.output)
      // The cache of the next run is this run's staging database, kept in the
      // output folder: it is swapped into place with the tables it produced.
      const useCache = options.cache !== false && shard === null
      const versions = {
        pipeline_version: version,
        schema_version: String(SCHEMA_VERSION),
        rules_version: rulesVersion,
        code_version: codeVersion(),
        cache_format: "5"
      }
      const databases = yield* databaseFolder(temporary)
      const previous = useCache
        ? yield* Effect.tryPromise({
            try: () => holdPreviousCache(path.join(options.output, CACHE_FILE), options.output, databases, versions),
            catch: (error) =>
              new OutputError({
                reason: "not-writable",
                message: `cannot use the cache in ${options.output}: ${error instanceof Error ? error.message : String(error)}; run with --no-cache`
              })
          })
        : { hashes: new CachedInputs(), held: null }
      const cachedHashes = previous.hashes
      traceMemory("reading the cache's index")
      const stagingFile = path.join(databases, STAGING_FILE)
      const indexFile = path.join(databases, CACHE_FILE)
      const sink = yield* openTableSink(
        stagingFile,
        useCache
          ? {
              staged: (table) => cacheRowsFile(indexFile, table),
              previous: keptRowsOf(previous.held),
              previousCsv: options.formats.includes("csv") ? (previous.held?.csv ?? {}) : {}
            }
          : null
      )
      const timer = new StageTimer()
      const progress = makeProgress(files.length, options.quiet)
      // Only inputs under two roots can share a relative path and bytes, hence an id.
      const usedIds = options.inputs.length > 1 ? new Set<string>() : null
      let bytesRead = 0
      let reused = 0
      let firstCleaned = true

      const reject = (problem: InputProblem) =>
        Effect.gen(function* () {
          const row: RejectRow = { source_path: problem.sourcePath, reason: problem.reason, detail: problem.detail }
          yield* sink.append("rejects", [row])
          if (!options.quiet)
            process.stderr.write(`tinsach: rejected ${problem.sourcePath}: ${problem.reason}: ${problem.detail}\n`)
        })

      for (const problem of problems) {
        yield* reject(problem)
        yield* sink.recordInput(
          { source_path: problem.sourcePath, sha256: null, bytes: null, documents: 0, rejects: [problem.reason] },
          null
        )
      }
      // Inputs unchanged by size and time are settled here, without a worker: only the others are
      // sent. Per input only numbers are kept: its row in the cache's index (-1: none) and whether
      // it is settled (its result is then made from its row when its turn comes).
      const cachedRow = new Int32Array(files.length)
      const settledByStat = new Uint8Array(files.length)
      /** The inputs to clean (their numbers in `files`), the first `cleanCount` of them found so far. */
      const toClean = new Int32Array(files.length)
      let cleanCount = 0
      const filesToClean: FilesToClean = {
        get length() {
          return cleanCount
        },
        file: (at) => files.file(toClean[at]!),
        cached: (at) => {
          const row = cachedRow[toClean[at]!]!
          return row < 0 ? undefined : cachedHashes.file(row)
        }
      }
      // A rebuild's prestarted worker is sent each batch of changed inputs as soon as the stat below
      // has found it, instead of after the stat of every input: it cleans while this thread goes on.
      const growing =
        options.workers >= 1 && cachedHashes.size > 0
          ? yield* Effect.acquireRelease(
              Effect.sync(() =>
                startGrowingWorkers(filesToClean, { maxBytes: options.maxBytes, version }, timer, prestarted)
              ),
              (pool) => Effect.promise(() => pool.close())
            )
          : null
      timer.time("read", () => {
        for (let index = 0; index < files.length; index++) {
          const row = cachedHashes.size === 0 ? -1 : cachedHashes.rowOf(files.sourcePath(index))
          cachedRow[index] = row
          if (row >= 0 && sameStat(files.file(index), cachedHashes.bytes(row), cachedHashes.mtime(row)))
            settledByStat[index] = 1
          else {
            toClean[cleanCount++] = index
            growing?.grown()
          }
        }
      })
      traceMemory("the stat of every input")
      if (growing !== null) {
        // the other workers, when the changed inputs are many (`workersFor`); none left when nothing changed
        growing.complete(workersFor(filesToClean, options.workers))
        if (cleanCount === 0) yield* Effect.promise(() => growing.close())
      }
      // The rule book, built here rather than at the start: while the workers clean their first files
      // this thread would wait, and its tables are checked before any row is written. This thread
      // cleans with it only with `workers: 0`; otherwise it is built for its checks (a table the
      // book refuses fails the run here, as the workers would).
      const rules = yield* loadRules()
      const results: OrderedResults =
        growing ?? (yield* orderedResults(filesToClean, options, version, timer, prestarted, rules))
      for (let index = 0; index < files.length; index++) {
        // a file settled here is not encoded: its rows are copied, not written (its size and
        // time are those recorded, so its result is the cache's entry)
        const row = cachedRow[index]!
        const previous = settledByStat[index] === 1 ? cachedHashes.file(row) : null
        // a cleaned file's result taken without waiting when its batch is in (`nextReady`), else awaited
        const ready = previous !== null ? null : results.nextReady()
        const result: FileResult | EncodedFile | undefined =
          previous !== null
            ? reusedInput(files.sourcePath(index), previous, previous.bytes, previous.mtime)
            : ready !== null
              ? ready
              : yield* Effect.tryPromise({
                  try: () => results.next(),
                  catch: (error) =>
                    new WorkerError({
                      message: `a worker failed: ${error instanceof Error ? error.message : String(error)}`
                    })
                })
        if (result === undefined) break
        if (!result.reused && firstCleaned) {
          firstCleaned = false
          traceStep("the first cleaned file's rows")
        }
        bytesRead += result.input.bytes ?? 0
        progress.tick(index + 1, bytesRead)
        const appendStarted = performance.now()
        if (result.reused) {
          // its rows are copied from the previous run's kept rows, in their place
          reused++
          yield* sink.recordInput(result.input, row < 0 ? null : cachedHashes.places(row))
          timer.add("reuse", performance.now() - appendStarted)
          continue
        }
        // (a file settled by its size and time is always reused: this one came from a worker)
        const cleaned = result as EncodedFile
        for (const problem of cleaned.problems) yield* reject(problem)
        yield* sink.appendEncoded(usedIds === null ? cleaned : uniqueIds(cleaned, usedIds))
        yield* sink.recordInput(result.input, null)
        timer.add("write", performance.now() - appendStarted)
      }
      progress.done()
      traceMemory("cleaning")
      // the workers' memory is not needed while DuckDB loads and exports
      yield* Effect.promise(() => results.close())
      const loadStarted = performance.now()
      const leftOut = yield* sink.load()
      if (!options.quiet) for (const line of leftOut) process.stderr.write(`${line}\n`)
      timer.add("load", performance.now() - loadStarted)

      traceMemory("loading")
      const exportStarted = performance.now()
      const refused = yield* sink.export(temporary, options.formats)
      releaseHeld(previous.held)
      if (!options.quiet) for (const line of refused) process.stderr.write(`${line}\n`)
      const counts = yield* sink.counts()
      traceMemory("the export")
      if (useCache) yield* sink.saveIndex(versions, indexFile)
      timer.add("export", performance.now() - exportStarted)
      const seconds = (performance.now() - started) / 1000
      const manifest = {
        pipeline_version: version,
        schema_version: SCHEMA_VERSION,
        rules_version: rulesVersion,
        node_version: process.version,
        created_at: new Date().toISOString(),
        options: { inputs: options.inputs, formats: options.formats, max_bytes: options.maxBytes },
        shard,
        workers: options.workers,
        skipped_files: skipped,
        skipped_symlinks: skippedSymlinks,
        cache: { used: useCache, reused_inputs: reused, cleaned_inputs: files.length - reused },
        mt_threshold: Config.translation.threshold,
        config: Config,
        counts: {
          documents: counts.documents,
          segments: counts.segments,
          segments_by_kind: counts.segmentsByKind,
          rejects: counts.rejects,
          mt_documents: counts.mtDocuments,
          bytes_read: bytesRead
        },
        timings_ms: Object.fromEntries([...timer.totals].map(([stage, ms]) => [stage, Math.round(ms)])),
        total_seconds: Number(seconds.toFixed(3)),
        peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024)
      }
      yield* sink.writeManifest(path.join(temporary, "manifest.json"), manifest)
      yield* sink.close()
      traceMemory("the manifest and the checkpoint")
      removeStagingFile(stagingFile)
      if (useCache && databases !== temporary) {
        moveDatabaseFile(indexFile, path.join(temporary, CACHE_FILE))
        for (const table of tableNames)
          moveDatabaseFile(cacheRowsFile(indexFile, table), cacheRowsFile(path.join(temporary, CACHE_FILE), table))
      }
      traceStep("the database files moved")
      if (shard === null) yield* commitOutputFolder(temporary, options.output)
      else yield* commitShardFiles(temporary, options.output, partName(shard), tableNames)
      traceStep("the output committed")
      return {
        ...counts,
        reused,
        seconds,
        output: options.output
      }
    })
  )

/** Two inputs with the same relative path and bytes (under two roots) get distinct ids: `id-2`, `id-3` ... */
const uniqueIds = (file: EncodedFile, used: Set<string>): EncodedFile => {
  const renamed = new Map<string, string>()
  for (const base of file.docIds) {
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    if (id !== base) renamed.set(base, id)
  }
  return renamed.size === 0 ? file : withDocIds(file, renamed)
}

export const formatSummary = (summary: RunSummary): string => {
  const kinds = Object.entries(summary.segmentsByKind)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ")
  const flagged = summary.mtDocuments.partial + summary.mtDocuments.full
  return (
    `tinsach: ${summary.documents} documents, ${summary.segments} segments${kinds === "" ? "" : ` (${kinds})`}; ` +
    `${flagged} documents flagged as machine-translated (${summary.mtDocuments.full} full, ${summary.mtDocuments.partial} partial); ` +
    `${summary.rejects} rejects; ${summary.reused > 0 ? `${summary.reused} unchanged inputs reused from the cache; ` : ""}` +
    `${summary.seconds.toFixed(2)} s; written to ${summary.output}`
  )
}
