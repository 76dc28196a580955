/**
 * The cheap paths the features take instead of a regex per character or a `u`-flag pattern
 * give the answers the regexes give: on every line of the gold pages, the same lines in upper
 * and lower case, and lines with the characters where the shortcuts could part from the regexes
 * (`ſ` and the Kelvin sign, which `iu` folds to `s` and `k`; emoji and lone surrogates).
 */
import { describe, expect, it } from "@effect/vitest"
import {
  closersStart,
  countCharacters,
  countLine,
  countLineCharacters,
  countPunctuation,
  countWords,
  endsInMark,
  foldsOnlyWithUnicode,
  forEachSentenceEnd,
  hasLowerUpperLower,
  isUpperUnit,
  letterKindOf,
  lettersAndNumbersOnly,
  lettersAndNumbersRuns,
  lettersOnly,
  letterWords,
  lowerKeys,
  lowerLettersAndNumbers,
  someSentenceEnd
} from "../../pipeline/classifier/Characters.ts"
import { shapeRows, wordsGateWords } from "../../pipeline/classifier/shapes.ts"
import { countLetters, vietnameseOnlyCodes } from "../../pipeline/stages/DetectLanguage.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules } from "../support/pipeline.ts"
import { randomStrings } from "../support/random.ts"

const awkward = [
  "Thứ ſáu, 12/3/2024",
  "\u212Aết quả ngày 5 tháng 3",
  "Tuesday, \u212Aelvin",
  "Mardi 😀 12 mars",
  "aBc 😀aBc",
  "𝐀bc \ud800 lone",
  "Ảnh: TTXVN",
  "email@vtv.vn",
  "VIETNAMPLUS.VN",
  "TP. Hồ Chí Minh. M. Dupont. A. B. C. 12. 3 ok",
  "Lời 𝐀b. 𝐁c! «Oui» dit-il… « Non » (Ảnh). 7\u00a0Tháng\u202f! \u3000X",
  'abc.\ud800 X. de.) "Y ab?\tZ',
  "É.É.É. Ô Ơ! đ?Đ",
  "Ảnh ½ ² ٣ 𝟘 Ⅻ 𝐀1 - 3"
]
const lines = [
  ...awkward,
  ...loadGoldPages(rules.outlets).flatMap((page) => page.segments.map((segment) => segment.text))
].flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()])

describe("character classes without a regex per character", () => {
  it("counts in one pass what countCharacters and countLetters count (the line features read both)", () => {
    for (const line of [...lines, "\ud83d", "a\udc00b", "Đ 𝐀ơ\ud800"]) {
      const { letters, vietnamese } = countLetters(line)
      expect(countLineCharacters(line, vietnameseOnlyCodes), line).toEqual({
        ...countCharacters(line),
        unitLetters: letters,
        marked: vietnamese
      })
    }
  })

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

  it("keeps the letters /[^\\p{L}]+/gu and /[^\\p{L}\\p{N}]+/gu keep, cuts the runs /[\\p{L}\\p{N}]+/gu matches, tells an upper-case unit and a glued case as the regexes do", () => {
    for (const line of lines) {
      expect(lettersOnly(line), line).toBe(line.replace(/[^\p{L}]+/gu, ""))
      expect(lettersAndNumbersOnly(line), line).toBe(line.replace(/[^\p{L}\p{N}]+/gu, ""))
      expect(lettersAndNumbersRuns(line), line).toEqual(line.match(/[\p{L}\p{N}]+/gu) ?? [])
      expect(hasLowerUpperLower(line), line).toBe(/\p{Ll}\p{Lu}\p{Ll}/u.test(line))
      expect(lowerLettersAndNumbers(line), line).toBe(lettersAndNumbersOnly(line.toLowerCase()))
      const words = line.split(" ")
      expect(
        words.map((word) => isUpperUnit(word, 0)),
        line
      ).toEqual(words.map((word) => /\p{Lu}/u.test(word.charAt(0))))
    }
  })

  it("counts the parts text.split(/\\s+/u) cuts and those opening in a capital, and cuts the words /\\p{L}+(?:['’]\\p{L}+)*/gu matches", () => {
    const alphabet = [..."aZé1'’ \t\n\u00a0\u2009\u3000\ufeff\u200b-."].concat([
      "𝐀",
      "𝐚",
      "\ud800",
      "\udc00",
      "Ả",
      "''"
    ])
    for (const line of [...lines, ...randomStrings(alphabet, 3000, 16, 7)]) {
      const parts = line.length === 0 ? [] : line.split(/\s+/u)
      expect(countWords(line), line).toEqual({
        words: parts.length,
        titled: parts.filter((part) => isUpperUnit(part, 0)).length
      })
      expect(letterWords(line), line).toEqual(line.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [])
    }
    expect(countWords("")).toEqual({ words: 0, titled: 0 })
    expect(countWords(" Thủ tướng  Phạm Minh Chính ")).toEqual({ words: 7, titled: 4 })
    expect(letterWords("l’État, aujourd'hui l' 'a")).toEqual(["l’État", "aujourd'hui", "l", "a"])
  })

  it('finds the sentence ends /([\\p{L}\\d]+)[.!?…]["»”’)]*\\s+["«“‘(]?[\\p{Lu}\\d]/gu finds, with their words', () => {
    const pattern = /([\p{L}\d]+)[.!?…]["»”’)]*\s+["«“‘(]?[\p{Lu}\d]/gu
    const wordsOf = (text: string): Array<string> => {
      const words: Array<string> = []
      forEachSentenceEnd(text, (word) => words.push(word))
      return words
    }
    // Random strings over the characters the pattern reads, and its neighbours.
    const alphabet = [...'aZé1.!?…"»”’)«“‘( \t\u00a0\u2009x-,'].concat(["𝐀", "𝐚", "\ud800", "Ả"])
    const fuzz = randomStrings(alphabet, 3000, 24, 12)
    let found = 0
    for (const line of [...lines, ...fuzz]) {
      const expected = [...line.matchAll(pattern)].map((match) => match[1]!)
      found += expected.length
      expect(wordsOf(line), line).toEqual(expected)
      // `someSentenceEnd` answers whether one of the words passes, as the whole list would say.
      const abbreviation = /^(?:\p{Lu}\p{L}?|\p{Lu}{2,4})$/u
      expect(
        someSentenceEnd(line, (word) => !abbreviation.test(word)),
        line
      ).toBe(expected.some((word) => !abbreviation.test(word)))
    }
    expect(found).toBeGreaterThan(1000)
    let ends = 0
    for (const line of [...lines, ...fuzz]) {
      for (const [marks, pattern] of [
        [".!?…", /[.!?…]["»”’)]*$/u],
        [":;,", /[:;,]["»”’)]*$/u],
        // The patterns the layout steps read so (`ClassifyNoise.ts`, cls11).
        [".;:,!?…", /[.;:,!?…]["»”’)]*$/u],
        [".;:,…", /[.;:,…]["»”’)]*$/u],
        [",;", /[,;]["»”’)]*$/u],
        ["?", /\?["»”’)]*$/u],
        [":", /:["»”’)]*$/u],
        [".!?…|", /[.!?…|]["»”’)]*$/u]
      ] as const) {
        const expected = pattern.test(line)
        if (expected) ends++
        expect(endsInMark(line, marks), line).toBe(expected)
      }
      expect(closersStart(line), line).toBe(line.length - (/["»”’)]*$/u.exec(line)?.[0].length ?? 0))
    }
    expect(ends).toBeGreaterThan(1000)
  })

  it("counts the punctuation and apostrophes the translation features' patterns count", () => {
    const patterns = {
      marks: /[:;?!]/gu,
      semicolons: /;/gu,
      spaceBeforeMark: /[ \u00a0\u202f][:;?!]/gu,
      noSpaceBeforeMark: /[\p{L}\p{N})»"][;?!]|\p{L}:(?!\/\/|\d)/gu,
      straightQuotes: /"/gu,
      openingQuotes: /["«“]/gu,
      straightApostrophes: /\p{L}'\p{L}/gu,
      curlyApostrophes: /\p{L}’\p{L}/gu,
      spaceBeforeComma: /\p{L}[ \u00a0][,.](?=\s|$)/gmu,
      sentenceEnds: /[.!?](?:\s|$)/gu,
      midSentenceCapitals: /(?<=\p{Ll}\s)\p{Lu}\p{Ll}+/gu
    }
    const alphabet = [..."aZéÉ1².!?:;,'’\"«“ \n\u00a0\u202f/)»"].concat(["𝐀", "𝐚", "\ud800", "Ả", "٣"])
    // and without surrogates, which countPunctuation reads unit by unit
    const fuzz = [
      ...randomStrings(alphabet, 4000, 20, 7),
      ...randomStrings([..."aZéÉĐđ1.!?:; ,'’\n\u00a0\t"], 4000, 20, 9)
    ]
    const totals = new Map<string, number>()
    for (const text of [...lines, lines.join("\n"), ...fuzz]) {
      const expected = Object.fromEntries(
        Object.entries(patterns).map(([name, pattern]) => [name, (text.match(pattern) ?? []).length])
      )
      expect(countPunctuation(text), text).toEqual(expected)
      for (const [name, n] of Object.entries(expected)) totals.set(name, (totals.get(name) ?? 0) + n)
    }
    for (const [name, n] of totals) expect(n, name).toBeGreaterThan(100)
  })

  it("finds the characters that only iu folds onto a text's letters", () => {
    expect(foldsOnlyWithUnicode("sk").source).toBe("[\\ud800-\\udfff\\u017f\\u212a]")
    expect(foldsOnlyWithUnicode("abc").source).toBe("[\\ud800-\\udfff]")
  })
})

describe("the lower-cased letters and numbers, and a glued case, by unit", () => {
  it("are what the whole text's lower case and the pattern give, for every unit of the plane and odd strings", () => {
    // Every UTF-16 unit alone, between letters, at a word's end, after a capital and a lower case.
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))
    const texts = units.flatMap((c) => [c, `a${c}b`, `AΣ${c}`, `xY${c}z`, `${c}Đ ơ${c}`])
    // Strings drawn from letters of both cases, digits, marks, surrogates (paired and alone), the final sigma's capital, İ.
    const alphabet = [
      "a",
      "B",
      "đ",
      "Ơ",
      "ǅ",
      "ß",
      "ẞ",
      "İ",
      "Σ",
      "σ",
      " ",
      "1",
      "٣",
      "\u0301",
      "\ud835\udc00",
      "\ud835",
      "\udc00",
      "-",
      "é",
      "É"
    ]
    texts.push(...randomStrings(alphabet, 20_000, 12, 7))
    for (const text of texts) {
      expect(lowerLettersAndNumbers(text), text).toBe(lettersAndNumbersOnly(text.toLowerCase()))
      expect(hasLowerUpperLower(text), text).toBe(/\p{Ll}\p{Lu}\p{Ll}/u.test(text))
    }
  })

  it("come with their letters alone in one pass (lowerKeys), on every unit, the gold lines, odd and long strings", () => {
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))
    const texts = [...lines, ...units.flatMap((c) => [c, `a${c}b`, `AΣ${c}`, `x1Y${c}z2`, `${c}Đ ơ${c}`])]
    const alphabet = [
      "a",
      "B",
      "đ",
      "Ơ",
      "ǅ",
      "İ",
      "Σ",
      " ",
      "1",
      "٣",
      "Ⅻ",
      "\u0301",
      "\ud835\udc00",
      "\udc00",
      "-",
      "É"
    ]
    texts.push(...randomStrings(alphabet, 20_000, 12, 5))
    // Longer than a string made from units at once (8,192 units), with and without digits.
    const page = lines.slice(0, 400).join(" ")
    texts.push(page, page.replace(/\d/gu, ""), "a1".repeat(9000))
    // Third, the letters only Vietnamese writes (`letterKindOf` 2) among the key's letters, or -1 where a unit
    // does not lower-case alone (a surrogate, `Σ`, `İ`).
    const alone = (text: string): boolean =>
      [...text].every((c) => c.length === 1 && c !== "Σ" && !/[\ud800-\udfff]/u.test(c) && c.toLowerCase().length === 1)
    const differing = texts.filter((text) => {
      const key = lettersAndNumbersOnly(text.toLowerCase())
      const [found, letters, vietnamese] = lowerKeys(text)
      const expected = alone(text) ? [...letters].filter((c) => letterKindOf(c) === 2).length : -1
      return found !== key || letters !== lettersOnly(key) || vietnamese !== expected
    })
    expect(differing).toEqual([])
  })
})

describe("the shape gates", () => {
  it("pass every line their pattern matches", () => {
    const gated = shapeRows.filter((row) => row.gate !== undefined)
    expect(gated.map((row) => row.id)).toEqual([
      "date-numeric",
      "weekday",
      "month-word",
      "photo-credit",
      "photo-credit-bare",
      "email",
      "domain",
      "file-name",
      "counter",
      "image-number",
      "glued-case",
      "separator-list",
      "photo-position",
      "end-mark"
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

  it("say a digit only of shapes that match no line without one", () => {
    const digitRows = shapeRows.filter((row) => row.digit === true)
    expect(digitRows.map((row) => row.id)).toEqual([
      "date-numeric",
      "date-day-month",
      "time",
      "counter",
      "image-number"
    ])
    // Every gold line, and each with its digits taken out or turned into other digit-like characters.
    const noDigits = lines
      .filter((line) => /\d/u.test(line))
      .flatMap((line) => [
        line.replace(/\d/gu, ""),
        line.replace(/\d/gu, "٣"),
        line.replace(/\d/gu, "²"),
        line.replace(/\d/gu, "𝟘")
      ])
    for (const row of digitRows) {
      let matched = 0
      for (const line of lines) if (row.pattern.test(line)) matched++
      expect(matched, row.id).toBeGreaterThan(2)
      for (const line of noDigits) expect(row.pattern.test(line), `${row.id} on ${line}`).toBe(false)
    }
    // `countLine` counts the ASCII digits `\d` reads.
    for (const line of [...lines, ...noDigits.slice(0, 2000)])
      expect(countLine(line, vietnameseOnlyCodes).digits > 0, line).toBe(/\d/u.test(line))
  })
})

describe("the words gates' one scan", () => {
  it("finds each gate's words where its own pattern does (gold lines and random strings)", () => {
    expect(wordsGateWords.length).toBe(3)
    // Each gate's words, found by one of them: the weekdays', the months', the photo phrases'.
    const gateWords = ["lundi", "janvier", "ci-dessus"].map(
      (word) => wordsGateWords.find((words) => words.includes(word))!
    )
    const own = gateWords.map((words) => new RegExp(`(?:^|[^A-Za-z])(?:${words})(?![A-Za-z])`, "i"))
    const folds = gateWords.map((words) => foldsOnlyWithUnicode(words))
    const [weekday, month, photo] = ["weekday", "month-word", "photo-position"].map(
      (id) => shapeRows.find((row) => row.id === id)!.gate!
    )
    const fragments = [
      ..." a,.(-:/ſ\u212a😀éẢả2",
      "Thứ hai",
      "thứ 5",
      "T7",
      "CN",
      "Chủ nhật",
      "lundi",
      "Mardi",
      "Sunday",
      "mon",
      "janvier",
      "Août",
      "tháng 12",
      "Tháng",
      "May",
      "trong ảnh",
      "Trong Ảnh",
      "sur la photo",
      "ci-dessus",
      "x"
    ]
    let found = 0
    for (const text of [...lines, ...randomStrings(fragments, 8_000, 8, 3)]) {
      const expected = own.map((pattern, k) => pattern.test(text) || folds[k]!.test(text))
      if (expected.some(Boolean)) found++
      expect(weekday!(text), `weekday on ${text}`).toBe(expected[0])
      expect(month!(text), `month on ${text}`).toBe(expected[1])
      expect(photo!(text), `photo on ${text}`).toBe(text.includes("(") || expected[2])
    }
    expect(found).toBeGreaterThan(5000)
  })
})

describe("the words gates' shared fold test", () => {
  it("answers each line, whichever gate asked the line before", () => {
    // The weekday's, month's and photo-position's gates ask one kept test for `ſ` or a surrogate: asked in
    // turn of changing lines, each answer is that line's.
    // Without `u`: a surrogate pair is two units, each in the range.
    const unit = /[\ud800-\udfff\u017f]/
    const folds = (text: string) => unit.test(text)
    const words: Record<string, RegExp> = {
      weekday: /Thứ Hai|lundi/u,
      "month-word": /janvier/u,
      "photo-position": /^$/u
    }
    const texts = ["ſ", "abc", "ſ", "ſ", "x \ud83d\ude00", "x", "", "Thứ Hai", "lundi", "ſ janvier", "janvier", "plain"]
    for (const text of texts)
      for (const row of shapeRows.filter((row) => row.id in words)) {
        const expected = folds(text) || (text.length > 0 && words[row.id]!.test(text))
        expect(row.gate?.(text), `${row.id} on ${JSON.stringify(text)}`).toBe(expected)
      }
  })
})

describe("the plain lower case", () => {
  it("is what toLocaleLowerCase gives for vi and fr on every character and every gold line", () => {
    // Every code point, a thousand to a string, each after a space and a capital (the context a fold may read).
    const everyCharacter: Array<string> = []
    for (let from = 0; from <= 0x10ffff; from += 1000) {
      const chunk: Array<string> = []
      for (let code = from; code < from + 1000 && code <= 0x10ffff; code++)
        if (code < 0xd800 || code > 0xdfff) chunk.push(` A${String.fromCodePoint(code)}`)
      everyCharacter.push(chunk.join(""))
    }
    for (const text of [...everyCharacter, ...lines, "ΟΔΟΣ ΣΑΣ.", "İstanbul Iİ", "ĐẶT VẤN ĐỀ"]) {
      expect(text.toLowerCase(), text).toBe(text.toLocaleLowerCase("vi"))
      expect(text.toLowerCase(), text).toBe(text.toLocaleLowerCase("fr"))
    }
  })
})

describe("a line's words, counts and glued case in one pass", () => {
  it("are countWords', countLineCharacters' and hasLowerUpperLower's, on the gold lines, every unit and odd strings", () => {
    const units = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code))
    const texts = [...lines, ...units.flatMap((c) => [c, `a${c}b`, `${c}Ab c`, `xY${c}z`, ` ${c} Đ\tơ${c}`])]
    const alphabet = [
      "a",
      "B",
      "đ",
      "Ơ",
      " ",
      "\t",
      "\u00a0",
      "\u3000",
      "1",
      "\ud835\udc00",
      "\ud835",
      "\udc00",
      "-",
      "É",
      "ấ"
    ]
    texts.push(...randomStrings(alphabet, 20_000, 12, 11))
    // Compared field by field, the differing texts collected (an assertion per text took most of the test's time).
    const differing = texts.filter((text) => {
      const line = countLine(text, vietnameseOnlyCodes)
      const words = countWords(text)
      const counts = countLineCharacters(text, vietnameseOnlyCodes)
      return (
        line.words !== words.words ||
        line.titled !== words.titled ||
        line.total !== counts.total ||
        line.upper !== counts.upper ||
        line.letters !== counts.letters ||
        line.digits !== counts.digits ||
        line.unitLetters !== counts.unitLetters ||
        line.marked !== counts.marked ||
        line.lowerUpperLower !== hasLowerUpperLower(text) ||
        Object.keys(line).length !== 9
      )
    })
    expect(differing).toEqual([])
  })

  it("answers the glued-case shape's gate, which the line features take from it", () => {
    expect(shapeRows.find((row) => row.id === "glued-case")?.gate).toBe(hasLowerUpperLower)
  })
})

describe("the words gate's opening", () => {
  it("matches where the look-behind it replaced would, before every unit of the plane and on the gold lines", () => {
    const words = String.raw`lundi|mardi|Thứ\s*(?:hai|[2-7])|CN|T[2-7]|Sun|janvier|tháng\s*\d{1,2}|trong ảnh|ci-dessus`
    const before = new RegExp(`(?<![A-Za-z])(?:${words})(?![A-Za-z])`, "i")
    const now = new RegExp(`(?:^|[^A-Za-z])(?:${words})(?![A-Za-z])`, "i")
    const texts = [...lines]
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code)
      texts.push(`${c}mardi`, `${c}CN `, `ab${c}Thứ 2`, `${c}tháng 5`, `x ${c}trong ảnh`)
    }
    for (const text of texts) expect(now.test(text), text).toBe(before.test(text))
  })
})
