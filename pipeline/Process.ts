/**
 * The work done for one input file, the same in the main thread and in a
 * worker: read, decode, unpack into articles, run the cleaning stages (their
 * order is written here, in `describeGroup` and `processGroup`, and nowhere else), build rows.
 * Pure of any output: the caller appends the rows.
 */
import { createHash, hash } from "node:crypto"
import * as fs from "node:fs"
import type { Either } from "effect"
import type { DocumentRow } from "../schemas/DocumentRow.ts"
import type { SegmentRow } from "../schemas/SegmentRow.ts"
import type { TableName } from "../schemas/Tables.ts"
import {
  type CleanSegment,
  type InputFile,
  type InputProblem,
  PageFailed,
  type SourceRecord,
  type Translated,
  type WithMetadata
} from "./Document.ts"
import { buildRuleBook, defaultRuleTables, hashTables, type RuleBook, type RuleBookError } from "./rules/RuleBook.ts"
import { unstorable } from "./StorableRows.ts"
import { buildRows } from "./stages/BuildRows.ts"
import { classifyGroup } from "./stages/ClassifyNoise.ts"
import { cleanInline } from "./stages/CleanInline.ts"
import { decode } from "./stages/Decode.ts"
import type { Detector } from "./stages/DetectLanguage.ts"
import { detectLanguage } from "./stages/DetectLanguage.ts"
import { extractMetadata } from "./stages/ExtractMetadata.ts"
import { flagTranslation } from "./stages/FlagTranslation.ts"
import { readInput } from "./stages/ReadInput.ts"
import { segment } from "./stages/Segment.ts"
import { unpack } from "./stages/Unpack.ts"

export interface StageContext {
  readonly rules: RuleBook
  readonly detect: Detector
}

/** Milliseconds spent per stage. */
export class StageTimer {
  readonly totals = new Map<string, number>()
  time<A>(stage: string, run: () => A): A {
    const started = performance.now()
    const result = run()
    this.add(stage, performance.now() - started)
    return result
  }
  add(stage: string, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms)
  }
}

/** One stage over a group's records still going, each under its own `try`. */
const eachRecord = <A, B>(
  timer: StageTimer,
  stage: string,
  group: ReadonlyArray<A | PageFailed>,
  run: (value: A) => B
): Array<B | PageFailed> =>
  timer.time(stage, () =>
    group.map((value) => {
      if (value instanceof PageFailed) return value
      try {
        return run(value)
      } catch (error) {
        return new PageFailed(error)
      }
    })
  )

/**
 * One stage over a group's records still going, all of them in one call (`run`, which answers per record
 * its result or a `PageFailed` with what it threw on that record alone): a record failed before stays so.
 */
const wholeGroup = <A, B>(
  timer: StageTimer,
  stage: string,
  group: ReadonlyArray<A | PageFailed>,
  run: (values: ReadonlyArray<A>) => ReadonlyArray<B | PageFailed>
): Array<B | PageFailed> =>
  timer.time(stage, () => {
    const results = run(group.filter((value): value is A => !(value instanceof PageFailed)))
    let k = 0
    return group.map((value) => (value instanceof PageFailed ? value : results[k++]!))
  })

/**
 * The cleaning stages of a group of articles, in order, up to the translation flag (what the
 * translation model reads): each stage over the whole group before the next (its code and tables
 * stay in the CPU's caches from one article to the next), a group of one being one article.
 */
const describeGroup = (
  inputs: ReadonlyArray<SourceRecord>,
  context: StageContext,
  timer: StageTimer
): Array<WithMetadata<CleanSegment> | PageFailed> => {
  const segmented = eachRecord(timer, "segment", inputs, segment)
  // The line classifier's steps each over the whole group too (`classifyGroup`), each record failing alone.
  const classified = wholeGroup(timer, "classify_noise", segmented, (docs) => classifyGroup(docs, context.rules))
  const languages = eachRecord(timer, "detect_language", classified, (doc) => detectLanguage(doc, context.detect))
  const cleaned = eachRecord(timer, "clean_inline", languages, (doc) => cleanInline(doc, context.rules))
  return eachRecord(timer, "extract_metadata", cleaned, (doc) => extractMetadata(doc, context.rules))
}

/** The cleaning stages of a group of articles, in order (`describeGroup`'s, then the translation flag). */
const processGroup = (
  inputs: ReadonlyArray<SourceRecord>,
  context: StageContext,
  timer: StageTimer
): Array<Translated | PageFailed> =>
  eachRecord(timer, "flag_translation", describeGroup(inputs, context, timer), (doc) =>
    flagTranslation(doc, context.rules)
  )

const unwrap = <A>(value: A | PageFailed): A => {
  if (value instanceof PageFailed) throw value.error
  return value
}

/** The cleaning stages of one article, in order, up to the translation flag (what the translation model reads). */
export const describeDocument = (
  input: SourceRecord,
  context: StageContext,
  timer = new StageTimer()
): WithMetadata<CleanSegment> => unwrap(describeGroup([input], context, timer)[0]!)

/** The cleaning stages of one article, in order. */
export const processDocument = (input: SourceRecord, context: StageContext, timer = new StageTimer()): Translated =>
  unwrap(processGroup([input], context, timer)[0]!)

export const pipelineVersion = (): string => {
  const manifest = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string
  }
  return manifest.version
}

let codeDigest: string | undefined

/**
 * A digest of the code that cleans, for the incremental cache: rows a previous run cleaned are
 * reused only by the same code, not just the same `pipeline_version` (a `git pull`, an edited
 * `Config.ts` threshold or feature keeps the version). It is of every file under `pipeline/` and
 * `schemas/` (about 4 ms), run from the bundle or from the sources alike: the bundle's
 * `import.meta.url` is its source file's, and the bundle refuses to run older than its sources.
 */
export const codeVersion = (): string => {
  if (codeDigest !== undefined) return codeDigest
  const hash = createHash("sha256")
  for (const folder of ["../pipeline/", "../schemas/"]) {
    const root = new URL(folder, import.meta.url)
    const files = (fs.readdirSync(root, { recursive: true }) as Array<string>).filter((file) =>
      fs.statSync(new URL(file, root)).isFile()
    )
    for (const file of files.sort()) {
      hash
        .update(`${folder}${file}\0`)
        .update(fs.readFileSync(new URL(file, root)))
        .update("\n")
    }
  }
  codeDigest = hash.digest("hex").slice(0, 16)
  return codeDigest
}

export const loadRules = (): Either.Either<RuleBook, RuleBookError> => buildRuleBook(defaultRuleTables)

/** The `version` of `loadRules()`'s book (a digest of its tables), without building the book. */
export const ruleTablesVersion = (): string => hashTables(defaultRuleTables)

/**
 * Stable across runs for the same relative path and bytes. `crypto.hash` is the digest of
 * `createHash("sha256").update(text)` (the text as UTF-8, a lone surrogate as U+FFFD) in one native
 * call: per article, the `Hash` object's JavaScript (run cold, once a document) cost more than the digest.
 */
export const documentId = (sourcePath: string, contentSha256: string): string =>
  hash("sha256", `${sourcePath}\n${contentSha256}`, "hex").slice(0, 16)

/** What became of one input file, for the manifest. */
export interface InputRecord {
  readonly source_path: string
  readonly sha256: string | null
  readonly bytes: number | null
  readonly documents: number
  readonly rejects: ReadonlyArray<string>
  /** The file's modification time (ms) when it was read, for the next run's cache; not in the manifest. */
  readonly mtime?: number | null
}

/** Where an input's rows of one table are in the cache's file of that table's rows (bytes). */
export interface CachedRows {
  readonly at: number
  readonly bytes: number
  /** How many rows (NDJSON lines). */
  readonly rows: number
}

/** Where an input's rows of one table are in the previous run's CSV of that table (bytes). */
export interface CachedCsv {
  readonly at: number
  readonly bytes: number
}

/** What `processFile` reads of an input a previous run cleaned (what a worker is sent of it). */
export interface CachedFile {
  readonly sha256: string
  readonly bytes: number
  readonly mtime: number | null
  /** Its manifest entry's counts. */
  readonly documents: number
  readonly rejects: ReadonlyArray<string>
}

/** The cache's entries by path: a map, or the index's columns (`CachedInputs.ts`). */
export interface CachedLookup<A extends CachedFile = CachedFile> {
  readonly get: (sourcePath: string) => A | undefined
}

/** Where a reused input's rows are: what the table sink copies them by. */
export interface CachedPlaces {
  /** Where its rows are in the cache (`.cache.<table>.jsonl`). */
  readonly rows: Readonly<Record<TableName, CachedRows>>
  /** Where its rows are in the previous run's CSV tables, for those whose places it recorded (`CsvSplice.ts`). */
  readonly csv: Readonly<Partial<Record<TableName, CachedCsv>>>
}

/** An input a previous run cleaned, as its cache recorded it. */
export interface CachedInput extends CachedFile {
  /** Where its rows are in the cache (`.cache.<table>.jsonl`). */
  readonly rows: Readonly<Record<TableName, CachedRows>>
  /** Where its rows are in the previous run's CSV tables, for those whose places it recorded (`CsvSplice.ts`). */
  readonly csv: Readonly<Partial<Record<TableName, CachedCsv>>>
}

/**
 * A modification time this recent is not recorded: a file written again within
 * the clock's granularity (seconds on some file systems) could keep its size
 * and time with other bytes (git's "racily clean" case); it is hashed next time.
 */
const SETTLED_MS = 2_000

/** A modification time as recorded: null while it is not settled. */
const settled = (mtimeMs: number): number | null => (Date.now() - mtimeMs > SETTLED_MS ? mtimeMs : null)

type StatOf = { readonly bytes: number; readonly mtime: number | null } | null

/** The file's size and settled modification time, or null when it cannot be stat'ed (the read then says why). */
const statOf = (file: InputFile): StatOf => {
  try {
    const where = typeof file.absolutePath === "string" ? file.absolutePath : Buffer.from(file.absolutePath)
    const stat = fs.statSync(where)
    if (!stat.isFile()) return null
    return { bytes: stat.size, mtime: settled(stat.mtimeMs) }
  } catch {
    return null
  }
}

/**
 * The reused result of a file whose size and settled modification time are
 * those its cache entry recorded (as `make` and `rsync` judge a file
 * unchanged), or null: then it is read and hashed. A file the cache does not
 * hold is not stat'ed.
 */
export const unchangedByStat = (
  file: InputFile,
  previous: CachedFile | undefined,
  given?: StatOf
): FileResult | null => {
  if (previous === undefined) return null
  return sameStat(file, previous.bytes, previous.mtime, given)
    ? reusedInput(file.sourcePath, previous, previous.bytes, previous.mtime)
    : null
}

/** Whether the file's size and settled modification time are those recorded (`unchangedByStat`'s test). */
export const sameStat = (file: InputFile, bytes: number, mtime: number | null, given?: StatOf): boolean => {
  const stat = given === undefined ? statOf(file) : given
  return stat !== null && stat.mtime !== null && stat.bytes === bytes && stat.mtime === mtime
}

export const reusedInput = (
  sourcePath: string,
  previous: CachedFile,
  bytes: number,
  mtime: number | null
): FileResult => ({
  reused: true,
  problems: [],
  documents: [],
  input: {
    source_path: sourcePath,
    sha256: previous.sha256,
    bytes,
    documents: previous.documents,
    rejects: previous.rejects,
    mtime
  }
})

export interface DocumentOutput {
  readonly document: DocumentRow
  readonly segments: ReadonlyArray<SegmentRow>
}

export interface FileResult {
  /** The file's bytes are those a previous run cleaned with the same versions: its rows are reused. */
  readonly reused: boolean
  readonly problems: ReadonlyArray<InputProblem>
  readonly documents: ReadonlyArray<DocumentOutput>
  readonly input: InputRecord
}

const failed = (sourcePath: string, error: unknown): InputProblem => ({
  sourcePath,
  reason: "malformed",
  detail: `Cleaning stopped on an unexpected error (${error instanceof Error ? error.message : String(error)}); please report it with this input.`
})

/** An article with a value the tables cannot hold: left out, not the run's end (`StorableRows.ts`). */
const notStorable = (sourcePath: string, why: string): InputProblem => ({
  sourcePath,
  reason: "malformed",
  detail: `A value of this record cannot be stored (${why}); the record was left out; please report it with this input.`
})

/**
 * How a worker cleans a file again after a record of it killed a worker: the
 * records (by index) not to clean, with why, and where to write the index of
 * the record being cleaned, so that the pool knows which one a death was on.
 */
export interface RecordIsolation {
  readonly excluded?: ReadonlyMap<number, string>
  readonly progress?: Int32Array
}

const killedWorker = (sourcePath: string, why: string): InputProblem => ({
  sourcePath,
  reason: "too_large",
  detail: `Cleaning this record stopped its worker (${why}); the file's other records were read.`
})

/** A record's rows, or why it has none. */
type Cleaned = { readonly rows: DocumentOutput } | { readonly problem: InputProblem }

/**
 * A group of records cleaned (`processGroup`) and their rows built: per record its rows, or the
 * problem (a stage that throws on it, or a value the tables cannot hold); the others go on.
 */
const cleanRecords = (
  records: ReadonlyArray<SourceRecord>,
  context: StageContext,
  timer: StageTimer,
  version: string
): Array<Cleaned> => {
  const rows = eachRecord(timer, "build_rows", processGroup(records, context, timer), (doc) => {
    const built = buildRows(doc, documentId(doc.sourcePath, doc.contentSha256), version)
    return { built, refused: unstorable(built) }
  })
  return rows.map((row, index): Cleaned => {
    const sourcePath = records[index]!.sourcePath
    if (row instanceof PageFailed) return { problem: failed(sourcePath, row.error) }
    return row.refused === null ? { rows: row.built } : { problem: notStorable(sourcePath, row.refused) }
  })
}

/** A file read and unpacked, its records not cleaned yet. */
interface Opened {
  readonly sourcePath: string
  readonly sha256: string
  readonly bytes: number
  readonly mtime: number | null
  readonly records: ReadonlyArray<SourceRecord>
  /** The problems of its reading (decode, unpack), before those of its records. */
  readonly problems: ReadonlyArray<InputProblem>
}

/**
 * A file read, decoded and unpacked; or its result already when it is not cleaned: a file whose
 * path and content hash are in `cached` is only read and hashed (its rows come from the previous
 * run); one whose size and modification time are also those recorded is not even read (as `make`
 * and `rsync` judge a file unchanged); the stat is taken before the read, so a file changed while
 * it is read is read again next time.
 */
const openFile = (file: InputFile, maxBytes: number, timer: StageTimer, cached: CachedLookup): FileResult | Opened => {
  const previous = cached.get(file.sourcePath)
  // A file the cache holds is stat'ed by its path before it is opened; another, only by its descriptor (`readInput`).
  const before = previous === undefined ? undefined : timer.time("read", () => statOf(file))
  const unchanged = unchangedByStat(file, previous, before)
  if (unchanged !== null) return unchanged
  const read = timer.time("read", () => readInput(file, maxBytes))
  if (read._tag === "Loaded" && previous?.sha256 === read.input.contentSha256)
    return reusedInput(file.sourcePath, previous, read.input.bytes.length, before?.mtime ?? null)
  if (read._tag === "Problem") {
    return {
      reused: false,
      problems: [read.problem],
      documents: [],
      input: { source_path: file.sourcePath, sha256: null, bytes: null, documents: 0, rejects: [read.problem.reason] }
    }
  }
  const decoded = timer.time("decode", () => decode(read.input))
  const unpacked =
    decoded._tag === "Problem"
      ? { records: [], problems: [decoded.problem] }
      : timer.time("unpack", () => unpack(decoded.input))
  return {
    sourcePath: file.sourcePath,
    sha256: read.input.contentSha256,
    bytes: read.input.bytes.length,
    mtime: before === undefined ? settled(read.mtimeMs) : (before?.mtime ?? null),
    records: unpacked.records,
    problems: unpacked.problems
  }
}

/** An opened file's result from what became of its records (in their order; a killed one is its problem). */
const fileResult = (opened: Opened, cleaned: ReadonlyArray<Cleaned>): FileResult => {
  const problems = [...opened.problems]
  const documents: Array<DocumentOutput> = []
  for (const outcome of cleaned) {
    if ("rows" in outcome) documents.push(outcome.rows)
    else problems.push(outcome.problem)
  }
  return {
    reused: false,
    problems,
    documents,
    input: {
      source_path: opened.sourcePath,
      sha256: opened.sha256,
      bytes: opened.bytes,
      documents: documents.length,
      rejects: problems.map((problem) => problem.reason),
      mtime: opened.mtime
    }
  }
}

/**
 * Everything for one file, its records one by one (each through every stage before the next):
 * an article a stage fails on becomes a reject, not a crash; a file the cache holds is reused
 * (`openFile`). What the main thread runs, and a worker for a file cleaned alone again (the
 * isolation's `progress` names the record being cleaned).
 */
export const processFile = (
  file: InputFile,
  maxBytes: number,
  context: StageContext,
  timer: StageTimer,
  version: string,
  cached: CachedLookup = new Map(),
  isolation: RecordIsolation = {}
): FileResult => {
  const opened = openFile(file, maxBytes, timer, cached)
  if (!("records" in opened)) return opened
  const cleaned: Array<Cleaned> = []
  for (const [index, record] of opened.records.entries()) {
    const why = isolation.excluded?.get(index)
    if (why !== undefined) {
      cleaned.push({ problem: killedWorker(record.sourcePath, why) })
      continue
    }
    if (isolation.progress !== undefined) Atomics.store(isolation.progress, 0, index)
    cleaned.push(cleanRecords([record], context, timer, version)[0]!)
  }
  return fileResult(opened, cleaned)
}

/** The most records, and about the most characters of text, cleaned stage by stage together (`processBatch`). */
export const GROUP_RECORDS = 16
export const GROUP_CHARS = 1 << 20

/**
 * A batch of files, the same results as `processFile` on each, but their records cleaned stage
 * by stage in groups of consecutive records (across files): at most `GROUP_RECORDS` of them and
 * about `GROUP_CHARS` characters of text, a record larger than that a group alone. Each stage
 * then runs over several small articles in a row with its code and tables in the CPU's caches
 * (the same lines cost about twice as much per MB in 2 KB articles as in 200 KB ones). A file is
 * read when the group before it is full, so at most a group's text waits besides the file read.
 */
export const processBatch = (
  files: ReadonlyArray<InputFile>,
  maxBytes: number,
  context: StageContext,
  timer: StageTimer,
  version: string,
  cached: CachedLookup = new Map(),
  groupRecords = GROUP_RECORDS,
  groupChars = GROUP_CHARS
): Array<FileResult> => {
  const results: Array<FileResult | { readonly opened: Opened; readonly cleaned: Array<Cleaned> }> = []
  let group: Array<SourceRecord> = []
  let into: Array<Array<Cleaned>> = []
  let chars = 0
  const clean = () => {
    if (group.length === 0) return
    const cleaned = cleanRecords(group, context, timer, version)
    for (const [index, outcome] of cleaned.entries()) into[index]!.push(outcome)
    group = []
    into = []
    chars = 0
  }
  for (const file of files) {
    const opened = openFile(file, maxBytes, timer, cached)
    if (!("records" in opened)) {
      results.push(opened)
      continue
    }
    const cleaned: Array<Cleaned> = []
    results.push({ opened, cleaned })
    for (const record of opened.records) {
      if (group.length > 0 && chars + record.rawText.length > groupChars) clean()
      group.push(record)
      into.push(cleaned)
      chars += record.rawText.length
      if (group.length >= groupRecords || chars >= groupChars) clean()
    }
  }
  clean()
  return results.map((result) => ("opened" in result ? fileResult(result.opened, result.cleaned) : result))
}
