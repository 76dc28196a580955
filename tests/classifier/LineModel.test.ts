/**
 * The line classifier's weights are data: the shipped file validates, is what
 * `pnpm train` rebuilds from the gold pages (deterministically), is part of
 * `rules_version`, and a damaged file is refused with a reason a user can act on.
 */
import * as fs from "node:fs"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { Config } from "../../pipeline/Config.ts"
import { featureNames, lineFeatures, lineWords } from "../../pipeline/classifier/LineFeatures.ts"
import {
  modelPath,
  sparseBufferFor,
  toModelFile,
  vectorize,
  vectorizeInto
} from "../../pipeline/classifier/LineModel.ts"
import { bufferProbabilities, probabilities } from "../../pipeline/classifier/Softmax.ts"
import { buildRuleBook, defaultRuleTables } from "../../pipeline/rules/RuleBook.ts"
import { ruleHitsOf } from "../../pipeline/stages/ClassifyNoise.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { labelledLines, trainLineModel } from "../../pipeline/train/LineTraining.ts"
import { rules } from "../support/pipeline.ts"

const shipped = JSON.parse(fs.readFileSync(modelPath, "utf8"))
const withModel = (lineModel: unknown) => buildRuleBook({ ...defaultRuleTables, lineModel })
const refusal = (lineModel: unknown) =>
  Either.match(withModel(lineModel), { onLeft: (error) => error.message, onRight: () => "accepted" })

describe("the shipped line model", () => {
  it("validates, with every kind a class", () => {
    const rules = Either.getOrThrow(withModel(shipped))
    expect(rules.lineModel?.classes.length).toBe(shipped.classes.length)
    expect(shipped.features).toEqual([...featureNames])
    expect(shipped.classes).toEqual(
      expect.arrayContaining(["title", "body", "caption", "related", "byline", "dateline"])
    )
  })

  it("is what pnpm train rebuilds from the gold pages, twice the same", { timeout: 120_000 }, () => {
    const rules = Either.getOrThrow(buildRuleBook({ ...defaultRuleTables, lineModel: null }))
    const lines = loadGoldPages(rules.outlets).flatMap((page) => labelledLines(page, rules))
    const first = toModelFile(trainLineModel(lines), {})
    const second = toModelFile(trainLineModel(lines), {})
    expect(second.weights).toEqual(first.weights)
    expect(first.weights).toEqual(shipped.weights)
    expect(shipped.training.options).toEqual(Config.classifier.training)
  })

  it("is part of rules_version: one weight changed, another version", () => {
    const changed = structuredClone(shipped)
    changed.weights[0][0] += 0.5
    expect(Either.getOrThrow(withModel(changed)).version).not.toBe(Either.getOrThrow(withModel(shipped)).version)
  })
})

describe("a damaged line model is refused with the reason", () => {
  it.each([
    ["missing", undefined, "there is no line model (pipeline/model/line-kinds.json): run pnpm train"],
    [
      "trained on other features",
      { ...shipped, features: shipped.features.map((name: string, i: number) => (i === 0 ? "renamed" : name)) },
      "the line model was trained on other features than this code computes: run pnpm train"
    ],
    [
      "a short row",
      { ...shipped, weights: shipped.weights.map((row: Array<number>, i: number) => (i === 1 ? row.slice(1) : row)) },
      "the line model's weights do not match its classes and features: run pnpm train"
    ],
    [
      "a weight that is not finite",
      {
        ...shipped,
        weights: shipped.weights.map((row: Array<number>, i: number) => (i === 0 ? [null, ...row.slice(1)] : row))
      },
      "the line model is malformed"
    ],
    [
      "an unknown class",
      { ...shipped, classes: ["title", "headline", ...shipped.classes.slice(2)] },
      "the line model is malformed"
    ]
  ])("%s", (_, file, reason) => {
    expect(refusal(file)).toContain(reason)
  })
})

describe("a line's vector written into shared buffers", () => {
  it("holds the entries vectorize gives, and the same probabilities (every gold line, the shipped model)", () => {
    const model = rules.lineModel!
    const buffer = sparseBufferFor(model)
    let lines = 0
    for (const page of loadGoldPages(rules.outlets)) {
      const hits = ruleHitsOf(page.segments, rules).map((r) => r.hits)
      const vectors = lineFeatures(page.segments, hits)
      page.segments.forEach((segment, index) => {
        const words = lineWords(segment.text)
        const x = vectorize(model, vectors[index]!, words)
        vectorizeInto(model, vectors[index]!, words, buffer)
        expect([...buffer.indices.subarray(0, buffer.length)]).toEqual([...x.indices])
        expect([...buffer.values.subarray(0, buffer.length)]).toEqual([...x.values])
        expect([...bufferProbabilities(model.weights, buffer)]).toStrictEqual([...probabilities(model.weights, x)])
        lines++
      })
    }
    expect(lines).toBeGreaterThan(1000)
  })
})
