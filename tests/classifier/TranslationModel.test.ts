/**
 * The translation model file: the shipped one validates at start-up; a corrupted
 * one is refused with its reason, and the rule book refuses to build on it.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { translationFeatureNames } from "../../pipeline/classifier/TranslationFeatures.ts"
import {
  decodeTranslationModel,
  readTranslationModelFile,
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
