/**
 * The line classifier's weights: data in `pipeline/model/line-kinds.json`,
 * written by `pnpm train`, decoded and checked once at start-up (the feature
 * names must be those `LineFeatures.ts` computes, in the same order, and every
 * row as long as the feature list), and hashed into `rules_version` with the
 * rule tables.
 */
import * as fs from "node:fs"
import { Either, ParseResult, Schema } from "effect"
import { Kind } from "../../schemas/Vocabulary.ts"
import { featureNames } from "./LineFeatures.ts"
import { type SparseBuffer, type SparseVector, sparse, type Weights } from "./Softmax.ts"

export const LineModelFile = Schema.Struct({
  format: Schema.Literal(1),
  features: Schema.Array(Schema.String),
  /** Words and word pairs whose presence is a feature, after the named features. */
  vocabulary: Schema.Array(Schema.String),
  classes: Schema.Array(Kind),
  weights: Schema.Array(Schema.Array(Schema.Number)),
  /** What it was trained on and how: pages, lines, outlets, options. */
  training: Schema.Record({ key: Schema.String, value: Schema.Unknown })
})
export type LineModelFile = typeof LineModelFile.Type

export interface LineModel {
  readonly classes: ReadonlyArray<Kind>
  readonly vocabulary: ReadonlyArray<string>
  readonly weights: Weights
}

/** Where each vocabulary word's weight sits: after the named features. */
export const vocabularyIndex = (model: LineModel): ReadonlyMap<string, number> => {
  const cached = indexes.get(model)
  if (cached !== undefined) return cached
  const index = new Map(model.vocabulary.map((word, i) => [word, featureNames.length + i]))
  indexes.set(model, index)
  return index
}
const indexes = new WeakMap<LineModel, ReadonlyMap<string, number>>()

/** The name of feature `f` of the model, as `kind_evidence` prints it. */
export const featureName = (model: LineModel, f: number): string =>
  f < featureNames.length ? featureNames[f]! : `word:${model.vocabulary[f - featureNames.length]}`

/**
 * The named features and the line's vocabulary words as one sparse vector: the named features' non-zero
 * entries in order, then the words' indexes (all past the named features) in increasing order, each 1.
 */
export const vectorize = (model: LineModel, dense: Float64Array, words: ReadonlyArray<string>): SparseVector => {
  const index = vocabularyIndex(model)
  const extra: Array<number> = []
  for (const word of words) {
    const i = index.get(word)
    if (i !== undefined) extra.push(i)
  }
  return sparse(
    dense,
    extra.sort((a, b) => a - b)
  )
}

/**
 * `vectorize` into `into`'s buffers (as long as the model's features and vocabulary together, at least),
 * without a vector made per line: the same entries in the same order, `into.length` of them.
 */
export const vectorizeInto = (
  model: LineModel,
  dense: Float64Array,
  words: ReadonlyArray<string>,
  into: SparseBuffer
): SparseBuffer => {
  const index = vocabularyIndex(model)
  const extra: Array<number> = []
  for (const word of words) {
    const i = index.get(word)
    if (i !== undefined) extra.push(i)
  }
  extra.sort((a, b) => a - b)
  const { indices, values } = into
  let next = 0
  for (let f = 0; f < dense.length; f++) {
    const value = dense[f]!
    if (value !== 0) {
      indices[next] = f
      values[next] = value
      next++
    }
  }
  for (const f of extra) {
    indices[next] = f
    values[next] = 1
    next++
  }
  into.length = next
  return into
}

/** Buffers `vectorizeInto` can write any line's vector of `model` into. */
export const sparseBufferFor = (model: LineModel): SparseBuffer => {
  const size = featureNames.length + model.vocabulary.length
  return { indices: new Int32Array(size), values: new Float64Array(size), length: 0 }
}

export const modelPath = new URL("../model/line-kinds.json", import.meta.url)

/** The model file's JSON, `undefined` when there is none yet. */
export const readModelFile = (): unknown =>
  fs.existsSync(modelPath) ? JSON.parse(fs.readFileSync(modelPath, "utf8")) : undefined

/** The decoded model, or why it cannot be used. */
export const decodeLineModel = (json: unknown): Either.Either<LineModel, string> =>
  json === undefined
    ? Either.left("there is no line model (pipeline/model/line-kinds.json): run pnpm train")
    : Schema.decodeUnknownEither(LineModelFile)(json).pipe(
        Either.mapLeft((error) => `the line model is malformed: ${ParseResult.TreeFormatter.formatErrorSync(error)}`),
        Either.flatMap((file) => {
          if (
            file.features.length !== featureNames.length ||
            file.features.some((name, i) => name !== featureNames[i])
          ) {
            return Either.left("the line model was trained on other features than this code computes: run pnpm train")
          }
          if (
            file.weights.length !== file.classes.length ||
            file.weights.some((row) => row.length !== featureNames.length + file.vocabulary.length)
          ) {
            return Either.left("the line model's weights do not match its classes and features: run pnpm train")
          }
          if (file.weights.some((row) => row.some((value) => !Number.isFinite(value)))) {
            return Either.left("the line model holds a weight that is not a finite number: run pnpm train")
          }
          return Either.right({
            classes: file.classes,
            vocabulary: file.vocabulary,
            weights: file.weights.map((row) => Float64Array.from(row))
          })
        })
      )

export const toModelFile = (model: LineModel, training: Readonly<Record<string, unknown>>): LineModelFile => ({
  format: 1,
  features: [...featureNames],
  vocabulary: [...model.vocabulary],
  classes: [...model.classes],
  weights: model.weights.map((row) => Array.from(row, (value) => Math.round(value * 1e5) / 1e5)),
  training: { ...training }
})
