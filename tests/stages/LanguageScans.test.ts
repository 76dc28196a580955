/**
 * The function-word vote read unit by unit down a trie (`voteFunctionWords`) gives what the regex over
 * the lower-cased text and the word sets give (`voteFunctionWordsOf`, the code it replaces): on every
 * line of the gold pages, the same in upper and lower case, longer texts made of several lines (the
 * 2,000-unit cut, other languages' words), and random strings of the characters where the two could
 * part (`İ`, whose lower case is two units; `Σ`; surrogates; the Kelvin sign; apostrophes).
 */
import { describe, expect, it } from "@effect/vitest"
import {
  marksOnlyInNames,
  marksOnlyInNamesOf,
  namesWithDateOrTag,
  namesWithDateOrTagOf,
  voteFunctionWords,
  voteFunctionWordsOf,
  voteShortFunctionWords,
  voteShortFunctionWordsOf
} from "../../pipeline/stages/DetectLanguage.ts"
import { isAddressOrFileName, isAddressOrFileNameOf } from "../../pipeline/stages/ShortLineClues.ts"
import { isUnmarkedVietnamese, isUnmarkedVietnameseOf } from "../../pipeline/stages/VietnameseWords.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules } from "../support/pipeline.ts"
import { randomStrings } from "../support/random.ts"

const pages = loadGoldPages(rules.outlets).map((page) => page.segments.map((segment) => segment.text))
const lines = pages.flat().flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()])
const texts = pages.flatMap((page) => [page.join(" "), page.slice(0, 5).join("\n")])

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

  it("reads every UTF-16 unit as the regex does, inside a word and as one (its table filled as units are met)", () => {
    const differing: Array<number> = []
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code)
      for (const text of [`le la les de${unit}s du ${unit}`, `the of and t${unit}e is ${unit}n`])
        if (JSON.stringify(voteFunctionWords(text)) !== JSON.stringify(voteFunctionWordsOf(text))) differing.push(code)
      const short = `L'ambassadeur d${unit} Singapour salue l'héritage du ${unit}`
      if (voteShortFunctionWords(short) !== voteShortFunctionWordsOf(short)) differing.push(code)
    }
    expect(differing).toEqual([])
  })

  it("cuts at 2,000 units as the slice did, a word across the cut included", () => {
    const text = `${"x ".repeat(999)}le ${"la ".repeat(20)}`
    expect(voteFunctionWords(text)).toEqual(voteFunctionWordsOf(text))
    expect(voteFunctionWords(`${"der und ".repeat(3)}${"el los ".repeat(3)}la`)).toEqual(
      voteFunctionWordsOf(`${"der und ".repeat(3)}${"el los ".repeat(3)}la`)
    )
  })
})

// Syllables weighted ten to one against the rest, with spaces, so that some strings are Vietnamese.
const syllables = [
  ..."nguyen thi Truong VIET Nam dai hoi chao co LDLD".split(" ").flatMap((word) => Array(10).fill(`${word} `)),
  ..."travailleurs province Ảnh ồ é à e\u0301 \u0301x 😀 \ud800 , - ' le".split(" ")
]

describe("unmarked Vietnamese with its words counted and cut as read", () => {
  it("is the regex's answer on every gold line and page", () => {
    for (const text of [...lines, ...texts]) expect(isUnmarkedVietnamese(text), text).toBe(isUnmarkedVietnameseOf(text))
  })

  it("is the same on random strings of syllables, French words, marks and surrogates", () => {
    const strings = randomStrings(syllables, 5_000, 12, 3)
    expect(strings.filter((text) => isUnmarkedVietnameseOf(text)).length).toBeGreaterThan(50)
    for (const text of strings) expect(isUnmarkedVietnamese(text), text).toBe(isUnmarkedVietnameseOf(text))
  })
})

const shortWords =
  "le Le LE de l' l’ L’ qu’ d'accord the The of in An der el é e\u0301 \u0301x 😀 \ud800 x İn ’ ' , - à À AUX für FÜR über più È è são más Σ σς \u212Ae lés"
    .split(" ")
    .concat([" ", " ", " "])

describe("the short function-word vote with its words found from the class caches", () => {
  it("is the regex's vote on every gold line", () => {
    for (const text of lines) expect(voteShortFunctionWords(text), text).toBe(voteShortFunctionWordsOf(text))
  })

  it("is the same on random strings of function words, apostrophes, marks and surrogates", () => {
    const strings = randomStrings(shortWords, 5_000, 12, 5)
    expect(strings.filter((text) => voteShortFunctionWordsOf(text) !== null).length).toBeGreaterThan(50)
    for (const text of strings) expect(voteShortFunctionWords(text), text).toBe(voteShortFunctionWordsOf(text))
  })
})

const nameWords = "Nguyễn Hồng nguyễn ĐẶNG đặng Đồng đồng e\u0301 \u0301x Ế ế Le la 😀 \ud800 𝐀ộ ộ𝐀 , - ' x"
  .split(" ")
  .concat([" ", " ", " "])

describe("Vietnamese letters only in capitalised words, read from the class caches", () => {
  it("is the regex's answer on every gold line", () => {
    for (const text of lines) expect(marksOnlyInNames(text), text).toBe(marksOnlyInNamesOf(text))
  })

  it("is the same on random strings of names, lower-case words, marks and surrogates", () => {
    const strings = randomStrings(nameWords, 5_000, 8, 9)
    expect(strings.filter((text) => !marksOnlyInNamesOf(text)).length).toBeGreaterThan(500)
    expect(strings.filter((text) => marksOnlyInNamesOf(text)).length).toBeGreaterThan(500)
    for (const text of strings) expect(marksOnlyInNames(text), text).toBe(marksOnlyInNamesOf(text))
  })
})

const addressMarks = ["|", "•", "·", ">", "-", "–", " ", "\u00a0", "\u3000", "\t", "\n", "x", "."]
const addressCores = [
  "img_1361(1).jpeg",
  "QUỐC-HỘI-HỌP.jpg",
  "lemonde.fr",
  "https://www.vtv.vn/a/b",
  "pnvnonline@phunuvietnam.vn",
  "lemonde .fr",
  "a b.png",
  "Le Monde"
]
const addressLines = randomStrings(addressMarks, 3_000, 4, 9).flatMap((pre, k) =>
  randomStrings(addressMarks, 1, 4, k + 1).map((post) => `${pre}${addressCores[k % addressCores.length]}${post}`)
)

describe("a file name or an address alone, with a line holding a space between its marks left out first", () => {
  it("is the regexes' answer on every gold line", () => {
    for (const text of lines) expect(isAddressOrFileName(text), text).toBe(isAddressOrFileNameOf(text))
  })

  it("is the same on random strings of names, addresses, marks and spaces", () => {
    expect(addressLines.filter((text) => isAddressOrFileNameOf(text)).length).toBeGreaterThan(300)
    for (const text of addressLines)
      expect(isAddressOrFileName(text), JSON.stringify(text)).toBe(isAddressOrFileNameOf(text))
  })
})

const bylineWords = "Hà Vũ 17/08/2024 09:30 (TTXVN) /CVN GMT+7 N.Q lundi juillet Thứ Sáu | , - – ·  \t é 😀 \ud800 x"
  .split(" ")
  .concat([" ", " ", "|", ",", "-", "\u00a0", "\u2028"])

describe("namesWithDateOrTag's first test", () => {
  it("answers as the replacements do, on every gold line and on random strings of dates, tags, names and separators", () => {
    const texts = [...lines, ...randomStrings(bylineWords, 20_000, 10, 13)]
    expect(texts.filter((text) => namesWithDateOrTagOf(text, true) !== null).length).toBeGreaterThan(100)
    for (const text of texts)
      for (const inByline of [false, true])
        expect(namesWithDateOrTag(text, inByline), text).toBe(namesWithDateOrTagOf(text, inByline))
  })
})
