/**
 * `pnpm pipeline`: the command line of the contract.
 */
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { Config } from "./Config.ts"
import { formatSummary, pipelineVersion, runPipeline, UsageError } from "./Pipeline.ts"
import type { OutputFormat } from "./services/DuckDb.ts"
import { LanguageDetector } from "./services/LanguageDetector.ts"

const input = Options.text("input").pipe(
  Options.repeated,
  Options.withDescription("A file or a folder of inputs, read recursively (repeatable; default seeds/).")
)
const output = Options.text("output").pipe(
  Options.withDefault("output"),
  Options.withDescription("The output folder, replaced atomically at the end of the run.")
)
const formats = Options.text("formats").pipe(
  Options.withDefault("parquet,csv"),
  Options.withDescription("Comma-separated output formats: parquet, csv.")
)
const maxBytes = Options.integer("max-bytes").pipe(
  Options.withDefault(Config.input.maxBytes),
  Options.withDescription("Inputs larger than this many bytes are rejected as too_large without being read.")
)
const quiet = Options.boolean("quiet").pipe(Options.withDescription("No progress and no summary on stderr."))

const parseFormats = (value: string): Effect.Effect<ReadonlyArray<OutputFormat>, UsageError> => {
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
  const unknown = names.find((name) => name !== "parquet" && name !== "csv")
  if (unknown !== undefined || names.length === 0) {
    return Effect.fail(new UsageError({ message: `unknown output format: ${unknown ?? "(none)"}; use parquet, csv` }))
  }
  return Effect.succeed(names as ReadonlyArray<OutputFormat>)
}

const pipeline = Command.make("pipeline", { input, output, formats, maxBytes, quiet }, (options) =>
  Effect.gen(function* () {
    const summary = yield* runPipeline({
      inputs: options.input.length > 0 ? options.input : ["seeds"],
      output: options.output,
      formats: yield* parseFormats(options.formats),
      maxBytes: options.maxBytes,
      quiet: options.quiet
    })
    if (!options.quiet) yield* Console.error(formatSummary(summary))
  }).pipe(
    Effect.catchAll((error) =>
      Console.error(`tinsach: ${error.message}`).pipe(Effect.zipRight(Effect.sync(() => (process.exitCode = 1))))
    )
  )
)

const cli = Command.run(pipeline, { name: "tinsach", version: pipelineVersion() })

cli(process.argv).pipe(
  Effect.provide(LanguageDetector.Default),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({ disableErrorReporting: false })
)
