/**
 * The translation model trained with the outlet table reads a page whose outlet it does not know
 * by the text's features: each known outlet's page is also read without that evidence in training
 * (`trainTranslationModel`), or the outlet's feature alone separates the pages and leaves the text little weight.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import {
  type OutletEdition,
  translationFeatureNames,
  translationFeatures,
  withoutOutlet
} from "../../pipeline/classifier/TranslationFeatures.ts"
import { pageLogOdds } from "../../pipeline/classifier/TranslationModel.ts"
import { type TranslationExample, trainTranslationModel } from "../../pipeline/train/TranslationTraining.ts"
import { projectRoot } from "../support/pipeline.ts"

const example = (file: string, outletEdition: OutletEdition, machine: boolean): TranslationExample => ({
  outlet: file,
  file,
  machine,
  page: {
    text: fs.readFileSync(path.join(projectRoot, "tests/gold", file), "utf8").trim(),
    switchLabel: false,
    sideBySide: false,
    translatedBoilerplate: false,
    outletEdition
  }
})

describe("the translation model trained with the outlet table", () => {
  const examples = [
    // French desks: a French agency's copy on TV5Monde, Le Courrier du Vietnam
    example("fr-desk-b/raw/51_tv5monde-afp-macron-arrive-au-vietnam.txt", "desk", false),
    example("fr-desk-a/raw/54_lecourrier-obseques-nationales-nguyen-phu-trong.txt", "desk", false),
    // automatic editions: Báo Nghệ An, Công Đoàn
    example("fr-mt-provincial/raw/18_baonghean-fr-ouest-apres-inondations.txt", "automatic", true),
    example("fr-mt-national/raw/33_congdoan-fr-syndicat-accompagne-victimes-accidents-ben-tre.txt", "automatic", true)
  ]
  const model = trainTranslationModel(examples)

  // Measured: without its outlet each page reads at 6.4 to 7.0 log-odds the right way; trained with the
  // outlet's evidence only, at 5.4 to 6.0 (the outlet's feature took the rest).
  it("reads each page right without its outlet, by the text alone", () => {
    for (const { page, machine, file } of examples) {
      const logOdds = pageLogOdds(model, translationFeatures(withoutOutlet(page)))
      expect(machine ? logOdds > 6 : logOdds < -6, `${file} ${logOdds}`).toBe(true)
    }
  })

  it("measures the means over both readings of each page", () => {
    expect(model.means[translationFeatureNames.indexOf("outlet-desk")]).toBeCloseTo((4 * 0.75 * 2) / 4)
    expect(model.means[translationFeatureNames.indexOf("bias")]).toBeCloseTo(1)
  })
})
