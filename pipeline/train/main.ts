/**
 * `pnpm train [--gold-dir tests/gold]`: rebuilds the line classifier's weights
 * (`pipeline/model/line-kinds.json`) from every line-labelled gold page, then
 * the page-level translation model (`pipeline/model/translation.json`) from
 * every page labelled by edition, read through the stages with the new line
 * classifier. Deterministic: the same pages give the same files, byte for byte.
 */
import * as fs from "node:fs"
import { Command, Options } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Console, Data, Effect, Either } from "effect"
import { Config } from "../Config.ts"
import { modelPath, toModelFile } from "../classifier/LineModel.ts"
import { toTranslationModelFile, translationModelPath } from "../classifier/TranslationModel.ts"
import { describeDocument, pipelineVersion } from "../Process.ts"
import { buildRuleBook, defaultRuleTables } from "../rules/RuleBook.ts"
import { loadGoldPages } from "./GoldPages.ts"
import { labelledLines, trainLineModel } from "./LineTraining.ts"
import { trainTranslationModel, translationExample } from "./TranslationTraining.ts"

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
        buildRuleBook({ ...defaultRuleTables, lineModel: null, translationModel: null }),
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
      const { makeEldDetector } = yield* Effect.promise(() => import("../services/Eld.ts"))
      const context = { rules: { ...rules, lineModel: model }, detect: makeEldDetector(Config.language.detectable) }
      const examples = pages.flatMap((page) => {
        const example = translationExample(page, describeDocument(page.record, context), rules)
        return example === null ? [] : [example]
      })
      const machine = examples.filter((example) => example.machine)
      const translation = toTranslationModelFile(trainTranslationModel(examples), {
        pages: examples.length,
        machinePages: machine.length,
        outlets: new Set(examples.map((example) => example.outlet)).size,
        machineOutlets: new Set(machine.map((example) => example.outlet)).size,
        options: Config.translation.training
      })
      fs.writeFileSync(translationModelPath, `${JSON.stringify(translation)}\n`)
      yield* Console.error(
        `tinsach train: translation model from ${examples.length} French pages (${machine.length} machine-translated) written to pipeline/model/translation.json`
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
