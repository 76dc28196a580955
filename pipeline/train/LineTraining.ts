/**
 * Training the line classifier from gold pages: every segment that holds a
 * labelled line is an example, labelled with the kind of its first labelled
 * line (a text line is one segment; an HTML block may span lines of one kind).
 * Classes are weighted towards balance (the square root of the inverse
 * frequency), so that a kind seen on a few dozen lines still counts.
 */
import type { Kind } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import { featureCount, kinds, lineFeatures, lineWords } from "../classifier/LineFeatures.ts"
import { type LineModel, vectorize } from "../classifier/LineModel.ts"
import { type Example, train } from "../classifier/Softmax.ts"
import type { RuleBook } from "../rules/RuleBook.ts"
import { ruleHitsOf } from "../stages/ClassifyNoise.ts"
import type { GoldPage } from "./GoldPages.ts"

export interface LabelledLine {
  readonly outlet: string
  readonly dense: Float64Array
  readonly words: ReadonlyArray<string>
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
    out.push({ outlet: page.outlet, dense: features[index]!, words: lineWords(segment.text), kind: gold.kind as Kind })
  })
  return out
}

/**
 * The words that become features: used on lines of at least
 * `vocabularyMinOutlets` outlets (a word of one site's template says nothing
 * of another's), the most widespread first.
 */
export const chooseVocabulary = (lines: ReadonlyArray<LabelledLine>): ReadonlyArray<string> => {
  const outletsOf = new Map<string, Set<string>>()
  for (const line of lines) {
    for (const word of line.words) {
      const set = outletsOf.get(word) ?? new Set<string>()
      set.add(line.outlet)
      outletsOf.set(word, set)
    }
  }
  const { vocabularyMinOutlets, vocabularySize } = Config.classifier.training
  return [...outletsOf]
    .filter(([, outlets]) => outlets.size >= vocabularyMinOutlets)
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .slice(0, vocabularySize)
    .map(([word]) => word)
    .sort()
}

export const trainLineModel = (lines: ReadonlyArray<LabelledLine>): LineModel => {
  const vocabulary = chooseVocabulary(lines)
  const shell: LineModel = { classes: kinds, vocabulary, weights: [] }
  const counts = new Map<Kind, number>()
  for (const line of lines) counts.set(line.kind, (counts.get(line.kind) ?? 0) + 1)
  const examples: Array<Example> = lines.map((line) => ({
    x: vectorize(shell, line.dense, line.words),
    label: kindIndex.get(line.kind)!,
    weight: Math.sqrt(lines.length / (counts.size * counts.get(line.kind)!))
  }))
  const weights = train(examples, kinds.length, featureCount + vocabulary.length, Config.classifier.training)
  return { classes: kinds, vocabulary, weights }
}
