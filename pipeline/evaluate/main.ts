/**
 * `pnpm evaluate --output DIR --gold FILE.tsv [--documents FILE.tsv] [--json]`:
 * measures the cleaner against line-level gold labels, reading the pipeline's
 * `segments.parquet` through DuckDB, and against page labels (title, date,
 * outlet, author, language, `mt_status`) from `documents.parquet` when a
 * `documents.tsv` is given or lies beside the line labels.
 *
 * `pnpm evaluate --cv [--folds K] [--gold-dir tests/gold] [--json]`: outlets left out
 * cross-validation over the gold pages (`CrossValidate.ts`).
 *
 * `pnpm evaluate --html-eval DIR [--per-page] [--json]`: the HTML path over a
 * main-text extraction benchmark, scored by the benchmark's own scorer (`HtmlEval.ts`).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Data, Effect, Either, Option } from "effect"
import { Config } from "../Config.ts"
import { pipelineVersion } from "../Pipeline.ts"
import { buildRuleBook, defaultRuleTables, lookupOutlet } from "../rules/RuleBook.ts"
import { loadGoldPages } from "../train/GoldPages.ts"
import { crossValidate, formatCrossValidation } from "./CrossValidate.ts"
import {
  type DocumentJudgement,
  documentAccuracy,
  documentFields,
  judgeDocument,
  type PredictedDocument
} from "./DocumentScore.ts"
import { type GoldDocument, readGoldDocuments, readGoldLines } from "./Gold.ts"
import { formatHtmlEval, runHtmlEval } from "./HtmlEval.ts"
import { formatReport, type PredictedSegment, score } from "./Score.ts"

class EvaluateError extends Data.TaggedError("EvaluateError")<{ readonly message: string }> {}

const readSegments = (output: string) =>
  Effect.tryPromise({
    try: async () => {
      const file = path.join(output, "segments.parquet")
      if (!fs.existsSync(file)) throw new Error(`${file} not found: run pnpm pipeline --output ${output} first`)
      const connection = await (await DuckDBInstance.create(":memory:")).connect()
      try {
        const reader = await connection.runAndReadAll(
          `SELECT source_path, line_start, line_end, kind, lang, mt_flag, raw_text FROM read_parquet('${file.replaceAll("'", "''")}')`
        )
        return reader.getRowObjectsJson().map(
          (row): PredictedSegment => ({
            sourcePath: String(row.source_path),
            lineStart: Number(row.line_start),
            lineEnd: Number(row.line_end),
            kind: String(row.kind),
            lang: String(row.lang),
            mtFlag: row.mt_flag === true,
            rawText: String(row.raw_text)
          })
        )
      } finally {
        connection.closeSync()
      }
    },
    catch: (error) => new EvaluateError({ message: error instanceof Error ? error.message : String(error) })
  })

const readDocuments = (output: string) =>
  Effect.tryPromise({
    try: async () => {
      const file = path.join(output, "documents.parquet")
      if (!fs.existsSync(file)) throw new Error(`${file} not found: run pnpm pipeline --output ${output} first`)
      const connection = await (await DuckDBInstance.create(":memory:")).connect()
      try {
        const reader = await connection.runAndReadAll(
          `SELECT source_path, title, strftime(published_date, '%Y-%m-%d') AS published_date, date_inferred, outlet, author, language, mt_status FROM read_parquet('${file.replaceAll("'", "''")}')`
        )
        const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))
        return reader.getRowObjectsJson().map(
          (row): PredictedDocument => ({
            file: String(row.source_path),
            title: text(row.title),
            publishedDate: text(row.published_date),
            dateInferred: row.date_inferred === true,
            outlet: text(row.outlet),
            author: text(row.author),
            language: String(row.language),
            mtStatus: String(row.mt_status)
          })
        )
      } finally {
        connection.closeSync()
      }
    },
    catch: (error) => new EvaluateError({ message: error instanceof Error ? error.message : String(error) })
  })

const emptyDocument: PredictedDocument = {
  file: "",
  title: null,
  publishedDate: null,
  dateInferred: false,
  outlet: null,
  author: null,
  language: "",
  mtStatus: ""
}

/** The page labels' fields judged against the output's documents; a labelled page the output lacks is wrong on every field. */
const scorePages = (gold: ReadonlyArray<GoldDocument>, predicted: ReadonlyArray<PredictedDocument>) =>
  Effect.gen(function* () {
    const rules = yield* Either.mapLeft(
      buildRuleBook({ ...defaultRuleTables, lineModel: null, translationModel: null }),
      (error) => new EvaluateError({ message: error.message })
    )
    const sameOutlet = (a: string, b: string): boolean => {
      const x = lookupOutlet(rules.outlets, a)
      return x !== undefined && x === lookupOutlet(rules.outlets, b)
    }
    const byFile = new Map(predicted.map((doc) => [doc.file, doc]))
    const judge = (doc: GoldDocument): DocumentJudgement => {
      const got = byFile.get(doc.file)
      if (got !== undefined) return judgeDocument(doc, got, sameOutlet)
      const expected = judgeDocument(doc, { ...emptyDocument, file: doc.file }).expected
      const none = (value: boolean | string) =>
        Object.fromEntries(documentFields.map((field) => [field, value])) as never
      return { file: doc.file, right: none(false), expected, got: none("(no document in the output)") }
    }
    const judgements = gold.map(judge)
    return {
      pages: judgements.length,
      right: documentAccuracy(judgements),
      wrong: judgements.flatMap((j) =>
        (Object.keys(j.right) as Array<keyof typeof j.right>)
          .filter((field) => !j.right[field])
          .map((field) => ({ file: j.file, field, expected: j.expected[field], got: j.got[field] }))
      )
    }
  })

type PageReport = Effect.Effect.Success<ReturnType<typeof scorePages>>

const formatPages = (pages: PageReport): string => {
  const out = ["", `pages (${pages.pages} with page labels), share right:`]
  for (const [field, share] of Object.entries(pages.right))
    out.push(`  ${field.padEnd(10)} ${(share * 100).toFixed(1)}%`)
  out.push("", pages.wrong.length === 0 ? "no page field wrong" : "page fields wrong:")
  for (const w of pages.wrong)
    out.push(`  ${w.file}  ${w.field}: expected ${JSON.stringify(w.expected)} got ${JSON.stringify(w.got)}`)
  return out.join("\n")
}

const runCrossValidation = (goldDir: string, json: boolean, folds: number) =>
  Effect.gen(function* () {
    const rules = yield* Either.mapLeft(
      buildRuleBook({ ...defaultRuleTables, lineModel: null, translationModel: null }),
      (error) => new EvaluateError({ message: error.message })
    )
    const pages = loadGoldPages(rules.outlets, goldDir)
    if (pages.length === 0) return yield* new EvaluateError({ message: `no gold pages under ${goldDir}` })
    const { makeEldDetector } = yield* Effect.promise(() => import("../services/Eld.ts"))
    const detect = makeEldDetector(Config.language.detectable)
    const result = crossValidate(
      pages,
      rules,
      detect,
      (held, index, total) => {
        if (!json)
          process.stderr.write(`\rtinsach evaluate: fold ${index + 1}/${total} (${held.slice(0, 40).padEnd(40)})`)
      },
      folds
    )
    if (!json) process.stderr.write("\n")
    yield* Console.log(json ? JSON.stringify(result, null, 2) : formatCrossValidation(result))
  })

const runBenchmark = (dir: string, json: boolean, perPage: boolean, keep: string | undefined) =>
  Effect.gen(function* () {
    const rules = yield* Either.mapLeft(
      buildRuleBook(defaultRuleTables),
      (error) => new EvaluateError({ message: error.message })
    )
    const { makeEldDetector } = yield* Effect.promise(() => import("../services/Eld.ts"))
    const context = { rules, detect: makeEldDetector(Config.language.detectable) }
    const result = yield* Effect.try({
      try: () =>
        runHtmlEval(dir, context, keep === undefined ? { perPage } : { perPage, keep }, (done, total) => {
          if (!json && (done % 20 === 0 || done === total))
            process.stderr.write(`\rtinsach evaluate: page ${done}/${total}`)
        }),
      catch: (error) => new EvaluateError({ message: error instanceof Error ? error.message : String(error) })
    })
    if (!json) process.stderr.write("\n")
    const { scorerOutput, ...figures } = result
    yield* Console.log(json ? JSON.stringify(perPage ? result : figures, null, 2) : formatHtmlEval(result))
  })

const evaluate = Command.make(
  "evaluate",
  {
    output: Options.text("output").pipe(
      Options.withDefault("output"),
      Options.withDescription("The pipeline's output folder.")
    ),
    gold: Options.text("gold").pipe(
      Options.optional,
      Options.withDescription("Line-level gold labels: file, line, kind, lang, mt (TSV).")
    ),
    documents: Options.text("documents").pipe(
      Options.optional,
      Options.withDescription(
        "With --gold: page labels (file, title, published, outlet, author, language, mt; TSV). Default: documents.tsv beside the --gold file, when there is one."
      )
    ),
    cv: Options.boolean("cv").pipe(
      Options.withDescription("Leave-one-outlet-out cross-validation over the gold pages (trains a model per outlet).")
    ),
    goldDir: Options.text("gold-dir").pipe(
      Options.withDefault("tests/gold"),
      Options.withDescription("With --cv: the folder of gold sets (<set>/raw, lines.tsv, documents.tsv).")
    ),
    folds: Options.integer("folds").pipe(
      Options.withDefault(10),
      Options.withDescription(
        "With --cv: groups of outlets held out together (0: one fold per outlet, leave-one-outlet-out)."
      )
    ),
    htmlEval: Options.text("html-eval").pipe(
      Options.optional,
      Options.withDescription(
        "A main-text extraction benchmark folder (evaldata.json, pages/, score.mjs): run the HTML path over it."
      )
    ),
    perPage: Options.boolean("per-page").pipe(
      Options.withDescription("With --html-eval: list each page's missed and leaked snippets.")
    ),
    keep: Options.text("keep").pipe(
      Options.optional,
      Options.withDescription("With --html-eval: write the extracted texts to this folder and keep them.")
    ),
    json: Options.boolean("json").pipe(Options.withDescription("Print the report as JSON."))
  },
  ({ output, gold, documents, cv, goldDir, json, folds, htmlEval, perPage, keep }) =>
    Effect.gen(function* () {
      if (cv) return yield* runCrossValidation(goldDir, json, folds)
      if (Option.isSome(htmlEval))
        return yield* runBenchmark(htmlEval.value, json, perPage, Option.getOrUndefined(keep))
      if (Option.isNone(gold)) return yield* new EvaluateError({ message: "give --gold FILE.tsv, or --cv" })
      const lines = yield* Effect.try({
        try: () => readGoldLines(gold.value),
        catch: (error) =>
          new EvaluateError({
            message: `cannot read the gold file: ${error instanceof Error ? error.message : String(error)}`
          })
      })
      const report = score(lines, yield* readSegments(output))
      const beside = path.join(path.dirname(gold.value), "documents.tsv")
      const documentsFile = Option.isSome(documents)
        ? documents.value
        : fs.existsSync(beside) && path.resolve(beside) !== path.resolve(gold.value)
          ? beside
          : undefined
      if (documentsFile === undefined) {
        return yield* Console.log(json ? JSON.stringify(report, null, 2) : formatReport(report))
      }
      const goldDocuments = yield* Effect.try({
        try: () => readGoldDocuments(documentsFile),
        catch: (error) =>
          new EvaluateError({
            message: `cannot read the page labels: ${error instanceof Error ? error.message : String(error)}`
          })
      })
      const pages = yield* scorePages(goldDocuments, yield* readDocuments(output))
      yield* Console.log(
        json ? JSON.stringify({ ...report, pages }, null, 2) : `${formatReport(report)}\n${formatPages(pages)}`
      )
    }).pipe(
      Effect.catchAll((error) =>
        Console.error(`tinsach evaluate: ${error.message}`).pipe(
          Effect.zipRight(Effect.sync(() => (process.exitCode = 1)))
        )
      )
    )
)

Command.run(evaluate, { name: "tinsach evaluate", version: pipelineVersion() })(process.argv).pipe(
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain
)
