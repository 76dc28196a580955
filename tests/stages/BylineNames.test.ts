import { describe, expect, it } from "@effect/vitest"
import { namesOfDatedSignature, namesOfSignature, startsAsPerson } from "../../pipeline/stages/BylineNames.ts"

describe("an author's names read off a byline no rule captured", () => {
  it.each([
    ["ĐÌNH TRỌNG |", "ĐÌNH TRỌNG"], // fr-mt-national/24 laodong fr
    ["Sy Minh", "Sy Minh"], // fr-mt-provincial/07 baonghean fr
    ["Pham Bang DNUM_AHZAIZCACF 18:20", "Pham Bang"], // fr-mt-provincial/02 baonghean fr, a scraper's placeholder
    ["Texte et photos : Viêt Cuong - Thông Thiên/VNP/CVN", "Viêt Cuong - Thông Thiên"], // fr-more-outlets/45 lecourrier
    ["Linh Hà (tổng hợp)", "Linh Hà"], // vi-national/06 tapchicongsan
    ["Ngan Hanh - Lam Tung", "Ngan Hanh - Lam Tung"]
  ])("%s: %s", (line, names) => {
    expect(namesOfSignature(line)).toBe(names)
  })

  it.each([
    "Google News", // a follow button the classifier took for a byline
    "Viet Nam News Agency",
    "PHÒNG TRUYỀN THÔNG ĐA PHƯƠNG TIỆN", // a desk in capitals: no family name
    "THẢO LUẬN TẠI HỘI TRƯỜNG", // a heading in capitals
    "PRATIQUE, EFFICACE",
    "Thứ Ba", // a day's name
    "Báo Nhân Dân", // an outlet
    "Theo TTXVN",
    "Photo : VNA"
  ])("no names in %s", (line) => {
    expect(namesOfSignature(line)).toBeNull()
  })

  it("reads a signature with its date, not a place's dateline", () => {
    expect(namesOfDatedSignature("Hà Vũ 17/08/2024 09:30")).toBe("Hà Vũ") // vi-national/10 hanoimoi
    expect(namesOfDatedSignature("Việt Bắc (báo lao động) 05/02/2026 10:51 (GMT+7)")).toBe("Việt Bắc") // fr-mt-national/10
    expect(namesOfDatedSignature("Hà Nội, 12/03/2024")).toBeNull()
    expect(namesOfDatedSignature("Thứ Ba, 12/03/2024 - 08:15")).toBeNull()
    expect(namesOfDatedSignature("09:47 28/12/2023")).toBeNull()
  })

  it("knows a day's or an outlet's name captured by a byline rule is no author", () => {
    // vi-more3/02 baoapbac: `Thứ Năm, 15/10/2020, 16:21 (GMT+7)` taken for a byline, its name-before-date captured
    expect([startsAsPerson("Thứ Năm"), startsAsPerson("Báo Ấp Bắc"), startsAsPerson("Hà Vũ")]).toEqual([
      false,
      false,
      true
    ])
  })

  it("knows a newsroom's generic signature is no author (Báo Nghệ An's French edition: `PV August 20, 2025 17:59`)", () => {
    expect([startsAsPerson("PV"), startsAsPerson("Équipe de journalistes"), startsAsPerson("Nhóm PV")]).toEqual([
      false,
      false,
      false
    ])
  })
})
