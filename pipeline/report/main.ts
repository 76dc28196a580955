/**
 * `pnpm report [--output DIR]`: writes DIR/report.html from a run's tables.
 */
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Effect } from "effect"
import { pipelineVersion } from "../Pipeline.ts"
import { buildReport } from "./BuildReport.ts"

const output = Options.text("output").pipe(
  Options.withDefault("output"),
  Options.withDescription("The output folder of a run; report.html is written into it.")
)

const report = Command.make("report", { output }, (options) =>
  buildReport(options.output).pipe(
    Effect.flatMap((summary) =>
      Console.error(
        `tinsach: wrote ${summary.file} (${(summary.bytes / 1e6).toFixed(2)} MB; ${summary.shownDocuments} of ${summary.documents} documents shown)`
      )
    ),
    Effect.catchAll((error) =>
      Console.error(`tinsach: ${error.message}`).pipe(Effect.zipRight(Effect.sync(() => (process.exitCode = 1))))
    )
  )
)

Command.run(report, { name: "tinsach report", version: pipelineVersion() })(process.argv).pipe(
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain
)
