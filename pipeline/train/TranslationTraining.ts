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

/**
 * With the outlet table, each page whose outlet it knows is read twice: with that evidence (three
 * quarters of its weight) and without it (a quarter). The outlet's feature alone separates nearly every training page (an
 * automatic edition's, a desk's), so trained only with it the model leaves the text's features little
 * weight; a page whose outlet is not found or not in the table (a reprint of AFP copy on Arab News or
 * RTL Info, an unknown portal) was then read by those small weights and the bias alone. Read also
 * without it, the text's features keep the weight they need on their own, and the outlet's evidence
 * adds to them where the outlet is known. (Half and half, 10 folds: the text outweighed the outlet's
 * evidence on two Vietnam+ desk pages, flagged with the table; a quarter keeps them, with the table
 * lines P .972 -> .991, French pages F1 .997 -> 1.000.)
 */
export const trainTranslationModel = (
  examples: ReadonlyArray<TranslationExample>,
  options: TranslationTrainingOptions = { useOutlet: true }
): TranslationModel => {
  const readings = examples.flatMap((example) =>
    !options.useOutlet
      ? [{ example, page: withoutOutlet(example.page), share: 1 }]
      : example.page.outletEdition === null
        ? [{ example, page: example.page, share: 1 }]
        : [
            { example, page: example.page, share: 0.75 },
            { example, page: withoutOutlet(example.page), share: 0.25 }
          ]
  )
  const vectors = readings.map((reading) => translationFeatures(reading.page))
  const features = vectors[0]?.length ?? 1
  const means = new Float64Array(features)
  readings.forEach((reading, i) => {
    const vector = vectors[i]!
    for (let f = 0; f < features; f++) means[f]! += (reading.share * vector[f]!) / examples.length
  })
  const machine = examples.filter((example) => example.machine).length
  const human = examples.length - machine
  const trainingExamples: Array<Example> = readings.map((reading, i) => ({
    x: sparse(vectors[i]!),
    label: reading.example.machine ? 1 : 0,
    weight: (reading.share * examples.length) / (2 * Math.max(1, reading.example.machine ? machine : human))
  }))
  return { weights: train(trainingExamples, 2, features, settings.training), means }
}
