/**
 * Regression floor of the machine-translation flag, cross-validated by outlet:
 * three folds of outlets held out (line classifier and translation model both
 * retrained in each), with and without the outlet table's knowledge of French
 * editions. Measured (3 folds): with the outlet table lines P 0.945 R 0.954,
 * French pages P 0.952 R 0.980, mt_status right on 0.973 of pages; without it
 * lines P 0.828 R 0.812, pages P 0.790 R 0.822.
 * The floors sit a little below.
 */
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { crossValidate } from "../../pipeline/evaluate/CrossValidate.ts"
import { buildRuleBook, defaultRuleTables } from "../../pipeline/rules/RuleBook.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { detect, projectRoot } from "../support/pipeline.ts"

describe("machine translation by outlets left out", () => {
  it("stays above its floors, with and without outlet knowledge", { timeout: 900_000 }, () => {
    const rules = Either.getOrThrow(buildRuleBook({ ...defaultRuleTables, lineModel: null, translationModel: null }))
    const pages = loadGoldPages(rules.outlets, path.join(projectRoot, "tests/gold"))
    const cv = crossValidate(pages, rules, detect, () => {}, 3)
    const withOutlet = cv.translation
    const blind = cv.translationWithoutOutlet
    const floors = {
      linePrecision: withOutlet.lines.precision >= 0.9,
      lineRecall: withOutlet.lines.recall >= 0.9,
      pageF1: withOutlet.pages.f1 >= 0.92,
      statusRight: withOutlet.statusRight >= 0.94,
      blindLineF1: blind.lines.f1 >= 0.75,
      blindPageF1: blind.pages.f1 >= 0.74
    }
    expect(floors).toEqual({
      linePrecision: true,
      lineRecall: true,
      pageF1: true,
      statusRight: true,
      blindLineF1: true,
      blindPageF1: true
    })
  })
})
