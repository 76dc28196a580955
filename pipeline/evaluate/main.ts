/**
 * `pnpm evaluate --output DIR --gold FILE.tsv [--json]`: measures the cleaner
 * against line-level gold labels, reading the pipeline's `segments.parquet`
 * through DuckDB.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Data, Effect } from "effect"
import { pipelineVersion } from "../Pipeline.ts"
import { readGoldLines } from "./Gold.ts"
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

const evaluate = Command.make(
  "evaluate",
  {
    output: Options.text("output").pipe(
      Options.withDefault("output"),
      Options.withDescription("The pipeline's output folder.")
    ),
    gold: Options.text("gold").pipe(
      Options.withDescription("Line-level gold labels: file, line, kind, lang, mt (TSV).")
    ),
    json: Options.boolean("json").pipe(Options.withDescription("Print the report as JSON."))
  },
  ({ output, gold, json }) =>
    Effect.gen(function* () {
      const lines = yield* Effect.try({
        try: () => readGoldLines(gold),
        catch: (error) =>
          new EvaluateError({
            message: `cannot read the gold file: ${error instanceof Error ? error.message : String(error)}`
          })
      })
      const report = score(lines, yield* readSegments(output))
      yield* Console.log(json ? JSON.stringify(report, null, 2) : formatReport(report))
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
