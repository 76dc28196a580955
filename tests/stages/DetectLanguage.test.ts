import { describe, expect, it } from "@effect/vitest"
import type { ClassifiedSegment, Segmented } from "../../pipeline/Document.ts"
import {
  type Detector,
  detectLanguage,
  guessLanguage,
  namesWithDateOrTag,
  voteFunctionWords,
  voteShortFunctionWords
} from "../../pipeline/stages/DetectLanguage.ts"
import { fieldLabelClue, isAddressOrFileName } from "../../pipeline/stages/ShortLineClues.ts"
import { isNamesInCapitals, isUnmarkedVietnamese, isVietnameseSyllable } from "../../pipeline/stages/VietnameseWords.ts"
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
    ["THẢO LUẬN TẠI HỘI TRƯỜNG", false, "vi"], // a section heading in capitals is words, not a name
    // A heading the classifier took for a byline holds no common name: vi-more3/08 kinhtevadubao, vi-more3/02 baoapbac
    ["ĐẶT VẤN ĐỀ", true, "vi"],
    ["QUYẾT NGHỊ", true, "vi"],
    ["THU OANH", true, "und"], // vi-more/25 baokiengiang, a pen name in capitals
    ["N.Ý", true, "und"], // vi-more5/02 baobinhduong: initials alone, a Vietnamese capital among them
    ["M.N", true, "und"] // vi-more3/10 baohungyen: initials alone
  ])("a name alone is in no language: %s", (line, inByline, lang) => {
    expect(guessLanguage(line, null, neverCalled, inByline).lang).toBe(lang)
  })

  it.each([
    ["Share on email", "en"], // fr-desk-b/47 viettan
    ["Saturday 2025-06-14 03:53", "en"], // vi-more/27 moh, related teaser dates
    ["Lundi 29 janvier 2024 | 14:50:40", "fr"], // a French dateline
    ["Photo : VNA/CVN", "fr"], // fr-desk-a/11 and /68 lecourrier, caption credit
    ["Logo", "und"], // one word: a label eld cannot call
    ["J'en profite", "fr"], // fr-desk-b/13 humanite: a French elision says French where eld cannot call it
    ["Groupe B", "und"] // fr-mt-more/07 baonghean fr: a word and a designation, no name; one word eld cannot call
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

  // Real lines of tests/gold/*/raw: a heading in capitals is read like lower case, names in capitals are no language.
  it.each([
    ["THẢO LUẬN TẠI HỘI TRƯỜNG", true, "vi"], // vi-more/17 baoquangninh, a subheading the classifier may take for a byline
    ["HỘI NGHỊ THÀNH LẬP", true, "vi"], // vi-provincial/17 baocamau
    ["MỚI - NÓNG", true, "vi"], // dev/43 tienphong, a related block's header
    ["PRATIQUE, EFFICACE", true, "fr"], // fr-mt-provincial/14 baonghean fr
    ["PHÚC LƯU - MẠNH THẮNG", true, "und"], // vi-provincial/24 baobariavungtau, byline
    ["MẠNH NGUYỄN", false, "und"], // vi-national/08 bizlive, byline the classifier may call ui
    ["CHƯƠNG TRÌNH HÔM NAY", false, "vi"], // dev/81 vov1, ticker
    ["BAN THƯỜNG VỤ", false, "vi"] // vi-more2/16 hoilhpnphuyen, signature block
  ])("capitals: %s", (line, inByline, lang) => {
    expect(guessLanguage(line, null, detect, inByline).lang).toBe(lang)
  })

  it.each([
    ["Cac dai bieu du Dai hoi thuc hien nghi thuc chao co. Anh: Tu Thanh", "vi"], // dev/63 laodong fr, caption typed without marks
    [
      "Cac suat qua cua Tong LDLD Viet Nam duoc trao cho doan vien, nguoi lao dong bi anh huong boi mua lu. Anh: Hung",
      "vi"
    ] // fr-mt-national/63 congdoan fr, caption
  ])("Vietnamese written without marks: %s", (line, lang) => {
    expect(guessLanguage(line, null, neverCalled).lang).toBe(lang)
  })

  it.each([
    ["Le Têt de retrouvailles arrive aux travailleurs de la province de Đồng Tháp"], // fr-mt-national/27 laodong fr, title
    ["M. Huỳnh Thanh Xuân remet des cadeaux pour soutenir les ouvriers. Photo : Phương Linh"], // fr-mt-national/66 laodong fr
    [">> L’ambassadeur de Singapour salue l’héritage du SG Nguyên Phu Trong"] // fr-desk-a/54 lecourrier, related
  ])("French naming Vietnamese people stays French: %s", (line) => {
    expect(guessLanguage(line, null, neverCalled).lang).toBe("fr")
  })

  it.each([
    ["W_truong-ban-tuyen-giao-tu-nguyen-trong-nghia-va-cac-dai-bieu-du-phien-thao-luan.jpg", "und"], // dev/55 nhandan
    [" QUỐC-HỘI-HỌP-TOÀN-THỂ.jpg", "und"], // vi-national/03 lapphap
    ["lemonde.fr", "und"], // fr-desk-b/50 syfeed
    ["pnvnonline@phunuvietnam.vn", "und"], // vi-more/20 phunuvietnam
    ["Trọng Đức (TTXVN)", "und"], // vi-more2/21 cuuchienbinh, byline
    ["Hà Vũ 17/08/2024 09:30", "und"], // vi-national/10 hanoimoi, byline
    ["Thứ Sáu, 21/6/2024", "vi"], // vi-more/05 tuyengiao, a dateline's day is a word
    ["N.Q 27/02/2025 16:17 (GMT+7)", "und"], // fr-mt-national/40 congdoan fr, initials and a date
    ["Ngan Hanh - Lam Tung - 10 juillet 2024 09:30", "fr"], // fr-mt-provincial/04 baonghean fr, a French month
    ["Ông Nguyễn Đức Chung", "vi"], // vi-national/04 suckhoedoisong, caption: `Ông` (Mr) is a word
    ["Tél : (+84) 24 38 25 20 96", "fr"], // fr-desk-a/17 lecourrier, masthead
    ["Adresse : 79, rue Ly Thuong Kiêt, Hanoï, Vietnam", "fr"], // fr-desk-a/17 lecourrier
    ["Rédactrice en chef : Nguyễn Hồng Nga", "fr"], // fr-desk-a/17 lecourrier
    ["| Hotline: 0983.970.780", "en"], // vi-national/20 nongnghiep
    ["Hotline: 0822.173.636   |", "en"] // vi-provincial/02 baothanhhoa
  ])("a file name, an address, names with a date, a field label: %s", (line, lang) => {
    expect(guessLanguage(line, null, neverCalled).lang).toBe(lang)
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

describe("short-line helpers", () => {
  it("reads Vietnamese syllables without their marks", () => {
    expect(["nghiêm", "Truong", "chao", "LƯU", "khuyến"].map(isVietnameseSyllable)).toEqual([
      true,
      true,
      true,
      true,
      true
    ])
    expect(["travailleurs", "province", "LDLD", "street"].map(isVietnameseSyllable)).toEqual([
      false,
      false,
      false,
      false
    ])
    // fr-mt-national/27 laodong fr: a French title is not Vietnamese without marks
    expect(isUnmarkedVietnamese("Le Tet de retrouvailles arrive aux travailleurs de la province de Dong Thap")).toBe(
      false
    )
  })

  it("tells names in capitals from a heading", () => {
    expect(isNamesInCapitals("QUANG ĐẠI |", true)).toBe(true) // dev/63 laodong fr, byline
    expect(isNamesInCapitals("LE XUAN DAI", false)).toBe(true) // a byline without marks
    expect(isNamesInCapitals("ĐANG PHÁT", false)).toBe(false) // seeds/001, a player's ticker
    expect(isNamesInCapitals("HỘI NGHỊ THÀNH LẬP", true)).toBe(false) // vi-provincial/17 baocamau
    // Pen names of given names alone, wherever the classifier puts them (by outlets left out, 5 folds, it called them ui)
    expect(isNamesInCapitals("ĐÌNH TRỌNG |", false)).toBe(true) // fr-mt-national/24 laodong fr
    expect(isNamesInCapitals("MINH TÂM - ANH TÚ |", false)).toBe(true) // fr-mt-national/67 laodong fr
    expect(isNamesInCapitals("TIN MỚI", false)).toBe(false) // seeds/001, a related block's header
    // A line only guessed a byline needs a common name: `ĐẶT VẤN ĐỀ` is a paper's heading
    expect(isNamesInCapitals("ĐẶT VẤN ĐỀ", true)).toBe(true)
    expect(isNamesInCapitals("ĐẶT VẤN ĐỀ", true, true)).toBe(false)
    expect(isNamesInCapitals("DUY CUONG", true, true)).toBe(true) // fr-mt-more/24 vietnamvn fr
  })

  it("votes on a short line's function words, not its names", () => {
    expect(voteShortFunctionWords("Le Têt de retrouvailles arrive aux travailleurs de la province de Đồng Tháp")).toBe(
      "fr"
    )
    // fr-mt-more/12 vietnamvn fr: `An` of `An Giang` is a name, not English
    expect(voteShortFunctionWords("Báo An GiangBáo An Giang11/04/2025")).toBeNull()
    expect(namesWithDateOrTag("Trọng Đức (TTXVN)", true)).toBe("und")
    expect(namesWithDateOrTag("Ngan Hanh - Lam Tung - 10 juillet 2024 09:30", true)).toBe("fr")
  })

  it("knows a file name, an address and a field label", () => {
    expect(isAddressOrFileName("img_1361(1).jpeg")).toBe(true) // vi-national/10 hanoimoi
    expect(isAddressOrFileName("TM.UBND")).toBe(false) // fr-mt-provincial/09 baonghean fr, a signature
    expect(fieldLabelClue("E-mail : courrier@vnanet.vn, courrier.cvn@gmail.com")).toBe("page") // fr-desk-a/17 lecourrier
    expect(fieldLabelClue("Điện thoại CSKH: 19008082 - 0886.234.222")).toBeUndefined() // vi-more2/12 bvnghean
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
  it("gives a label every language writes the same the page's language", () => {
    // fr-desk-a/17 lecourrier, masthead
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["ui", "E-mail : courrier@vnanet.vn, courrier.cvn@gmail.com"],
      ["body", frenchBody]
    ]
    expect(langsOf(lines, detect)).toEqual(["fr", "fr"])
    // fr-desk-a/51 lecourrier: a credit's `Photo :` is the page's
    expect(
      langsOf(
        [
          ["caption", "Photo : Viêt Duc/CVN"],
          ["body", frenchBody]
        ],
        detect
      )
    ).toEqual(["fr", "fr"])
  })

  it("gives a line of the page's function words alone the page's language, whatever its kind", () => {
    // fr-desk-a/61 vovworld: `Le` cut off its sentence, which the classifier may call ui
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["ui", "Le"],
      ["body", frenchBody]
    ]
    expect(langsOf(lines, detect)).toEqual(["fr", "fr"])
  })

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

  it("gives a word of a Vietnamese page's chrome eld leans to English English", () => {
    // vi-more3/08 kinhtevadubao: a journal's English abstract heading on a Vietnamese page
    const vietnameseBody = "Ngân hàng Chính sách xã hội đóng vai trò quan trọng trong thực hiện chính sách tín dụng."
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["byline", "Summary"],
      ["ui", "Vương Trần"],
      ["body", vietnameseBody]
    ]
    expect(langsOf(lines, leaning("en", 0.8))).toEqual(["en", "und", "vi"])
    expect(langsOf(lines, leaning("en", 0.5))).toEqual(["und", "und", "vi"])
  })

  it("gives a picture's role named in English on a Vietnamese page English", () => {
    const vietnameseBody = "Ngân hàng Chính sách xã hội đóng vai trò quan trọng trong thực hiện chính sách tín dụng."
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["image", "Logo"], // vi-provincial/03 hdndhaiduong, line 1
      ["image", "Banner"], // vi-provincial/14 tuyenquangtv, line 1
      ["ui", "image banner"], // vi-fr-more6/04 sotuphapbackan, line 1 (eld calls it French)
      ["image", "LOGO dai hoi"], // vi-more2/16 hoilhpnphuyen: a file's words, no role alone
      ["ui", "noData"], // vi-more2/04 conganthanhhoa
      ["body", vietnameseBody]
    ]
    expect(langsOf(lines, detect)).toEqual(["en", "en", "en", "und", "und", "vi"])
    // On a French page the same words are the page's, or nothing settles them.
    expect(
      langsOf(
        [
          ["image", "Logo"],
          ["body", frenchBody]
        ],
        detect
      )
    ).toEqual(["und", "fr"])
  })

  it("gives one word French writes as English does, which eld calls English, a French page's language", () => {
    const lines: ReadonlyArray<readonly [Kind, string]> = [
      ["ui", "International"], // fr-desk-b/11 reseau-bastille, line 1
      ["body", "Tableau A"], // fr-mt-more/07 baonghean-fr, line 12
      ["ui", "AsieInternational"], // vi-fr-more6/15 al24news, line 1
      ["source", "Source"], // seeds/002 vietnam.vn: eld only leans to English, it stays und
      ["ui", "Repost0"], // fr-desk-b/71 overblog
      ["ui", "Vietnam"], // fr-desk-b/16 intelligenceonline: a name
      ["ui", "Subscribe"], // English alone: eld scores French far below English
      ["body", frenchBody]
    ]
    expect(langsOf(lines, detect)).toEqual(["fr", "fr", "fr", "und", "und", "und", "und", "fr"])
    // On a Vietnamese page eld's English stands, or nothing settles the word.
    const vietnameseBody = "Ngân hàng Chính sách xã hội đóng vai trò quan trọng trong thực hiện chính sách tín dụng."
    expect(
      langsOf(
        [
          ["ui", "International"],
          ["body", vietnameseBody]
        ],
        detect
      )[0]
    ).not.toBe("fr")
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
