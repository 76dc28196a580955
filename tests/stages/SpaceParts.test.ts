/**
 * The title steps count a line's words without cutting it: `atMostSpaceParts` is
 * `text.split(" ").length <= max`, `twoWordsOrMore` is `text.trim().split(/\s+/u).length >= 2`,
 * on every gold line and on strings of spaces of every kind.
 */
import { describe, expect, it } from "@effect/vitest"
import { atMostSpaceParts, twoWordsOrMore } from "../../pipeline/stages/ClassifyNoise.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules } from "../support/pipeline.ts"

const spaces = [" ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u200b", "\u180e"]
const odd = [
  "",
  " ",
  "a",
  " a ",
  "a b",
  "a  b",
  "\u00a0a\u00a0",
  ...spaces.flatMap((s) => [s, `a${s}`, `a${s}b`, `${s}a${s}`, `${s}${s}`])
]
const lines = [...odd, ...loadGoldPages(rules.outlets).flatMap((page) => page.segments.map((segment) => segment.text))]

describe("a line's words counted, not cut", () => {
  it("are what split gives", () => {
    for (const text of lines) {
      expect(twoWordsOrMore(text), text).toBe(text.trim().split(/\s+/u).length >= 2)
      for (const max of [0, 1, 2, 3, 8, 25])
        expect(atMostSpaceParts(text, max), text).toBe(text.split(" ").length <= max)
    }
  })
})
