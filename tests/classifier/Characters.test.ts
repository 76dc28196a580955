/**
 * The cheap paths the features take instead of a regex per character or a `u`-flag pattern
 * give the answers the regexes give: on every line of the gold pages, the same lines in upper
 * and lower case, and lines with the characters where the shortcuts could part from the regexes
 * (`ſ` and the Kelvin sign, which `iu` folds to `s` and `k`; emoji and lone surrogates).
 */
import { describe, expect, it } from "@effect/vitest"
import {
  countCharacters,
  foldsOnlyWithUnicode,
  hasLowerUpperLower,
  isUpperUnit,
  lettersOnly
} from "../../pipeline/classifier/Characters.ts"
import { shapeRows } from "../../pipeline/classifier/shapes.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules } from "../support/pipeline.ts"

const awkward = [
  "Thứ ſáu, 12/3/2024",
  "\u212Aết quả ngày 5 tháng 3",
  "Tuesday, \u212Aelvin",
  "Mardi 😀 12 mars",
  "aBc 😀aBc",
  "𝐀bc \ud800 lone",
  "Ảnh: TTXVN",
  "email@vtv.vn",
  "VIETNAMPLUS.VN"
]
const lines = [
  ...awkward,
  ...loadGoldPages(rules.outlets).flatMap((page) => page.segments.map((segment) => segment.text))
].flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()])

describe("character classes without a regex per character", () => {
  it("counts what /\\p{Lu}/u, /\\p{L}/u and ASCII digits count, spaces left out", () => {
    for (const line of lines) {
      const points = [...line].filter((c) => c !== " ")
      expect(countCharacters(line), line).toEqual({
        total: points.length,
        upper: points.filter((c) => /\p{Lu}/u.test(c)).length,
        letters: points.filter((c) => /\p{L}/u.test(c)).length,
        digits: points.filter((c) => c >= "0" && c <= "9").length
      })
    }
  })

  it("keeps the letters /[^\\p{L}]+/gu keeps, tells an upper-case unit and a glued case as the regexes do", () => {
    for (const line of lines) {
      expect(lettersOnly(line), line).toBe(line.replace(/[^\p{L}]+/gu, ""))
      expect(hasLowerUpperLower(line), line).toBe(/\p{Ll}\p{Lu}\p{Ll}/u.test(line))
      const words = line.split(" ")
      expect(
        words.map((word) => isUpperUnit(word, 0)),
        line
      ).toEqual(words.map((word) => /\p{Lu}/u.test(word.charAt(0))))
    }
  })

  it("finds the characters that only iu folds onto a text's letters", () => {
    expect(foldsOnlyWithUnicode("sk").source).toBe("[\\ud800-\\udfff\\u017f\\u212a]")
    expect(foldsOnlyWithUnicode("abc").source).toBe("[\\ud800-\\udfff]")
  })
})

describe("the shape gates", () => {
  it("pass every line their pattern matches", () => {
    const gated = shapeRows.filter((row) => row.gate !== undefined)
    expect(gated.map((row) => row.id)).toEqual([
      "weekday",
      "month-word",
      "photo-credit",
      "email",
      "domain",
      "glued-case"
    ])
    for (const row of gated) {
      let matched = 0
      for (const line of lines) {
        if (!row.pattern.test(line)) continue
        matched++
        expect(row.gate?.(line), `${row.id} on ${line}`).toBe(true)
      }
      expect(matched, row.id).toBeGreaterThan(2)
    }
  })
})
