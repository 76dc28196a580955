/**
 * `pnpm train [--gold-dir tests/gold]`: rebuilds the line classifier's weights
 * (`pipeline/model/line-kinds.json`) from every line-labelled gold page.
 * Deterministic: the same pages give the same file, byte for byte.
 */
import * as fs from "node:fs"
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Data, Effect, Either } from "effect"
import { Config } from "../Config.ts"
import { modelPath, toModelFile } from "../classifier/LineModel.ts"
import { pipelineVersion } from "../Process.ts"
import { buildRuleBook, defaultRuleTables } from "../rules/RuleBook.ts"
import { loadGoldPages } from "./GoldPages.ts"
import { labelledLines, trainLineModel } from "./LineTraining.ts"

class TrainError extends Data.TaggedError("TrainError")<{ readonly message: string }> {}

const trainCommand = Command.make(
  "train",
  {
    goldDir: Options.text("gold-dir").pipe(
      Options.withDefault("tests/gold"),
      Options.withDescription("The folder of gold sets (<set>/raw, lines.tsv, documents.tsv).")
    )
  },
  ({ goldDir }) =>
    Effect.gen(function* () {
      const rules = yield* Either.mapLeft(
        buildRuleBook({ ...defaultRuleTables, lineModel: null }),
        (error) => new TrainError({ message: error.message })
      )
      const pages = loadGoldPages(rules.outlets, goldDir)
      const lines = pages.flatMap((page) => labelledLines(page, rules))
      if (lines.length === 0) return yield* new TrainError({ message: `no labelled lines under ${goldDir}` })
      const model = trainLineModel(lines)
      const labelled = pages.filter((page) => page.lines.length > 0)
      const file = toModelFile(model, {
        pages: labelled.length,
        lines: lines.length,
        outlets: new Set(labelled.map((page) => page.outlet)).size,
        sets: [...new Set(labelled.map((page) => page.set))],
        options: Config.classifier.training
      })
      fs.writeFileSync(modelPath, `${JSON.stringify(file)}\n`)
      yield* Console.error(
        `tinsach train: line classifier from ${lines.length} lines of ${labelled.length} pages written to pipeline/model/line-kinds.json`
      )
    }).pipe(
      Effect.catchAll((error) =>
        Console.error(`tinsach train: ${error.message}`).pipe(
          Effect.zipRight(Effect.sync(() => (process.exitCode = 1)))
        )
      )
    )
)

Command.run(trainCommand, { name: "tinsach train", version: pipelineVersion() })(process.argv).pipe(
  Effect.provide(NodeContext.layer),
  NodeRuntime.runMain
)
