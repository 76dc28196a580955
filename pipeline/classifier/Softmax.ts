/**
 * Multinomial logistic regression (softmax) over sparse feature vectors, with
 * L2 regularisation, trained by full-batch Adam from zero weights: the same
 * data give the same weights, bit for bit, on every machine (no random
 * initialisation, no shuffling, a fixed number of steps).
 *
 * Why our own: the model is 13 classes × ~150 features over a few thousand
 * lines. The JavaScript libraries that fit (ml-logistic-regression) train one
 * binary model per class, without class probabilities that sum to one and with
 * a dense matrix library behind them; this is ~100 lines, tested in
 * `tests/classifier/Softmax.test.ts` against separable and balanced cases.
 */

/** A feature vector with only its non-zero entries. */
export interface SparseVector {
  readonly indices: Int32Array
  readonly values: Float64Array
}

/**
 * The non-zero entries of `dense`, in order, then `ones` (indexes past the dense ones, increasing), each
 * with the value 1.
 */
export const sparse = (dense: Float64Array, ones: ReadonlyArray<number> = []): SparseVector => {
  let nonZero = 0
  for (let index = 0; index < dense.length; index++) if (dense[index] !== 0) nonZero++
  const indices = new Int32Array(nonZero + ones.length)
  const values = new Float64Array(nonZero + ones.length)
  let next = 0
  for (let index = 0; index < dense.length; index++) {
    const value = dense[index]!
    if (value !== 0) {
      indices[next] = index
      values[next] = value
      next++
    }
  }
  for (const index of ones) {
    indices[next] = index
    values[next] = 1
    next++
  }
  return { indices, values }
}

export interface TrainOptions {
  readonly l2: number
  readonly steps: number
  readonly learningRate: number
}

export interface Example {
  readonly x: SparseVector
  readonly label: number
  readonly weight: number
}

/** `weights[k][f]`: the log-odds feature f adds to class k. */
export type Weights = ReadonlyArray<Float64Array>

export const scores = (weights: Weights, x: SparseVector): Float64Array =>
  scoresOf(weights, x.indices, x.values, x.indices.length)

/** `scores` of the sparse vector of the first `n` entries of `indices` and `values`, written into `out`. */
const scoresOf = (
  weights: Weights,
  indices: Int32Array,
  values: Float64Array,
  n: number,
  out: Float64Array = new Float64Array(weights.length)
): Float64Array => {
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!
    let sum = 0
    for (let j = 0; j < n; j++) sum += w[indices[j]!]! * values[j]!
    out[k] = sum
  }
  return out
}

/**
 * A sparse vector written into buffers that outlast it (`LineModel.vectorizeInto`): its entries are the
 * first `length` of `indices` and `values`.
 */
export interface SparseBuffer {
  readonly indices: Int32Array
  readonly values: Float64Array
  length: number
}

/** Class probabilities, summing to one. */
export const probabilities = (weights: Weights, x: SparseVector): Float64Array =>
  normalised(scoresOf(weights, x.indices, x.values, x.indices.length))

/**
 * `probabilities` of the vector in `x`'s buffers: the same sums in the same order. Into `out` (as many
 * entries as classes, each written) where given: a new array of a few numbers is a buffer of its own
 * outside V8's heap, dearer than a view of a larger one.
 */
export const bufferProbabilities = (weights: Weights, x: SparseBuffer, out?: Float64Array): Float64Array =>
  normalised(scoresOf(weights, x.indices, x.values, x.length, out))

/** The softmax of the scores `z`, in place. */
const normalised = (z: Float64Array): Float64Array => {
  let max = Number.NEGATIVE_INFINITY
  for (const value of z) max = Math.max(max, value)
  let total = 0
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max)
    total += z[k]!
  }
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / total
  return z
}

export const train = (
  examples: ReadonlyArray<Example>,
  classes: number,
  features: number,
  options: TrainOptions
): Weights => {
  const weights = Array.from({ length: classes }, () => new Float64Array(features))
  const m = Array.from({ length: classes }, () => new Float64Array(features))
  const v = Array.from({ length: classes }, () => new Float64Array(features))
  const gradient = Array.from({ length: classes }, () => new Float64Array(features))
  const totalWeight = examples.reduce((sum, example) => sum + example.weight, 0) || 1
  const beta1 = 0.9
  const beta2 = 0.999
  for (let step = 1; step <= options.steps; step++) {
    for (const g of gradient) g.fill(0)
    for (const example of examples) {
      const p = probabilities(weights, example.x)
      for (let k = 0; k < classes; k++) {
        const error = (p[k]! - (k === example.label ? 1 : 0)) * example.weight
        if (error === 0) continue
        const g = gradient[k]!
        for (let j = 0; j < example.x.indices.length; j++) g[example.x.indices[j]!]! += error * example.x.values[j]!
      }
    }
    const correction1 = 1 - beta1 ** step
    const correction2 = 1 - beta2 ** step
    for (let k = 0; k < classes; k++) {
      const w = weights[k]!
      const g = gradient[k]!
      const mk = m[k]!
      const vk = v[k]!
      for (let f = 0; f < features; f++) {
        // feature 0 is the bias: not regularised
        const grad = g[f]! / totalWeight + (f === 0 ? 0 : options.l2 * w[f]!)
        mk[f] = beta1 * mk[f]! + (1 - beta1) * grad
        vk[f] = beta2 * vk[f]! + (1 - beta2) * grad * grad
        w[f] = w[f]! - (options.learningRate * (mk[f]! / correction1)) / (Math.sqrt(vk[f]! / correction2) + 1e-8)
      }
    }
  }
  return weights
}
