/**
 * Training the page-level translation model from gold pages labelled by
 * edition: every page whose French title and body the translation model would
 * read is an example, machine-translated when its gold `mt` is `partial` or
 * `full`. The two classes are weighted to balance, so that a set with more
 * French-desk pages does not tilt the prior.
 */

import { Config } from "../Config.ts"
import { type Example, sparse, train } from "../classifier/Softmax.ts"
import { type TranslationPage, translationFeatures, withoutOutlet } from "../classifier/TranslationFeatures.ts"
import type { TranslationModel } from "../classifier/TranslationModel.ts"
import type { CleanSegment, WithMetadata } from "../Document.ts"
import type { RuleBook } from "../rules/RuleBook.ts"
import { translatedLanguage, translationPageOf } from "../stages/FlagTranslation.ts"
import type { GoldPage } from "./GoldPages.ts"

export interface TranslationExample {
  readonly outlet: string
  readonly file: string
  readonly page: TranslationPage
  readonly machine: boolean
}

const settings = Config.translation

/** The gold page as a training example, or `null` when the model would not read it (no page label, too little French). */
export const translationExample = (
  gold: GoldPage,
  described: WithMetadata<CleanSegment>,
  rules: RuleBook
): TranslationExample | null => {
  if (gold.document === null) return null
  const target = translatedLanguage(described.segments)
  if (target !== settings.modelLanguage) return null
  const page = translationPageOf(described, target, rules)
  if (page.text.length < settings.modelMinChars) return null
  return { outlet: gold.outlet, file: `${gold.set}/${gold.file}`, page, machine: gold.document.mt !== "none" }
}

export interface TranslationTrainingOptions {
  /** Train and read pages without the outlet table's evidence: the measure without outlet knowledge. */
  readonly useOutlet: boolean
}

export const trainTranslationModel = (
  examples: ReadonlyArray<TranslationExample>,
  options: TranslationTrainingOptions = { useOutlet: true }
): TranslationModel => {
  const vectors = examples.map((example) =>
    translationFeatures(options.useOutlet ? example.page : withoutOutlet(example.page))
  )
  const features = vectors[0]?.length ?? 1
  const means = new Float64Array(features)
  for (const vector of vectors) {
    for (let f = 0; f < features; f++) means[f]! += vector[f]! / vectors.length
  }
  const machine = examples.filter((example) => example.machine).length
  const human = examples.length - machine
  const trainingExamples: Array<Example> = examples.map((example, i) => ({
    x: sparse(vectors[i]!),
    label: example.machine ? 1 : 0,
    weight: examples.length / (2 * Math.max(1, example.machine ? machine : human))
  }))
  return { weights: train(trainingExamples, 2, features, settings.training), means }
}
