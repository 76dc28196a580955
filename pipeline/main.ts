/**
 * `pnpm pipeline`: the command line of the contract.
 */
import { availableParallelism } from "node:os"
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Either, Option } from "effect"
import { capWorkers, splitEqualsOptions } from "./CommandLine.ts"
import { Config } from "./Config.ts"
import { runMerge } from "./Merge.ts"
import { formatSummary, pipelineVersion, runPipeline, UsageError } from "./Pipeline.ts"
import { parseShard, type Shard, shardFromEnvironment } from "./Shards.ts"
import { stopOnSignals } from "./Signals.ts"
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
const workers = Options.integer("workers").pipe(
  // each worker holds its own language tables (about 250 MB): more than 8 rarely pays
  Options.withDefault(Math.min(availableParallelism(), 8)),
  Options.withDescription(
    "Worker threads that clean documents (default: the number of cores, at most 8); the main thread writes."
  )
)
const shard = Options.text("shard").pipe(
  Options.optional,
  Options.withDescription("I/N: clean only shard I (0-based) of N and write part files; see `pnpm pipeline merge`.")
)
const shardCount = Options.integer("shard-count").pipe(
  Options.optional,
  Options.withDescription("The number of shards, for a Kubernetes Indexed Job (JOB_COMPLETION_INDEX gives the index).")
)
const noCache = Options.boolean("no-cache").pipe(
  Options.withDescription("Clean every input again instead of reusing the rows of unchanged ones, and keep no cache.")
)
const followSymlinks = Options.boolean("follow-symlinks").pipe(
  Options.withDescription("Read symlinks whose target lies outside their --input folder (default: listed as skipped).")
)
const quiet = Options.boolean("quiet").pipe(Options.withDescription("No progress and no summary on stderr."))
const force = Options.boolean("force").pipe(
  Options.withDescription("Write into a non-empty folder that is not a previous output (its files are kept).")
)
const allowEmpty = Options.boolean("allow-empty").pipe(
  Options.withDescription("Write empty tables when the inputs hold no file (otherwise an error).")
)

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

/** `--shard`, else a scheduler's environment, else none. */
const resolveShard = (
  option: Option.Option<string>,
  count: Option.Option<number>
): Effect.Effect<Shard | null, UsageError> => {
  const found = Option.isSome(option)
    ? parseShard(option.value)
    : shardFromEnvironment(process.env, Option.getOrNull(count))
  return Either.isRight(found) ? Effect.succeed(found.right) : Effect.fail(new UsageError({ message: found.left }))
}

const pipeline = Command.make(
  "pipeline",
  { input, output, formats, maxBytes, workers, shard, shardCount, noCache, followSymlinks, quiet, force, allowEmpty },
  (options) =>
    Effect.gen(function* () {
      if (options.workers < 1)
        return yield* new UsageError({ message: `--workers must be at least 1, not ${options.workers}` })
      if (options.maxBytes < 1)
        return yield* new UsageError({ message: `--max-bytes must be at least 1, not ${options.maxBytes}` })
      const capped = capWorkers(options.workers)
      if (capped.note !== null) yield* Console.error(`tinsach: ${capped.note}`)
      const summary = yield* runPipeline({
        workers: capped.workers,
        force: options.force,
        allowEmpty: options.allowEmpty,
        cache: !options.noCache,
        followSymlinks: options.followSymlinks,
        shard: yield* resolveShard(options.shard, options.shardCount),
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

const merge = Command.make("merge", { output, quiet }, (options) =>
  Effect.gen(function* () {
    const { shards } = yield* runMerge(options.output)
    if (!options.quiet) yield* Console.error(`tinsach: merged ${shards} shards into ${options.output}`)
  }).pipe(
    Effect.catchAll((error) =>
      Console.error(`tinsach: ${error.message}`).pipe(Effect.zipRight(Effect.sync(() => (process.exitCode = 1))))
    )
  )
).pipe(Command.withDescription("Join the part files the shards of a run wrote into the single-file tables."))

const cli = Command.run(pipeline.pipe(Command.withSubcommands([merge])), {
  name: "tinsach",
  version: pipelineVersion()
})

stopOnSignals()
cli(splitEqualsOptions(process.argv)).pipe(
  Effect.provide(LanguageDetector.Default),
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain({ disableErrorReporting: false })
)
