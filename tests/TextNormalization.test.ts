import { describe, expect, it } from "@effect/vitest"
import { normalizeText } from "../pipeline/TextNormalization.ts"

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
})
