import { describe, expect, it } from "@effect/vitest"
import { FastCheck } from "effect"
import { stripTrailingPipes, unglueWords } from "../../pipeline/stages/CleanInline.ts"
import { processLines } from "../support/pipeline.ts"

const viParagraph = "Ban Tổ chức Trung ương tiếp tục phối hợp chặt chẽ với các cấp ủy Đảng và các cơ quan liên quan."
const frParagraph =
  "Le Comité a déployé de manière synchrone, complète et systématique le travail de construction du Parti."

const textsOf = (lines: ReadonlyArray<string>) => processLines(lines).segments.map((segment) => segment.text)

describe("unglueWords", () => {
  it.each([
    ["nhiệm kỳ 2026-2031được tiến hành", "nhiệm kỳ 2026-2031 được tiến hành"],
    ["trong năm nay.Ông Chính cho biết", "trong năm nay. Ông Chính cho biết"],
    ["du 14e Congrès national", "du 14e Congrès national"],
    ["le 1er janvier", "le 1er janvier"],
    ["đoạn đường dài 10km và rộng 20m", "đoạn đường dài 10km và rộng 20m"],
    ["tăng 3.5% so với năm 2023", "tăng 3.5% so với năm 2023"],
    ["xem tại vietnamplus.vn hoặc gửi thư về bandoc@vtv.vn", "xem tại vietnamplus.vn hoặc gửi thư về bandoc@vtv.vn"],
    ["TP.HCM và Hà Nội", "TP.HCM và Hà Nội"],
    // A token that opens with a letter holds its digits: an aircraft, a brand, a virus.
    ["đặt mua 12 máy bay A330neo mới", "đặt mua 12 máy bay A330neo mới"],
    ["le site my6sense et le virus H5N1", "le site my6sense et le virus H5N1"]
  ])("%s", (input, expected) => expect(unglueWords(input)).toBe(expected))

  it("is idempotent", () => {
    FastCheck.assert(
      FastCheck.property(FastCheck.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        const once = unglueWords(stripTrailingPipes(text))
        return unglueWords(stripTrailingPipes(once)) === once
      }),
      { numRuns: 500 }
    )
  })
})

describe("cleanInline through the stages", () => {
  it("splits glued words in Vietnamese and French text only, never English or another language's tokens", () => {
    const english =
      "The airline ordered twelve jets in a deal worth 38million dollars, and its rival booked 9bn of orders at the show."
    const german = "Die Fluggesellschaft hat zwölf Flugzeuge für 38millionen Euro bestellt, wie der Vorstand sagte."
    expect(textsOf(["Airline orders new jets", english])[1]).toBe(english)
    expect(textsOf(["Neue Flugzeuge bestellt", german])[1]).toBe(german)
    const vi = "Đại hội nhiệm kỳ 2026-2031được tiến hành trong hai ngày với sự tham gia của các đại biểu."
    expect(textsOf(["Đại hội Đảng bộ tỉnh", vi])[1]).toBe(vi.replace("2031được", "2031 được"))
    const fr = "Le congrès du mandat 2026-2031commence lundi, a annoncé le comité dans un communiqué publié hier."
    expect(textsOf(["Le congrès du Parti", fr])[1]).toBe(fr.replace("2031commence", "2031 commence"))
  })

  it("strips a switch label where the text changes language", () => {
    const texts = textsOf(["Tiêu đề bài viết hôm nay", viParagraph, `Français ${frParagraph}`])
    expect(texts[2]).toBe(frParagraph)
  })

  it("keeps a language name that opens a sentence in a page of that language", () => {
    const line = "English Premier League clubs spent a record amount on new players during the summer transfer window."
    const texts = textsOf([
      "Transfer news",
      "The summer window closed on Friday with several late deals completed by the clubs.",
      line
    ])
    expect(texts[2]).toBe(line)
  })

  it("strips a source dateline from the lede and keeps the outlet, by the outlet table's name", () => {
    const doc = processLines(["Titre de l'article", `(Baonghean.vn) - ${frParagraph}`])
    expect(doc.segments[1]?.text).toBe(frParagraph)
    expect(doc.metadata.outlet).toBe("Báo Nghệ An")
  })

  it("strips the trailing table pipe of a caption but keeps it in raw_text", () => {
    const doc = processLines(["Tiêu đề bài viết", "![]() |", "Ông Tô Huy Rứa phát biểu. Ảnh: TTXVN |", viParagraph])
    expect(doc.segments[2]?.text).toBe("Ông Tô Huy Rứa phát biểu. Ảnh: TTXVN")
    expect(doc.segments[2]?.rawText).toBe("Ông Tô Huy Rứa phát biểu. Ảnh: TTXVN |")
  })

  it("changes nothing in clean text run through again", () => {
    const lines = [
      "Tiêu đề bài viết",
      viParagraph,
      `Français ${frParagraph}`,
      "nhiệm kỳ 2026-2031được tiến hành khoa học."
    ]
    const first = textsOf(lines)
    expect(textsOf(first)).toEqual(first)
  })
})
