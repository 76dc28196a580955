/**
 * The softmax trainer: probabilities are a distribution, training is deterministic, and it
 * learns what the data says (a separable toy problem, an unregularised bias).
 */
import { describe, expect, it } from "@effect/vitest"
import { type Example, probabilities, sparse, train } from "../../pipeline/classifier/Softmax.ts"

const example = (values: ReadonlyArray<number>, label: number, weight = 1): Example => ({
  x: sparse(Float64Array.from([1, ...values])),
  label,
  weight
})

// Three classes told apart by which of three features is on; feature 0 is the bias.
const examples: ReadonlyArray<Example> = [
  example([1, 0, 0], 0),
  example([1, 0, 0.5], 0),
  example([0, 1, 0], 1),
  example([0.5, 1, 0], 1),
  example([0, 0, 1], 2),
  example([0, 0.5, 1], 2)
]
const options = { l2: 0.001, steps: 300, learningRate: 0.05 }

describe("softmax", () => {
  it("gives probabilities that sum to one, even for large scores", () => {
    const p = probabilities(
      [Float64Array.from([0, 900]), Float64Array.from([0, -900])],
      sparse(Float64Array.from([1, 1]))
    )
    expect(p[0]! + p[1]!).toBeCloseTo(1, 12)
    expect(p[0]).toBeCloseTo(1, 12)
  })

  it("keeps only non-zero features in a sparse vector", () => {
    const x = sparse(Float64Array.from([1, 0, 0, 2.5, 0]))
    expect([...x.indices]).toEqual([0, 3])
    expect([...x.values]).toEqual([1, 2.5])
  })

  it("learns a separable problem", () => {
    const weights = train(examples, 3, 4, options)
    for (const e of examples) {
      const p = probabilities(weights, e.x)
      const best = [...p.keys()].reduce((a, b) => (p[b]! > p[a]! ? b : a))
      expect(best).toBe(e.label)
      expect(p[e.label]).toBeGreaterThan(0.8)
    }
  })

  it("trains to the same weights every time", () => {
    const a = train(examples, 3, 4, options)
    const b = train(examples, 3, 4, options)
    expect(a.map((row) => [...row])).toEqual(b.map((row) => [...row]))
  })

  it("follows the example weights: a heavier class wins an ambiguous input", () => {
    const ambiguous = [example([1], 0, 1), example([1], 1, 3)]
    const weights = train(ambiguous, 2, 2, options)
    const p = probabilities(weights, sparse(Float64Array.from([1, 1])))
    expect(p[1]).toBeCloseTo(0.75, 1)
  })
})
