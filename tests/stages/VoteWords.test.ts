/**
 * The function-word vote read unit by unit down a trie (`voteFunctionWords`) gives what the regex over
 * the lower-cased text and the word sets give (`voteFunctionWordsOf`, the code it replaces): on every
 * line of the gold pages, the same in upper and lower case, longer texts made of several lines (the
 * 2,000-unit cut, other languages' words), and random strings of the characters where the two could
 * part (`İ`, whose lower case is two units; `Σ`; surrogates; the Kelvin sign; apostrophes).
 */
import { describe, expect, it } from "@effect/vitest"
import { voteFunctionWords, voteFunctionWordsOf } from "../../pipeline/stages/DetectLanguage.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules } from "../support/pipeline.ts"

const pages = loadGoldPages(rules.outlets).map((page) => page.segments.map((segment) => segment.text))
const lines = pages.flat().flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()])
const texts = pages.flatMap((page) => [page.join(" "), page.slice(0, 5).join("\n")])

/** `count` strings of 1 to `maxLength` characters drawn from `alphabet`, the same on every run. */
const randomStrings = (alphabet: ReadonlyArray<string>, count: number, maxLength: number, seed: number) => {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(random() * maxLength) },
      () => alphabet[Math.floor(random() * alphabet.length)]
    ).join("")
  )
}

const words =
  "le la les des du est et dans pour the of and to is in der die und el los di che os het w z Le THE De İn Σ \u212Aa l' l’ ÉTÉ été ça œuvre 😀 \ud800 , . - ' x lundi"
    .split(" ")
    .concat([" ", " ", " ", "\n"])

describe("the function-word vote without a lower-case copy", () => {
  it("is the regex's and the sets' vote on every gold line and page", () => {
    for (const text of [...lines, ...texts]) expect(voteFunctionWords(text), text).toEqual(voteFunctionWordsOf(text))
  })

  it("is the same on random strings of its words and the characters where it could part", () => {
    for (const text of randomStrings(words, 5_000, 60, 7))
      expect(voteFunctionWords(text), text).toEqual(voteFunctionWordsOf(text))
    const long = randomStrings(words, 200, 1_500, 11)
    for (const text of long) expect(voteFunctionWords(text), text.slice(0, 80)).toEqual(voteFunctionWordsOf(text))
  })

  it("cuts at 2,000 units as the slice did, a word across the cut included", () => {
    const text = `${"x ".repeat(999)}le ${"la ".repeat(20)}`
    expect(voteFunctionWords(text)).toEqual(voteFunctionWordsOf(text))
    expect(voteFunctionWords(`${"der und ".repeat(3)}${"el los ".repeat(3)}la`)).toEqual(
      voteFunctionWordsOf(`${"der und ".repeat(3)}${"el los ".repeat(3)}la`)
    )
  })
})
