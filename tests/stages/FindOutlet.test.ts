/**
 * The outlet of a page where the outlet table has never heard of it: what the page prints of
 * itself (a dateline tag shaped as an outlet's, a domain in a site-name, source, byline or
 * dateline line), on real lines of the gold pages (each test names its file), against the table
 * as shipped and against the table without the page's outlet (as `pnpm evaluate --cv` measures
 * outlets the table does not know).
 */
import { describe, expect, it } from "@effect/vitest"
import { type CleanSegment, noHints } from "../../pipeline/Document.ts"
import { lookupOutlet, type OutletIndex, withoutOutlets } from "../../pipeline/rules/RuleBook.ts"
import { findOutlet } from "../../pipeline/stages/FindOutlet.ts"
import type { Kind } from "../../schemas/Vocabulary.ts"
import { rules } from "../support/pipeline.ts"

/** A cleaned line as `findOutlet` reads it: its kind, its text and a dateline tag stripped from it. */
const line = (kind: Kind, text: string, prefixOutlet: string | null = null): CleanSegment =>
  ({ kind, text, prefixOutlet, captures: {} }) as unknown as CleanSegment

/** The table without the named outlets' rows. */
const without = (...names: ReadonlyArray<string>): OutletIndex =>
  withoutOutlets(rules.outlets, new Set(names.map((name) => lookupOutlet(rules.outlets, name)!)))

const find = (segments: ReadonlyArray<CleanSegment>, index: OutletIndex, sourcePath = "page.txt") =>
  findOutlet(segments, noHints, sourcePath, index)

describe("the outlet where the table does not know it", () => {
  it("keeps a dateline tag shaped as an outlet's as printed (fr-desk-a/05_vovworld-cloture-14e-plenum.txt)", () => {
    // `(VOVWORLD) - Le 14e plénum du Comité central ...`: CleanInline strips the tag off the lede.
    const page = [
      line(
        "body",
        "Le 14e plénum du Comité central du Parti communiste vietnamien s’est clôturé ce vendredi matin.",
        "VOVWORLD"
      )
    ]
    expect(find(page, rules.outlets)).toBe("VOVworld")
    expect(find(page, without("VOVworld"))).toBe("VOVWORLD")
  })

  it("reads a head line that is only a bracketed tag (dev/57_vtcnews-quoc-tang-tong-bi-thu.txt)", () => {
    const page = [
      line("ui", "(VTC News) -"),
      line("body", "Lễ Quốc tang Tổng Bí thư Nguyễn Phú Trọng được tổ chức trong 2 ngày.")
    ]
    expect(find(page, without("VTC News"))).toBe("VTC News")
  })

  it("takes no span of dates for a tag", () => {
    // dev set's Điện Biên page prints `(10/10/1949 - 10/10/2019)` on a line of its own.
    expect(find([line("ui", "(10/10/1949 - 10/10/2019)")], without("Đảng bộ tỉnh Điện Biên"))).toBeNull()
  })

  it("takes a domain printed in the site's chrome (dev/42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt)", () => {
    const page = [line("ui", "Theo dõi Tinmoi.vn trên Tinmoi.vn - Google news")]
    expect(find(page, rules.outlets)).toBe("Tinmoi.vn")
    expect(find(page, without("Tinmoi.vn"))).toBe("tinmoi.vn")
  })

  it("takes a source URL's host, by the table's name where it knows it (fr-desk-b/71_overblog-courrier-felicitations-pcf.txt)", () => {
    const page = [
      line(
        "source",
        "source: https://www.lecourrier.vn/partis-communistes-message-de-felicitations-du-vietnam-a-la-france/575194.html"
      )
    ]
    expect(find(page, without("Le Courrier du Vietnam"))).toBe("lecourrier.vn")
    expect(find(page, without("VOVworld"))).toBe("Le Courrier du Vietnam")
  })

  it("takes the host a file's folder is named by, as a domain (a corpus stored by site)", () => {
    // The lede of dev/42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt (line 7), as a corpus stored by site would hold it.
    const page = [
      line(
        "body",
        "Ủy ban Kiểm tra (UBKT) Quân ủy Trung ương đã phân tích, kết luận làm rõ các vi phạm và bỏ phiếu đề nghị thi hành kỷ luật theo thẩm quyền, bảo đảm khách quan đúng nguyên tắc, quy định."
      )
    ]
    expect(find(page, rules.outlets, "tinmoi.vn/ubkt-quan-uy.txt")).toBe("Tinmoi.vn")
    expect(find(page, without("Tinmoi.vn"), "www.tinmoi.vn/ubkt-quan-uy.txt")).toBe("tinmoi.vn")
    expect(find(page, without("Tinmoi.vn"), "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt")).toBeNull()
  })

  it("reads an attribution to a URL on a line of its own, whatever its kind (vi-more2/18_hlhpnkhanhhoa-lanh-dao-tinh-tham-tang-qua-nha-trang.txt)", () => {
    const page = [line("body", "Theo https://baokhanhhoa.vn/chinh-tri/202108/lanh-dao-tinh-tham-tang-qua-cho-")]
    expect(find(page, without("Báo Khánh Hòa"))).toBe("baokhanhhoa.vn")
    expect(find(page, without("VOVworld"))).toBe("Báo Khánh Hòa")
  })

  it("reads no agency from a caption the noise stage took for a repeat (fr-desk-b/31_nhandan-fete-nationale-celebree-en-france.txt)", () => {
    const caption = "Un coin de Paris en France. Photo: THX/VNA"
    const repeat = { ...line("other_noise", caption), kindEvidence: ["layout:adjacent-repeat"] } as CleanSegment
    const page = [
      line("title", "La fête nationale vietnamienne est célébrée en France"),
      line("caption", caption),
      repeat,
      line("body", "Le 28 août, l’Ambassade du Vietnam en France a organisé, à Paris, une cérémonie.")
    ]
    expect(find(page, without("Nhân Dân"))).toBeNull()
    // the same line as chrome (no repeat) names the agency
    expect(find([page[0]!, line("other_noise", caption), page[3]!], without("Nhân Dân"))).toBe("TTXVN")
  })

  it("reads no domain from a caption's credit or an e-mail", () => {
    // fr-desk-a/40_vovworld-courrier-publications-en-francais.txt credits another outlet's photo.
    expect(find([line("caption", "Photo: lecourrier.vn")], without("Le Courrier du Vietnam"))).toBeNull()
    expect(find([line("byline", "Phóng viên (phongvien@example.com)")], rules.outlets)).toBeNull()
  })
})

describe("an outlet's name of common words, in the site's chrome, counts only printed as a name", () => {
  it("reads no outlet from lower-case words that spell one (titles of three outlets' pages)", () => {
    // fr-mt-more/05_baonghean-fr-kim-sang-sik-montrer-son-talent.txt: `sur le point de` is not Le Point.
    const french = [
      line("title", "Équipe du Vietnam : l'entraîneur Kim Sang Sik est sur le point de montrer son talent")
    ]
    expect(find(french, rules.outlets)).toBeNull()
    // vi-more/19_hvannd-chu-tich-nuoc-to-lam-tuyen-the.txt and vi-more3/04_yenlap-…: `nhân dân`, the people, is not Nhân Dân.
    const people = [
      line(
        "title",
        "Chủ tịch nước Tô Lâm tuyên thệ, nguyện dốc toàn bộ tâm sức, trí lực phụng sự đất nước, phục vụ nhân dân"
      )
    ]
    expect(find(people, rules.outlets)).toBeNull()
    expect(
      find([line("title", "Ủy ban nhân dân huyện họp phiên thường kỳ tháng 11 (lần hai)")], rules.outlets)
    ).toBeNull()
  })

  it("reads a name printed as the table writes it or with a word no dictionary holds", () => {
    // vi-more/18_24h-quoc-hoi-hop-rieng-phe-chuan-bo-nhiem.txt: the site's tagline, `24h` in lower-case company.
    expect(find([line("ui", "Tin tức bóng đá, thể thao, giải trí | Đọc tin tức 24h mới nhất")], rules.outlets)).toBe(
      "24h"
    )
    // fr-mt-national/68_congdoan-fr-vol-syndical-reve-reunion-familles.txt: a byline naming its paper.
    expect(find([line("ui", "Bảo Hân (Báo Lao Động) 06/02/2026 10:57 (GMT+7)")], rules.outlets)).toBe("Lao Động")
  })

  it("takes no site for a chrome label of common words (dev/42_tinmoi-…, seeds/001_…)", () => {
    // `Tin mới` (latest news) heads many sites' lists; Tinmoi.vn names itself `Tinmoi.vn`.
    expect(find([line("ui", "Tin mới")], rules.outlets)).toBeNull()
    expect(find([line("ui", "TIN MỚI")], rules.outlets)).toBeNull()
  })
})
