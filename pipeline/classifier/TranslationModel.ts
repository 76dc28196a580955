/**
 * The page-level translation model: logistic regression (the two-class case
 * of `Softmax.ts`) over `TranslationFeatures.ts`, weights as data in
 * `pipeline/model/translation.json`, written by `pnpm train`, decoded and
 * checked once at start-up (same feature names and vocabulary digest as this
 * code computes, finite weights), and hashed into `rules_version`.
 *
 * `explain` turns a page's log-odds into the words of `mt_signals`: each
 * present feature's contribution measured from the training pages' mean, summed by
 * signal (all function words are one "function-word profile"), strongest first.
 */
import * as fs from "node:fs"
import { Either, ParseResult, Schema } from "effect"
import type { Weights } from "./Softmax.ts"
import { translationFeatureDigest, translationFeatureNames, translationFeatureSignals } from "./TranslationFeatures.ts"

export const TranslationModelFile = Schema.Struct({
  format: Schema.Literal(1),
  /** Class 0: written in French; class 1: machine-translated. */
  classes: Schema.Tuple(Schema.Literal("human"), Schema.Literal("machine")),
  features: Schema.Array(Schema.String),
  /** Digest of the vocabularies and patterns the features were computed with. */
  featureDigest: Schema.String,
  /** Each feature's mean over the training pages: the point contributions are measured from. */
  means: Schema.Array(Schema.Number),
  weights: Schema.Tuple(Schema.Array(Schema.Number), Schema.Array(Schema.Number)),
  training: Schema.Record({ key: Schema.String, value: Schema.Unknown })
})
export type TranslationModelFile = typeof TranslationModelFile.Type

export interface TranslationModel {
  readonly weights: Weights
  readonly means: Float64Array
}

export const translationModelPath = new URL("../model/translation.json", import.meta.url)

export const readTranslationModelFile = (): unknown =>
  fs.existsSync(translationModelPath) ? JSON.parse(fs.readFileSync(translationModelPath, "utf8")) : undefined

const refuse = (why: string) => Either.left(`the translation model ${why}: run pnpm train`)

/** The decoded model, or why it cannot be used. */
export const decodeTranslationModel = (json: unknown): Either.Either<TranslationModel, string> =>
  json === undefined
    ? Either.left("there is no translation model (pipeline/model/translation.json): run pnpm train")
    : Schema.decodeUnknownEither(TranslationModelFile)(json).pipe(
        Either.mapLeft(
          (error) => `the translation model is malformed: ${ParseResult.TreeFormatter.formatErrorSync(error)}`
        ),
        Either.flatMap((file) => {
          const n = translationFeatureNames.length
          if (file.features.length !== n || file.features.some((name, i) => name !== translationFeatureNames[i])) {
            return refuse("was trained on other features than this code computes")
          }
          if (file.featureDigest !== translationFeatureDigest) {
            return refuse("was trained with other vocabularies or patterns than this code uses")
          }
          if (file.means.length !== n || file.weights.some((row) => row.length !== n)) {
            return refuse("has weights or means that do not match its features")
          }
          if ([...file.means, ...file.weights.flat()].some((value) => !Number.isFinite(value))) {
            return refuse("holds a weight that is not a finite number")
          }
          return Either.right({
            weights: file.weights.map((row) => Float64Array.from(row)),
            means: Float64Array.from(file.means)
          })
        })
      )

export const toTranslationModelFile = (
  model: TranslationModel,
  training: Readonly<Record<string, unknown>>
): TranslationModelFile => {
  const round = (value: number) => Math.round(value * 1e5) / 1e5
  return {
    format: 1,
    classes: ["human", "machine"],
    features: [...translationFeatureNames],
    featureDigest: translationFeatureDigest,
    means: Array.from(model.means, round),
    weights: [Array.from(model.weights[0]!, round), Array.from(model.weights[1]!, round)],
    training: { ...training }
  }
}

/** Log-odds that the page is machine-translated. */
export const pageLogOdds = (model: TranslationModel, dense: Float64Array): number => {
  // `scores(model.weights, sparse(dense))`, summed in the same order without the two copies.
  const human = model.weights[0]!
  const machine = model.weights[1]!
  let humanScore = 0
  let machineScore = 0
  // An absent feature adds a zero (the weights are finite), which leaves a sum as it is: a sum that starts at +0
  // is never -0, so the sums are those of the present features alone, added in the same order (with no branch
  // on each feature's presence, which the vectors' mix of zeros made a guess per feature).
  for (let f = 0; f < dense.length; f++) {
    const value = dense[f]!
    humanScore += human[f]! * value
    machineScore += machine[f]! * value
  }
  return machineScore - humanScore
}

/** Each feature's signal as an index into `signalNames`: `explain` sums into an array, not a map. */
const signalNames: ReadonlyArray<string> = [...new Set(translationFeatureSignals)]
const signalIndexOf: Int32Array = Int32Array.from(translationFeatureSignals, (signal) => signalNames.indexOf(signal))

/**
 * The features after the bias cut into runs of one signal, in order (`runStarts[r]` to `runStarts[r + 1]`, signal
 * `runSignals[r]`): the function words and the 1,024 trigram buckets are a run each, summed in a local.
 */
const runStarts: Array<number> = []
const runSignals: Array<number> = []
for (let f = 1; f < signalIndexOf.length; f++) {
  if (f === 1 || signalIndexOf[f] !== signalIndexOf[f - 1]) {
    runStarts.push(f)
    runSignals.push(signalIndexOf[f]!)
  }
}
runStarts.push(signalIndexOf.length)

export interface Evidence {
  readonly signal: string
  readonly logOdds: number
}

/**
 * Each signal's summed contribution into `sums` (cleared): each present feature's `(machine - human) × (value -
 * mean)`, added in feature order, a run's in a local (a signal's features are added in the same order, run after
 * run), as `explain` adds them. Without a branch on each feature's presence, which the trigram buckets' mix of
 * zeros made a guess per feature (a third of the time): an absent feature's term is multiplied by 0 (`+(value !==
 * 0)`), and adding that zero (or -0) leaves a sum as it is (a sum that starts at +0 is never -0); a present one's
 * by 1, itself. A present feature whose contribution is 0, which `explain` skips, adds that 0: the same sums.
 */
const sumBySignal = (model: TranslationModel, dense: Float64Array, sums: Float64Array): void => {
  const machine = model.weights[1]!
  const human = model.weights[0]!
  const means = model.means
  const end = Math.min(dense.length, signalIndexOf.length)
  for (let r = 0; r + 1 < runStarts.length; r++) {
    const from = runStarts[r]!
    if (from >= end) break
    const to = Math.min(runStarts[r + 1]!, end)
    const signal = runSignals[r]!
    let sum = sums[signal]!
    for (let f = from; f < to; f++) {
      const value = dense[f]!
      sum += (machine[f]! - human[f]!) * (value - means[f]!) * +(value !== 0)
    }
    sums[signal] = sum
  }
}

/** Strongest first: by the size of the log-odds, then by name (signals are distinct: a total order). */
const byStrength = (a: Evidence, b: Evidence): number =>
  Math.abs(b.logOdds) - Math.abs(a.logOdds) || (a.signal < b.signal ? -1 : 1)

/** The evidence for (positive) and against (negative) machine translation, strongest first, by signal. */
export const explain = (model: TranslationModel, dense: Float64Array): ReadonlyArray<Evidence> => {
  const sums = new Float64Array(signalNames.length)
  const named = new Uint8Array(signalNames.length)
  const machine = model.weights[1]!
  const human = model.weights[0]!
  for (let f = 1; f < dense.length; f++) {
    // an absent feature is no evidence to name, whatever the mean
    if (dense[f] === 0) continue
    const contribution = (machine[f]! - human[f]!) * (dense[f]! - model.means[f]!)
    if (contribution === 0) continue
    const signal = signalIndexOf[f]!
    sums[signal]! += contribution
    named[signal] = 1
  }
  const evidence: Array<Evidence> = []
  for (let signal = 0; signal < signalNames.length; signal++) {
    if (named[signal] === 1) evidence.push({ signal: signalNames[signal]!, logOdds: sums[signal]! })
  }
  // Signals are distinct: the order below does not depend on the order they were found in.
  return evidence.sort(byStrength)
}

const scratchSums = new Float64Array(signalNames.length)

/**
 * The names of `explain`'s first `limit` signals of log-odds `minLogOdds` or more (`explain(model, dense)
 * .filter(…).slice(0, limit)`): for a positive minimum those are its positive signals, which `byStrength`
 * orders among themselves as among all, so only they are sorted.
 */
export const strongestSignals = (
  model: TranslationModel,
  dense: Float64Array,
  minLogOdds: number,
  limit: number
): ReadonlyArray<string> => {
  if (!(minLogOdds > 0) || !Number.isInteger(limit) || limit < 0) {
    return explain(model, dense)
      .filter((evidence) => evidence.logOdds >= minLogOdds)
      .slice(0, limit)
      .map((evidence) => evidence.signal)
  }
  // (a scratch array, cleared: `explain`'s new one, without an allocation outside the heap per page)
  const sums = scratchSums.fill(0)
  sumBySignal(model, dense, sums)
  const strong: Array<Evidence> = []
  // (a sum of `minLogOdds` or more, above 0, has a contribution: `explain` names the signal)
  for (let signal = 0; signal < signalNames.length; signal++) {
    if (sums[signal]! >= minLogOdds) strong.push({ signal: signalNames[signal]!, logOdds: sums[signal]! })
  }
  if (strong.length > 1) strong.sort(byStrength)
  const names: Array<string> = []
  for (let i = 0; i < strong.length && i < limit; i++) names.push(strong[i]!.signal)
  return names
}
