/**
 * Training the line classifier from gold pages: every segment that holds a
 * labelled line is an example, labelled with the kind of its first labelled
 * line (a text line is one segment; an HTML block may span lines of one kind).
 * Classes are weighted towards balance (the square root of the inverse
 * frequency), so that a kind seen on a few dozen lines still counts.
 */
import type { Kind } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import { featureCount, kinds, lineFeatures } from "../classifier/LineFeatures.ts"
import type { LineModel } from "../classifier/LineModel.ts"
import { type Example, type SparseVector, sparse, train } from "../classifier/Softmax.ts"
import type { RuleBook } from "../rules/RuleBook.ts"
import { ruleHitsOf } from "../stages/ClassifyNoise.ts"
import type { GoldPage } from "./GoldPages.ts"

export interface LabelledLine {
  readonly outlet: string
  readonly x: SparseVector
  readonly kind: Kind
}

const kindIndex = new Map(kinds.map((kind, index) => [kind as string, index]))

/** The page's labelled segments as training examples (none for a page without line labels). */
export const labelledLines = (page: GoldPage, rules: RuleBook): ReadonlyArray<LabelledLine> => {
  if (page.lines.length === 0) return []
  const hits = ruleHitsOf(page.segments, rules).map((r) => r.hits)
  const features = lineFeatures(page.segments, hits)
  const out: Array<LabelledLine> = []
  page.segments.forEach((segment, index) => {
    if (segment.hint !== null) return
    const gold = page.lines.find((line) => line.line >= segment.lineStart && line.line <= segment.lineEnd)
    if (gold === undefined || !kindIndex.has(gold.kind)) return
    out.push({ outlet: page.outlet, x: sparse(features[index]!), kind: gold.kind as Kind })
  })
  return out
}

export const trainLineModel = (lines: ReadonlyArray<LabelledLine>): LineModel => {
  const counts = new Map<Kind, number>()
  for (const line of lines) counts.set(line.kind, (counts.get(line.kind) ?? 0) + 1)
  const examples: Array<Example> = lines.map((line) => ({
    x: line.x,
    label: kindIndex.get(line.kind)!,
    weight: Math.sqrt(lines.length / (counts.size * counts.get(line.kind)!))
  }))
  const weights = train(examples, kinds.length, featureCount, Config.classifier.training)
  return { classes: kinds, weights }
}
