/**
 * The pipeline: the order of the stages is written here and nowhere else.
 * Documents stream through one at a time: read, decode, clean, append rows;
 * memory does not grow with the number of documents.
 */
import { createHash } from "node:crypto"
import * as fs from "node:fs"
import * as path from "node:path"
import { Data, Effect, type Either } from "effect"
import type { RejectRow } from "../schemas/RejectRow.ts"
import type { Kind } from "../schemas/Vocabulary.ts"
import { Config } from "./Config.ts"
import type { InputFile, InputProblem, SourceRecord, Translated } from "./Document.ts"
import { makeProgress } from "./Progress.ts"
import { buildRuleBook, defaultRuleTables, type RuleBook, type RuleBookError } from "./rules/RuleBook.ts"
import { type OutputFormat, openTableSink, removeStagingFile, type WriteError } from "./services/DuckDb.ts"
import { LanguageDetector } from "./services/LanguageDetector.ts"
import { commitOutputFolder, type OutputError, openOutputFolder } from "./services/OutputFolder.ts"
import { buildRows } from "./stages/BuildRows.ts"
import { classifyNoise } from "./stages/ClassifyNoise.ts"
import { cleanInline } from "./stages/CleanInline.ts"
import { decode } from "./stages/Decode.ts"
import type { Detector } from "./stages/DetectLanguage.ts"
import { detectLanguage } from "./stages/DetectLanguage.ts"
import { extractMetadata } from "./stages/ExtractMetadata.ts"
import { flagTranslation } from "./stages/FlagTranslation.ts"
import { listInputs, readInput } from "./stages/ReadInput.ts"
import { segment } from "./stages/Segment.ts"
import { unpack } from "./stages/Unpack.ts"

export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}

export interface RunOptions {
  readonly inputs: ReadonlyArray<string>
  readonly output: string
  readonly formats: ReadonlyArray<OutputFormat>
  readonly maxBytes: number
  readonly quiet: boolean
}

export interface StageContext {
  readonly rules: RuleBook
  readonly detect: Detector
}

/** Milliseconds spent per stage over the run. */
export class StageTimer {
  readonly totals = new Map<string, number>()
  time<A>(stage: string, run: () => A): A {
    const started = performance.now()
    const result = run()
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - started)
    return result
  }
}

/** The cleaning stages of one article, in order. */
export const processDocument = (input: SourceRecord, context: StageContext, timer = new StageTimer()): Translated => {
  const segmented = timer.time("segment", () => segment(input))
  const classified = timer.time("classify_noise", () => classifyNoise(segmented, context.rules))
  const languages = timer.time("detect_language", () => detectLanguage(classified, context.detect))
  const cleaned = timer.time("clean_inline", () => cleanInline(languages, context.rules))
  const described = timer.time("extract_metadata", () => extractMetadata(cleaned, context.rules))
  return timer.time("flag_translation", () => flagTranslation(described, context.rules))
}

export const pipelineVersion = (): string => {
  const manifest = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string
  }
  return manifest.version
}

export const loadRules = (): Either.Either<RuleBook, RuleBookError> => buildRuleBook(defaultRuleTables)

/** Stable across runs for the same relative path and bytes. */
const documentId = (sourcePath: string, contentSha256: string): string =>
  createHash("sha256").update(`${sourcePath}\n${contentSha256}`).digest("hex").slice(0, 16)

interface InputRecord {
  readonly source_path: string
  readonly sha256: string | null
  readonly bytes: number | null
  readonly documents: number
  readonly rejects: ReadonlyArray<string>
}

export interface RunSummary {
  readonly documents: number
  readonly segments: number
  readonly segmentsByKind: Readonly<Partial<Record<Kind, number>>>
  readonly mtDocuments: Readonly<Record<"partial" | "full", number>>
  readonly rejects: number
  readonly seconds: number
  readonly output: string
}

const listAll = (
  inputs: ReadonlyArray<string>
): Effect.Effect<{ files: Array<InputFile>; problems: Array<InputProblem> }, UsageError> =>
  Effect.try({
    try: () => {
      const files: Array<InputFile> = []
      const problems: Array<InputProblem> = []
      for (const root of inputs) {
        const listing = listInputs(root)
        files.push(...listing.files)
        problems.push(...listing.problems)
      }
      return { files, problems }
    },
    catch: (error) =>
      new UsageError({ message: `cannot read the inputs: ${error instanceof Error ? error.message : String(error)}` })
  })

const checkInputs = (inputs: ReadonlyArray<string>): Effect.Effect<void, UsageError> => {
  const missing = inputs.find((input) => !fs.existsSync(input))
  return missing === undefined
    ? Effect.void
    : Effect.fail(new UsageError({ message: `input path not found: ${missing}` }))
}

export const runPipeline = (
  options: RunOptions
): Effect.Effect<RunSummary, UsageError | RuleBookError | WriteError | OutputError, LanguageDetector> =>
  Effect.scoped(
    Effect.gen(function* () {
      const started = performance.now()
      yield* checkInputs(options.inputs)
      const rules = yield* loadRules()
      const { detect } = yield* LanguageDetector
      const context: StageContext = { rules, detect }
      const version = pipelineVersion()
      const { files, problems } = yield* listAll(options.inputs)
      const temporary = yield* openOutputFolder(options.output)
      const stagingFile = path.join(temporary, ".staging.duckdb")
      const sink = yield* openTableSink(stagingFile)
      const timer = new StageTimer()
      const progress = makeProgress(files.length, options.quiet)
      const inputs: Array<InputRecord> = []
      const byKind: Partial<Record<Kind, number>> = {}
      const mtDocuments = { partial: 0, full: 0 }
      const usedIds = new Set<string>()
      let documents = 0
      let segments = 0
      let bytesRead = 0

      let rejects = 0
      const reject = (problem: InputProblem) =>
        Effect.gen(function* () {
          const row: RejectRow = { source_path: problem.sourcePath, reason: problem.reason, detail: problem.detail }
          yield* sink.append("rejects", [row])
          rejects++
          if (!options.quiet)
            process.stderr.write(`tinsach: rejected ${problem.sourcePath}: ${problem.reason}: ${problem.detail}\n`)
        })

      for (const problem of problems) {
        yield* reject(problem)
        inputs.push({
          source_path: problem.sourcePath,
          sha256: null,
          bytes: null,
          documents: 0,
          rejects: [problem.reason]
        })
      }
      for (const [index, file] of files.entries()) {
        const read = timer.time("read", () => readInput(file, options.maxBytes))
        if (read._tag === "Problem") {
          yield* reject(read.problem)
          inputs.push({
            source_path: file.sourcePath,
            sha256: null,
            bytes: null,
            documents: 0,
            rejects: [read.problem.reason]
          })
          continue
        }
        const { contentSha256, bytes } = read.input
        bytesRead += bytes.length
        const decoded = timer.time("decode", () => decode(read.input))
        const unpacked =
          decoded._tag === "Problem"
            ? { records: [], problems: [decoded.problem] }
            : timer.time("unpack", () => unpack(decoded.input))
        for (const problem of unpacked.problems) yield* reject(problem)
        for (const record of unpacked.records) {
          const doc = processDocument(record, context, timer)
          let docId = documentId(doc.sourcePath, doc.contentSha256)
          for (let n = 2; usedIds.has(docId); n++) docId = `${documentId(doc.sourcePath, doc.contentSha256)}-${n}`
          usedIds.add(docId)
          const rows = timer.time("build_rows", () => buildRows(doc, docId, version))
          const appendStarted = performance.now()
          yield* sink.append("documents", [rows.document])
          yield* sink.append("segments", rows.segments)
          timer.totals.set("write", (timer.totals.get("write") ?? 0) + performance.now() - appendStarted)
          documents++
          segments += rows.segments.length
          for (const row of rows.segments) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1
          if (doc.translation.mtStatus !== "none") mtDocuments[doc.translation.mtStatus]++
        }
        inputs.push({
          source_path: file.sourcePath,
          sha256: contentSha256,
          bytes: bytes.length,
          documents: unpacked.records.length,
          rejects: unpacked.problems.map((problem) => problem.reason)
        })
        progress.tick(index + 1, bytesRead)
      }
      progress.done()

      const exportStarted = performance.now()
      yield* sink.export(temporary, options.formats)
      removeStagingFile(stagingFile)
      timer.totals.set("export", performance.now() - exportStarted)
      const seconds = (performance.now() - started) / 1000
      const manifest = {
        pipeline_version: version,
        schema_version: 1,
        rules_version: rules.version,
        node_version: process.version,
        created_at: new Date().toISOString(),
        options: { inputs: options.inputs, formats: options.formats, max_bytes: options.maxBytes },
        mt_threshold: Config.translation.threshold,
        config: Config,
        counts: {
          documents,
          segments,
          segments_by_kind: byKind,
          rejects,
          mt_documents: mtDocuments,
          bytes_read: bytesRead
        },
        timings_ms: Object.fromEntries([...timer.totals].map(([stage, ms]) => [stage, Math.round(ms)])),
        total_seconds: Number(seconds.toFixed(3)),
        inputs
      }
      fs.writeFileSync(path.join(temporary, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`)
      yield* commitOutputFolder(temporary, options.output)
      return { documents, segments, segmentsByKind: byKind, mtDocuments, rejects, seconds, output: options.output }
    })
  )

export const formatSummary = (summary: RunSummary): string => {
  const kinds = Object.entries(summary.segmentsByKind)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ")
  const flagged = summary.mtDocuments.partial + summary.mtDocuments.full
  return (
    `tinsach: ${summary.documents} documents, ${summary.segments} segments${kinds === "" ? "" : ` (${kinds})`}; ` +
    `${flagged} documents flagged as machine-translated (${summary.mtDocuments.full} full, ${summary.mtDocuments.partial} partial); ` +
    `${summary.rejects} rejects; ${summary.seconds.toFixed(2)} s; written to ${summary.output}`
  )
}
