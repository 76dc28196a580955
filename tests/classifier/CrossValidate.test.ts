/**
 * The accuracy floor, measured as `pnpm evaluate --cv --folds 3` measures it: the
 * gold pages' outlets in three groups, each group cleaned by a model trained on the
 * other two (rules and outlet table as shipped). The floors sit a little below the
 * figures measured when they were set (README, "Accuracy"), so a change that makes
 * the cleaner worse on outlets it has not seen fails here.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { Config } from "../../pipeline/Config.ts"
import { crossValidateYielding } from "../../pipeline/evaluate/CrossValidate.ts"
import { buildRuleBook, defaultRuleTables } from "../../pipeline/rules/RuleBook.ts"
import { makeEldDetector } from "../../pipeline/services/Eld.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { belowFloors } from "../support/floors.ts"

describe("cross-validated by outlet, three folds", () => {
  it("stays above the floor", { timeout: 240_000 }, async () => {
    const rules = Either.getOrThrow(buildRuleBook({ ...defaultRuleTables, lineModel: null }))
    const pages = loadGoldPages(rules.outlets)
    const result = await crossValidateYielding(pages, rules, makeEldDetector(Config.language.detectable), 3)
    const { report, documents } = result
    expect(result.folds).toBe(3)
    expect(result.outlets).toBeGreaterThanOrEqual(140)
    // measured 2026-12-04 on 370 pages: noise P .922 R .839 F1 .879, content kept .993, kind .793, line
    // language .968; pages: title .843, date .865, outlet .859, author .824, language .992.
    // Re-measured when fr-mt-more joined the gold (422 pages, the line model's code unchanged): noise
    // P .905 R .836 F1 .869, content kept .990, kind .783, line language .969; pages: title .820,
    // date .863, outlet .874, author .832, language .991 (10 folds: noise F1 .878 before and after)
    // 2026-12-05, caption and acronym features, the title floor and guards, breadcrumbs off headlines, the
    // image-file and player-fallback rules (425 pages): noise P .917 R .849 F1 .882, content kept .992,
    // kind .794, line language .969; pages: title .842, date .861, outlet .875, author .833, language .993
    // 2026-12-05, labels of a French page's chrome in its language (490 pages): line language .969 -> .974,
    // everything else as before (noise F1 .882, kept .992, kind .794, title .829); a scraper's `date` field
    // taken off the headline: title .829 -> .833
    // 2026-12-06, the outlet also found with a table without the held-out outlets' rows (517 pages):
    // outlet .867 with the table, .058 without (10 folds: .867 / .056); the page's own tag and printed domain
    // where the table knows neither: without the table .056 -> .170 at 10 folds
    // Headline support (a title the body does not bear out gives way to a later head headline it does): 10 folds
    // titles .865 -> .870, dates .863 -> .865, noise F1 .883 -> .887
    // 2026-12-06 after the day's outlet and title work, 3 folds: noise P .904 R .850 F1 .876, kept .990, kind .787,
    // line language .977; pages: title .874, date .857, outlet .867 (.174 without the held-out outlets), author .843
    // A byline's names when no rule captured them, and a signature's with its date (BylineNames.ts): author
    // .843 -> .934 at 3 folds (.847 -> .948 at 10)
    // 2026-12-06 after the kinds, meta, noise and vi-more3 merges (533 pages of 193 outlets), 3 folds: noise P .917
    // R .864 F1 .890, kept .992, kind .825, line language .987; pages: title .872, date .925, outlet .854 (.165
    // without the held-out outlets), author .951
    // 2026-12-06 evening, titles, bylines and chrome outlets, then vi-more5 (550 pages of 210 outlets), 3 folds:
    // noise P .913 R .862 F1 .887, kept .992, kind .831, line language .989; pages: title .905, date .925, outlet
    // .851 (.164 without the held-out outlets), author .949
    // 2026-12-06 night, body taken back by class, captions, noise kinds, outlet rows, titles under the chrome,
    // programme schedules (550 pages), 3 folds: noise P .939 R .885 F1 .911, kept .994, kind .883, line language
    // .989; pages: title .920, date .936, outlet .982 (.220 without the held-out outlets), author .949; floors raised
    // 2026-12-07, captions by what they say, noise kinds by class, headlines over a dated lede (550 pages), 3 folds:
    // noise P .949 R .901 F1 .924, kept .995, kind .900, line language .990; pages: title .935, date .936, outlet
    // .982 (.222 without the held-out outlets), author .964; floors raised
    // then captions6 (short scenes, lone punctuation, French photo captions), 3 folds: noise P .950 R .914 F1 .932,
    // kept .995, kind .906; the pages as above; floors raised
    // 2026-12-07 (second session): vi-fr-more6 (17 pages of 17 new outlets, 567 pages of 225 outlets), related
    // runs, captions over repeats and over credited captions, address formulas, chrome names, dates called
    // chrome, numbered sections never the title, 3 folds: noise P .956 R .923 F1 .939, kept .996, kind .923, line
    // language .989; pages: title .929, date .935, outlet .965 (.219 without the held-out outlets), author .972;
    // floors raised
    // then teaser ledes and near repeats (captions8), English picture roles and shared words of a French page's
    // chrome (lang2), 3 folds: noise P .956 R .927 F1 .941, kept .996, kind .924, line language .9915; floors raised
    expect(
      belowFloors(
        {
          noisePrecision: report.noise.precision,
          noiseRecall: report.noise.recall,
          noiseF1: report.noise.f1,
          contentKept: report.contentCharsKept,
          kind: report.kindAccuracy,
          lineLanguage: report.langAccuracy,
          title: documents.title,
          date: documents.date,
          outlet: documents.outlet,
          outletUnseen: result.outletUnseen,
          author: documents.author,
          language: documents.language
        },
        {
          noisePrecision: 0.945,
          noiseRecall: 0.915,
          noiseF1: 0.935,
          contentKept: 0.99,
          kind: 0.91,
          lineLanguage: 0.985,
          title: 0.92,
          date: 0.925,
          outlet: 0.95,
          outletUnseen: 0.19,
          author: 0.94,
          language: 0.99
        }
      )
    ).toEqual([])
  })
})
