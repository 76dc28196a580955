import { describe, expect, it } from "@effect/vitest"
import type { ClassifiedSegment, Segmented } from "../../pipeline/Document.ts"
import {
  type Detector,
  detectLanguage,
  guessLanguage,
  voteFunctionWords
} from "../../pipeline/stages/DetectLanguage.ts"
import type { Kind } from "../../schemas/Vocabulary.ts"
import { detect } from "../support/pipeline.ts"

const neverCalled: Detector = () => {
  throw new Error("the detector should not be asked")
}

describe("guessLanguage", () => {
  it("settles Vietnamese from its letters without the detector", () => {
    expect(guessLanguage("Ban Tổ chức Trung ương tổ chức hội nghị", null, neverCalled).lang).toBe("vi")
    expect(guessLanguage("ĐANG PHÁT", null, neverCalled).lang).toBe("vi")
  })

  it("does not take French quoting a Vietnamese place name for Vietnamese", () => {
    const line =
      "Le secrétaire général s'est rendu à Hà Nội pour rencontrer les dirigeants de la province et visiter les usines."
    expect(guessLanguage(line, null, detect).lang).toBe("fr")
  })

  it("answers und for a short UI string, or the language of the rule that labelled it", () => {
    expect(guessLanguage("X", null, neverCalled)).toEqual({ lang: "und", score: 0 })
    expect(guessLanguage("Source", null, detect).lang).toBe("und")
    expect(guessLanguage("Comment (0)", "en", neverCalled).lang).toBe("en")
    expect(guessLanguage("09:47 28/12/2023 GMT+7", null, neverCalled).lang).toBe("und")
  })

  // Real lines, each family from two pages or more of different outlets (tests/gold/*/raw).
  it.each([
    ["Vương Trần", false, "und"], // dev/53 laodong, byline
    ["Hữu Bằng- Thanh Hiểu", false, "und"], // vi-provincial/01 baolongan, byline
    ["QUANG ĐẠI", true, "und"], // dev/63 laodong fr, byline in capitals
    ["THẢO LUẬN TẠI HỘI TRƯỜNG", false, "vi"] // a section heading in capitals is words, not a name
  ])("a name alone is in no language: %s", (line, inByline, lang) => {
    expect(guessLanguage(line, null, neverCalled, inByline).lang).toBe(lang)
  })

  it.each([
    ["Share on email", "en"], // fr-desk-b/47 viettan
    ["Saturday 2025-06-14 03:53", "en"], // vi-more/27 moh, related teaser dates
    ["Lundi 29 janvier 2024 | 14:50:40", "fr"], // a French dateline
    ["Photo : VNA/CVN", "fr"], // fr-desk-a/11 and /68 lecourrier, caption credit
    ["Logo", "und"] // one word: a label eld cannot call
  ])("a short label of words, a day's or a month's name: %s", (line, lang) => {
    expect(guessLanguage(line, null, detect).lang).toBe(lang)
  })

  it("does not take a French sentence naming Vietnamese places and a programme for Vietnamese", () => {
    // fr-mt-national/24 laodong fr
    const line =
      'Hô Chi Minh-Ville - Le 1er février, le syndicat du quartier de Tây Nam a organisé le programme "Tết sum vầy - Xuân ơn đảng" 2026.'
    expect(guessLanguage(line, null, neverCalled).lang).toBe("fr")
  })

  it("asks eld for longer text, restricted to the corpus' languages", () => {
    expect(
      guessLanguage("Le Comité central d'organisation a tenu une conférence nationale à Hanoï.", null, detect).lang
    ).toBe("fr")
    expect(
      guessLanguage("The Prime Minister visited the northern province on Tuesday morning.", null, detect).lang
    ).toBe("en")
  })

  it("falls back to the rule's language where eld cannot call a slug", () => {
    const slug = "hoi nghi toan quoc tong ket nganh to chuc xay dung Dang hinh anh 1"
    expect(guessLanguage(slug, "vi", detect).lang).toBe("vi")
  })

  it("keeps scores in [0, 1]", () => {
    for (const text of ["Ban Tổ chức", "Le Comité central", "Hello world, this is a test", "---"]) {
      const { score } = guessLanguage(text, null, detect)
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(1)
    }
  })
})

describe("voteFunctionWords", () => {
  it("settles a French or an English paragraph by its function words", () => {
    expect(
      voteFunctionWords(
        "La municipalité a présenté mardi soir son budget pour l'année prochaine, qui prévoit une hausse des dépenses consacrées aux écoles et aux transports."
      )?.lang
    ).toBe("fr")
    expect(
      voteFunctionWords(
        "The city council presented its budget for next year on Tuesday, which includes a rise in spending on schools and on public transport."
      )?.lang
    ).toBe("en")
  })

  it("leaves short, mixed or other-language text to the detector", () => {
    expect(voteFunctionWords("Le Comité a tenu une conférence.")).toBeNull()
    expect(
      voteFunctionWords(
        "Hoi nghi tong ket cong tac to chuc xay dung Dang nam 2024 va trien khai nhiem vu nam 2025 tai Ha Noi"
      )
    ).toBeNull()
    expect(
      voteFunctionWords(
        "The report of the committee, published in Le Monde and in The Guardian, says that les chiffres de la production sont en hausse"
      )
    ).toBeNull()
  })
})

/** A page of lines with their kinds, as the classifier leaves it. */
const pageOf = (lines: ReadonlyArray<readonly [Kind, string]>): Segmented<ClassifiedSegment> => ({
  sourcePath: "page.txt",
  format: "txt",
  encoding: "utf-8",
  contentSha256: "0",
  rawText: lines.map(([, text]) => text).join("\n"),
  markup: "text",
  hints: { title: null, published: null, author: null, outlet: null, url: null },
  segments: lines.map(([kind, text], i) => ({
    lineStart: i + 1,
    lineEnd: i + 1,
    rawText: text,
    text,
    hint: null,
    kind,
    kindScore: 1,
    kindEvidence: [],
    ruleId: null,
    ruleLang: null,
    captures: {}
  }))
})

const frenchBody =
  "Le Comité populaire de la province a organisé une cérémonie pour annoncer la décision du Secrétariat sur le travail du personnel et les nominations."

/** The languages detectLanguage gives the lines of a page. */
const langsOf = (lines: ReadonlyArray<readonly [Kind, string]>, detector: Detector) =>
  detectLanguage(pageOf(lines), detector).segments.map((segment) => segment.lang)

/** A detector that calls the French body French and leans to `lang` on every other line. */
const leaning =
  (lang: "fr" | "en", score: number): Detector =>
  (text) =>
    text === frenchBody ? { lang: "fr", score: 0.9 } : { lang: "und", score: 0, leaning: { lang, score } }

describe("detectLanguage", () => {
  it("gives a label of the page's chrome the page's language when eld leans to it", () => {
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["ui", "Actualités"],
      ["ui", "Décès"],
      ["related", "Autres"],
      ["body", frenchBody]
    ]
    expect(langsOf(lines, detect)).toEqual(["fr", "fr", "fr", "fr"])
  })

  it("keeps names, numbers and labels eld leans elsewhere und", () => {
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["byline", "Vương Trần"],
      ["ui", "255 000"],
      ["ui", "Banner"],
      ["body", frenchBody]
    ]
    expect(langsOf(lines, leaning("en", 0.8))).toEqual(["und", "und", "und", "fr"])
  })

  it("does not take a leaning below Config.language.leaningMinScore", () => {
    expect(
      langsOf(
        [
          ["ui", "Source"],
          ["body", frenchBody]
        ],
        leaning("fr", 0.5)
      )
    ).toEqual(["und", "fr"])
    expect(
      langsOf(
        [
          ["ui", "Source"],
          ["body", frenchBody]
        ],
        leaning("fr", 0.8)
      )
    ).toEqual(["fr", "fr"])
  })
})
