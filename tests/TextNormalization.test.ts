import { describe, expect, it } from "@effect/vitest"
import {
  moveTonesToFirstVowel,
  moveTonesToFirstVowelOf,
  normalizedLength,
  normalizeText
} from "../pipeline/TextNormalization.ts"
import { loadGoldPages } from "../pipeline/train/GoldPages.ts"
import { rules } from "./support/pipeline.ts"
import { randomStrings } from "./support/random.ts"

describe("normalizeText", () => {
  it("composes decomposed Vietnamese (NFD, or a combining tone after a precomposed vowel) to NFC", () => {
    const nfc = "Thủ tướng Phạm Minh Chính dự hội nghị ở Đà Nẵng."
    expect(normalizeText(nfc.normalize("NFD"))).toBe(nfc)
    // windows-1258 style: ư and ơ precomposed, tone marks combining
    expect(normalizeText("Thu\u0309 tươ\u0301ng")).toBe("Thủ tướng")
    expect(normalizeText("Thủ tướng").normalize("NFC")).toBe(normalizeText("Thủ tướng"))
  })

  it("writes both tone-placement styles one way, in open oa/oe/uy syllables only", () => {
    expect(normalizeText("hoà bình, khoẻ mạnh, Thuý Kiều")).toBe("hòa bình, khỏe mạnh, Thúy Kiều")
    expect(normalizeText("Hoà")).toBe("Hòa")
    expect(normalizeText("hòa bình")).toBe("hòa bình")
    // closed syllables and qu- onsets are the same in both styles
    expect(normalizeText("hoàn thành, thuyền, quý, quà")).toBe("hoàn thành, thuyền, quý, quà")
  })

  it("leaves French and English letters alone", () => {
    const text = "Où est la coopération? « Noël » à Hanoï, naïve, Zoë, café."
    expect(normalizeText(text)).toBe(text)
  })

  it("removes zero-width characters and folds whitespace", () => {
    expect(normalizeText(" Hà\u200B Nội\u00A0\t ngày  mới\uFEFF ")).toBe("Hà Nội ngày mới")
  })

  it("is idempotent", () => {
    for (const text of ["hoà bình", "Thu\u0309 tươ\u0301ng", "  a  b ", "Hòa"]) {
      expect(normalizeText(normalizeText(text))).toBe(normalizeText(text))
    }
  })

  it("folds whitespace as /s+/gu does, the regex skipped where every run is one plain space", () => {
    const old = (raw: string) =>
      raw
        .normalize("NFC")
        .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, "")
        .replace(/\s+/gu, " ")
        .trim()
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/u.test(c))
    const texts = [
      "a b c",
      " a b ",
      "a  b",
      "a\u00a0b",
      "a \u00a0b",
      "a\tb",
      ...spaces.flatMap((c) => [`a${c}b`, `a ${c}b`, `${c}a`, `a${c}`, `a${c}${c}b`])
    ]
    for (const text of texts) expect(normalizeText(text), JSON.stringify(text)).toBe(old(text))
    // on plain text the tone step is the only other one: the same as before
    expect(normalizeText("Hoà  bình\u2003khoẻ")).toBe("Hòa bình khỏe")
  })
})

describe("tone moves read on the NFC text", () => {
  const toned = [..."aAeEyY"].flatMap((base) => [..."\u0300\u0301\u0303\u0309\u0323"].map((tone) => `${base}${tone}`))
  const alphabet = [
    ..."oOuUqQ".split(""),
    ...toned.map((vowel) => vowel.normalize("NFC")),
    ...toned,
    ..."aeyhnđơôâăưxQ ,.-'".split(""),
    "\u0302",
    "\u0323",
    "\u0300",
    "\u031b",
    "𝐀",
    "😀",
    "\ud800",
    "ậ",
    "ẫ",
    "ờ"
  ]

  it("moves what the NFD pattern moves, on every gold line and on random NFC strings", () => {
    const lines = loadGoldPages(rules.outlets).flatMap((page) =>
      page.segments.flatMap((segment) => [segment.rawText, segment.text])
    )
    const strings = randomStrings(alphabet, 40_000, 10, 13).map((text) => text.normalize("NFC"))
    expect(strings.filter((text) => moveTonesToFirstVowelOf(text) !== text).length).toBeGreaterThan(1_000)
    for (const text of [...lines.map((line) => line.normalize("NFC")), ...strings])
      expect(moveTonesToFirstVowel(text), JSON.stringify(text)).toBe(moveTonesToFirstVowelOf(text))
  })
})

describe("normalizedLength", () => {
  it("is normalizeText's length, on every gold line and raw line and on random strings of ASCII, whitespace and other characters", () => {
    const lines = loadGoldPages(rules.outlets).flatMap((page) =>
      page.segments.flatMap((segment) => [segment.rawText, segment.text])
    )
    const alphabet = [
      ..."ab Z.'-<>&",
      " ",
      "\t",
      "\n",
      "\r",
      "\v",
      "\f",
      "\u00a0",
      "\u200b",
      "é",
      "e\u0301",
      "hoà",
      "\u2003",
      "😀",
      "\x00",
      "\x1f",
      "\x7f"
    ]
    const strings = randomStrings(alphabet, 40_000, 12, 17)
    for (const text of [...lines, ...strings])
      expect(normalizedLength(text), JSON.stringify(text)).toBe(normalizeText(text).length)
  })
})
