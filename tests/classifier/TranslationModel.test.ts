/**
 * The translation model file: the shipped one validates at start-up; a corrupted
 * one is refused with its reason, and the rule book refuses to build on it.
 */

import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { translationFeatureNames, translationFeatures } from "../../pipeline/classifier/TranslationFeatures.ts"
import {
  decodeTranslationModel,
  explain,
  pageLogOdds,
  readTranslationModelFile,
  strongestSignals,
  type TranslationModelFile
} from "../../pipeline/classifier/TranslationModel.ts"
import { buildRuleBook, defaultRuleTables } from "../../pipeline/rules/RuleBook.ts"

const shipped = readTranslationModelFile() as TranslationModelFile

const refusal = (json: unknown): string =>
  Either.match(decodeTranslationModel(json), { onLeft: (why) => why, onRight: () => "accepted" })

describe("translation model file", () => {
  it("ships a model that validates, over the features this code computes", () => {
    expect(Either.isRight(decodeTranslationModel(shipped))).toBe(true)
    expect(shipped.features).toEqual(translationFeatureNames)
    expect(shipped.classes).toEqual(["human", "machine"])
  })

  it("is hashed into the rules version", () => {
    const base = Either.getOrThrow(buildRuleBook(defaultRuleTables)).version
    const changed = {
      ...shipped,
      weights: [shipped.weights[0], shipped.weights[1].map((w, f) => (f === 1 ? w + 1 : w))]
    }
    const other = Either.getOrThrow(buildRuleBook({ ...defaultRuleTables, translationModel: changed })).version
    expect(other).not.toBe(base)
  })

  it.each([
    ["no file", undefined, "there is no translation model (pipeline/model/translation.json): run pnpm train"],
    [
      "a feature renamed",
      { ...shipped, features: ["bias", "something-else", ...shipped.features.slice(2)] },
      "the translation model was trained on other features than this code computes: run pnpm train"
    ],
    [
      "other vocabularies",
      { ...shipped, featureDigest: "0000000000000000" },
      "the translation model was trained with other vocabularies or patterns than this code uses: run pnpm train"
    ],
    [
      "a weight row cut short",
      { ...shipped, weights: [shipped.weights[0], shipped.weights[1].slice(1)] },
      "the translation model has weights or means that do not match its features: run pnpm train"
    ],
    [
      "an infinite weight",
      { ...shipped, means: [Number.POSITIVE_INFINITY, ...shipped.means.slice(1)] },
      "the translation model holds a weight that is not a finite number: run pnpm train"
    ]
  ])("refuses %s, saying why", (_, json, why) => {
    expect(refusal(json)).toBe(why)
  })

  it("refuses a weight that is not a number, as malformed", () => {
    const broken = { ...shipped, weights: [shipped.weights[0], ["x", ...shipped.weights[1].slice(1)]] }
    expect(refusal(broken)).toMatch(/^the translation model is malformed: /u)
  })

  it("stops the rule book from building on a corrupted model, with the reason", () => {
    const result = buildRuleBook({ ...defaultRuleTables, translationModel: { ...shipped, featureDigest: "x" } })
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isLeft(result)) {
      expect({ reason: result.left.reason, ruleId: result.left.ruleId }).toEqual({
        reason: "invalid-model",
        ruleId: "translation-model"
      })
    }
  })
})

describe("the page's log-odds", () => {
  /** The sums over the present features only, as `pageLogOdds` added them before it stopped skipping zeros. */
  const presentOnly = (weights: ReadonlyArray<Float64Array>, dense: Float64Array): number => {
    let human = 0
    let machine = 0
    for (let f = 0; f < dense.length; f++) {
      if (dense[f] === 0) continue
      human += weights[0]![f]! * dense[f]!
      machine += weights[1]![f]! * dense[f]!
    }
    return machine - human
  }

  it("is the sum over the present features, bit for bit, on sparse vectors of every sign", () => {
    const model = Either.getOrThrow(decodeTranslationModel(shipped))
    let state = 17
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state / 2147483648
    }
    const n = translationFeatureNames.length
    const values = [0, 0, 0, -0, 1, -1, 0.5, 3, 1e-9, -2.75]
    const weightValues = [0, -0, 0.25, -0.25, 1e-12, -3, 7]
    const randomWeights = [0, 1].map(() =>
      Float64Array.from({ length: n }, () => weightValues[Math.floor(random() * 7)]!)
    )
    for (let i = 0; i < 2_000; i++) {
      const dense = Float64Array.from({ length: n }, () => (random() < 0.8 ? 0 : values[Math.floor(random() * 10)]!))
      for (const weights of [model.weights, randomWeights])
        expect(Object.is(pageLogOdds({ weights, means: model.means }, dense), presentOnly(weights, dense))).toBe(true)
    }
  })
})

describe("the strongest signals of a page", () => {
  const model = Either.getOrThrow(decodeTranslationModel(shipped))
  /** Feature vectors of every gold page, and random ones: sparse, signed, some features at their mean. */
  const vectors = (): Array<Float64Array> => {
    const root = path.join(import.meta.dirname, "../gold")
    const found: Array<Float64Array> = []
    for (const set of fs.readdirSync(root)) {
      const raw = path.join(root, set, "raw")
      if (!fs.existsSync(raw)) continue
      for (const file of fs.readdirSync(raw)) {
        const text = fs.readFileSync(path.join(raw, file), "utf8")
        for (const outletEdition of [null, "automatic", "desk"] as const)
          found.push(
            translationFeatures({
              text,
              switchLabel: false,
              sideBySide: false,
              translatedBoilerplate: false,
              outletEdition
            })
          )
      }
    }
    let state = 7
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state / 2147483648
    }
    for (let k = 0; k < 500; k++) {
      const dense = new Float64Array(translationFeatureNames.length)
      dense[0] = 1
      for (let f = 1; f < dense.length; f++) {
        const roll = random()
        dense[f] = roll < 0.5 ? 0 : roll < 0.55 ? model.means[f]! : roll < 0.6 ? -0 : (random() - 0.3) * 6
      }
      found.push(dense)
    }
    return found
  }

  it("are explain's first signals of log-odds at least the minimum, in its order, on gold pages and random vectors", () => {
    for (const dense of vectors())
      for (const min of [0.5, 0.1, 2, 0, -1])
        for (const limit of [0, 1, 3, 5, 100, -1, 1.5]) {
          const expected = explain(model, dense)
            .filter((evidence) => evidence.logOdds >= min)
            .slice(0, limit)
            .map((evidence) => evidence.signal)
          expect(strongestSignals(model, dense, min, limit)).toEqual(expected)
        }
  })
})
