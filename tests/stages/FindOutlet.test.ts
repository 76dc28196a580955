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
import { processLines, rules } from "../support/pipeline.ts"

/** A cleaned line as `findOutlet` reads it: its kind, its text, a dateline tag stripped from it and its evidence. */
const line = (
  kind: Kind,
  text: string,
  prefixOutlet: string | null = null,
  kindEvidence: ReadonlyArray<string> = []
): CleanSegment => ({ kind, text, prefixOutlet, captures: {}, kindEvidence }) as unknown as CleanSegment

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

  it("keeps a paper named in brackets after a byline's writer as printed (dev/65_congdoan-fr-…, fr-mt-national/09_congdoan-fr-…)", () => {
    const lower = [line("byline", "vương trần (báo lao động) 16/04/2025 11:21 (GMT+7)")]
    const capitals = [line("byline", "CÔNG SÁNG (Báo Lao Động) 09/02/2026 17:50 (GMT+7)")]
    expect(find(lower, rules.outlets)).toBe("Lao Động")
    expect(find(lower, without("Lao Động"))).toBe("báo lao động")
    expect(find(capitals, without("Lao Động"))).toBe("Báo Lao Động")
    // A writer's role in brackets is no paper.
    expect(find([line("byline", "THU TRÀ (THỰC HIỆN) 20/06/2025 16:21 (GMT+7)")], without("Lao Động"))).toBeNull()
  })

  it("reads the site's name in its follow button, a domain with the other domains (vi-provincial/17_baocamau-…, dev/42_tinmoi-…, vi-more2/14_congluan-…)", () => {
    const camau = [line("ui", "Theo dõi Báo điện tử Cà Mau trên")]
    expect(find(camau, without("Báo Cà Mau"))).toBe("Báo điện tử Cà Mau")
    expect(find(camau, rules.outlets)).toBe("Báo Cà Mau")
    expect(find([line("ui", "Theo dõi Tinmoi.vn trên Tinmoi.vn - Google news")], without("Tinmoi.vn"))).toBe(
      "tinmoi.vn"
    )
    // `báo` (the paper) is no name.
    expect(find([line("ui", "Theo dõi báo trên:")], rules.outlets)).toBeNull()
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

  it("reads no outlet from a caption printed again under it (Nhân Dân, Vietnam+ French pages)", () => {
    // fr-desk-b/31_nhandan-fete-nationale-celebree-en-france.txt, fr-desk-a/31_vietnamplus-edito-eliminer-corruption-mojibake.txt:
    // the copy is `other_noise` (a verbatim duplicate) but its credit names the photo's agency.
    for (const caption of ["Un coin de Paris en France. Photo: THX/VNA", "9e Plénum du Parti. Photo: VNA"]) {
      const copy = (evidence: ReadonlyArray<string>) => [
        line("caption", caption),
        line("other_noise", caption, null, evidence)
      ]
      expect(find(copy(["rule:photo-credit", "layout:caption-repeat"]), rules.outlets)).toBeNull()
      expect(find(copy([]), rules.outlets)).toBe("TTXVN")
    }
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

describe("an outlet's acronym in capitals before the lede (`BBK - `, `BHG - `, `VOV1 - - `)", () => {
  const lede = (lines: ReadonlyArray<string>) => {
    const segment = processLines(lines).segments.find((s) => s.kind === "body")!
    return { text: segment.text, tag: segment.prefixOutlet }
  }

  it("is stripped off the lede and names the page's outlet (vi-more2/03_baobackan-…, vi-provincial/10_baohagiang-…, dev/81_vov1-…)", () => {
    const bbk = [
      "Chủ tịch UBND tỉnh Bắc Kạn tiếp công dân vào ngày 25 hằng tháng",
      "BBK - UBND tỉnh Bắc Kạn vừa có Thông báo số 02/TB - UBND ngày 03 tháng 01 năm 2024 đến các cơ quan, đơn vị, địa phương về lịch tiếp công dân của đồng chí Chủ tịch UBND tỉnh trong năm 2024."
    ]
    expect(lede(bbk)).toEqual({
      text: "UBND tỉnh Bắc Kạn vừa có Thông báo số 02/TB - UBND ngày 03 tháng 01 năm 2024 đến các cơ quan, đơn vị, địa phương về lịch tiếp công dân của đồng chí Chủ tịch UBND tỉnh trong năm 2024.",
      tag: "BBK"
    })
    const bhg = [
      "“Báo Hà Giang tiên phong trên mặt trận tư tưởng, văn hóa”",
      "BHG - Ngày 13.4.1964, nhằm đáp ứng yêu cầu nhiệm vụ chính trị của tỉnh, BTV Tỉnh ủy Quyết định thành lập Báo Hà Giang – Cơ quan ngôn luận của Đảng bộ tỉnh và ra số báo đầu tiên."
    ]
    expect(lede(bhg).tag).toBe("BHG")
    expect(lede(bhg).text.startsWith("Ngày 13.4.1964, nhằm")).toBe(true)
    const vov1 = [
      "Tình cảm người dân xứ Nghệ với Tổng Bí thư Nguyễn Phú Trọng",
      "VOV1 - Với 80 năm tuổi đời, gần 57 năm tuổi Đảng, 14 năm trên cương vị Tổng Bí thư, hơn 2 năm trên cương vị Chủ tịch nước."
    ]
    expect(lede(vov1).tag).toBe("VOV1")
    // Known to the table, the tag gives its row; unknown, it is kept as printed.
    const page = [line("body", "UBND tỉnh Bắc Kạn vừa có Thông báo số 02/TB.", "BBK")]
    expect(find(page, rules.outlets)).toBe("Báo Bắc Kạn")
    expect(find(page, without("Báo Bắc Kạn"))).toBe("BBK")
  })

  it("is also read bracketed with no dash before the lede (vi-more5/14_thanhgiong-…)", () => {
    const ctg = [
      "Đại hội điểm Hội LHTN cấp huyện",
      "(CTG) Thực hiện chỉ đạo của Trung ương Hội LHTN Việt Nam, Hội LHTN Việt Nam tỉnh Lạng Sơn đã triển khai Kế hoạch, Hướng dẫn về tổ chức Đại hội."
    ]
    expect(lede(ctg)).toEqual({
      text: "Thực hiện chỉ đạo của Trung ương Hội LHTN Việt Nam, Hội LHTN Việt Nam tỉnh Lạng Sơn đã triển khai Kế hoạch, Hướng dẫn về tổ chức Đại hội.",
      tag: "CTG"
    })
  })

  it("is no label in capitals, size or byline with a date (dev/43_tienphong-…, fr-desk-b/47_viettan-…, fr-mt-provincial/13_baonghean-fr-…)", () => {
    const tags = (lines: ReadonlyArray<string>) => processLines(lines).segments.map((s) => s.prefixOutlet)
    expect(tags(["Chuẩn y Phó Bí thư Tỉnh ủy Thái Nguyên", "MỚI - NÓNG"])).toEqual([null, null])
    expect(tags(["Le Vietnam élit ses députés", "JPEG - 32.1 ko"])).toEqual([null, null])
    expect(tags(["Percée dans les infrastructures", "VAN - 1er octobre 2025 20:34"])).toEqual([null, null])
  })
})

describe("the site a file's name starts with, as a scraper names it after the domain", () => {
  const body = [line("body", "Chiều 22/6, Thường trực HĐND huyện phối hợp với UBND huyện tổ chức phiên họp.")]

  it("reads the domain without its suffix and dots, or its first label (vi-more3/12_moj-…, vi-more3/05_sonoivuhatinh-…, vi-more5/08_dienbiendong-…)", () => {
    expect(find(body, rules.outlets, "vi-more3/12_moj-son-la-so-ket-de-an-thu-tu.txt")).toBe("Bộ Tư pháp")
    expect(find(body, rules.outlets, "vi-more3/05_sonoivuhatinh-ky-niem-70-nam-bo-noi-vu.txt")).toBe(
      "Sở Nội vụ Hà Tĩnh"
    )
    expect(find(body, rules.outlets, "vi-more5/08_dienbiendong-hop-chuan-bi-ky-hop-thu-nhat-hdnd-huyen.txt")).toBe(
      "Cổng thông tin điện tử huyện Điện Biên Đông"
    )
  })

  it("reads a domain's first label with a hyphen as the start of a file name (fr-desk-b/11_reseau-bastille-…, dev/72_vn-lrds-…)", () => {
    expect(find(body, rules.outlets, "fr-desk-b/11_reseau-bastille-vietnam-en-pleine-mutation.txt")).toBe(
      "Réseau Bastille"
    )
    expect(find(body, rules.outlets, "dev/72_vn-lrds-secretaire-national-pcf-en-terre-vietnamienne.txt")).toBe(
      "vn-lrds.blogspot.com"
    )
    expect(find(body, rules.outlets, "news/03_le-reseau-bastille-a-paris.txt")).toBeNull()
  })

  it("reads the first word only, and no slug two outlets share (vi-more/03_thanhtra-…: thanhtra.com.vn, thanhtra.gov.vn)", () => {
    // `hatinh` is the Hà Tĩnh portal's slug, but here the topic of an article of a site the table does not know.
    expect(find(body, rules.outlets, "news/15_someblog-hatinh-tiep-cong-dan.txt")).toBeNull()
    expect(find(body, rules.outlets, "vi-more/03_thanhtra-vinh-phuc-khac-phuc-vi-pham-bo-nhiem.txt")).toBeNull()
  })
})
