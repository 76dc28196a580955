/**
 * The line classifier's features, family by family, on real lines of the gold
 * pages (tests/gold/<set>/raw), each family on pages of two outlets or more, with a
 * real body line of the same pages where it must not fire.
 */

import { describe, expect, it } from "@effect/vitest"
import {
  captionCue,
  featureNames,
  lineFeatures,
  type PageVotes,
  pageTranslationPair,
  personInScene,
  shortScene,
  translationPair
} from "../../pipeline/classifier/LineFeatures.ts"
import { ruleHitsOf } from "../../pipeline/stages/ClassifyNoise.ts"
import { countLetters, voteFunctionWords } from "../../pipeline/stages/DetectLanguage.ts"
import { probeOf } from "../../pipeline/TextNormalization.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules, segmentLines } from "../support/pipeline.ts"

const pages = loadGoldPages(rules.outlets)

/** A gold page's segments, their features, and the index of the segment holding raw line `line`. */
const segmentAt = (set: string, file: string, line: number) => {
  const page = pages.find((p) => p.set === set && p.file === file)
  if (page === undefined) throw new Error(`no gold page ${set}/${file}`)
  const features = lineFeatures(
    page.segments,
    ruleHitsOf(page.segments, rules).map((r) => r.hits)
  )
  const index = page.segments.findIndex((s) => s.lineStart <= line && s.lineEnd >= line)
  return { segments: page.segments, features, index }
}

/** The value of feature `name` on the segment holding raw line `line` of a gold page. */
const feature = (set: string, file: string, line: number, name: string): number => {
  const { features, index } = segmentAt(set, file, line)
  const f = featureNames.indexOf(name)
  if (f < 0) throw new Error(`no feature ${name}`)
  return features[index]![f]!
}

describe("line features on real pages", () => {
  it.each([
    // a photo credit closing a caption (Nhân Dân, Chinhphu.vn)
    ["shape:photo-credit", "dev", "21_nhandan-dai-hoi-dang-bo-bo-tnmt.html", 2, true],
    ["shape:photo-credit", "dev", "24_baochinhphu-du-lich-hau-covid.html", 9, true],
    ["shape:photo-credit", "dev", "29_zingnews-csgt-tong-kiem-soat.html", 17, false],
    // a line that is a date and nothing else (Tinmoi, Báo Quảng Bình)
    ["date:only", "dev", "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt", 5, true],
    ["date:only", "dev", "44_baoquangbinh-ket-luan-dai-hoi-diem-co-so.txt", 5, true],
    ["date:only", "dev", "44_baoquangbinh-ket-luan-dai-hoi-diem-co-so.txt", 11, false],
    // a line printed again (an image's alt text twice: Znews, Tiền Phong)
    ["repeat:earlier", "dev", "29_zingnews-csgt-tong-kiem-soat.html", 21, true],
    ["repeat:earlier", "dev", "31_tienphong-o-to-bien-dang-tai-nan.html", 12, true],
    ["repeat:earlier", "dev", "29_zingnews-csgt-tong-kiem-soat.html", 17, false],
    // after the last paragraph: the byline at the end (Vietnam+, Chinhphu.vn)
    ["pos:after-last-paragraph", "dev", "22_vietnamplus-dung-van-tai-khach-da-nang.html", 14, true],
    ["pos:after-last-paragraph", "dev", "24_baochinhphu-du-lich-hau-covid.html", 93, true],
    ["pos:after-last-paragraph", "dev", "24_baochinhphu-du-lich-hau-covid.html", 33, false],
    // all in capitals (Tiền Phong's MỚI - NÓNG, VOV's schedule header)
    ["caps:all", "dev", "43_tienphong-chuan-y-pho-bi-thu-thai-nguyen.txt", 15, true],
    ["caps:all", "dev", "81_vov1-tinh-cam-nguoi-dan-xu-nghe-tbt-nguyen-phu-trong.txt", 4, true],
    ["caps:all", "dev", "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt", 3, false],
    // a line in another language than the page (Lao Động fr, Le Courrier du Vietnam)
    ["lang:other-than-page", "dev", "63_laodong-fr-ouverture-20e-congres-nghe-an.txt", 3, true],
    ["lang:other-than-page", "fr-desk-a", "17_lecourrier-xive-congres-atmosphere-ouverture.txt", 24, true],
    ["lang:other-than-page", "fr-desk-a", "17_lecourrier-xive-congres-atmosphere-ouverture.txt", 34, false],
    // the first headline-like line of the page (Tinmoi, Chinhphu.vn)
    ["pos:first-headline", "dev", "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt", 3, true],
    ["pos:first-headline", "dev", "25_baochinhphu-gia-vien-nong-thon-moi.html", 7, true],
    ["pos:first-headline", "dev", "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt", 5, false],
    // the nearest line above is image residue: where a caption sits (Tiền Phong, Báo Nghệ An in French)
    ["image:after", "dev", "31_tienphong-o-to-bien-dang-tai-nan.html", 4, true],
    ["image:after", "fr-mt-more", "08_baonghean-fr-festival-pechers-noong-het-laos.txt", 9, true],
    ["image:after", "fr-mt-more", "08_baonghean-fr-festival-pechers-noong-het-laos.txt", 2, false],
    // one short sentence, as captions are (Tiền Phong, Báo Nghệ An in French); not a paragraph of several
    // sentences, and not one long sentence (Nhân Dân)
    ["sentences:one-short", "dev", "31_tienphong-o-to-bien-dang-tai-nan.html", 4, true],
    ["sentences:one-short", "fr-mt-more", "08_baonghean-fr-festival-pechers-noong-het-laos.txt", 9, true],
    ["sentences:one", "fr-mt-more", "08_baonghean-fr-festival-pechers-noong-het-laos.txt", 2, false],
    ["sentences:one", "dev", "31_tienphong-o-to-bien-dang-tai-nan.html", 10, false],
    ["sentences:one", "dev", "21_nhandan-dai-hoi-dang-bo-bo-tnmt.html", 14, true],
    ["sentences:one-short", "dev", "21_nhandan-dai-hoi-dang-bo-bo-tnmt.html", 14, false],
    // a line of nothing but acronyms: an agency tag (Le Courrier's VNA/CVN, AFP on Yeni Şafak, the CPV's own tag)
    ["acronyms:only", "fr-desk-a", "17_lecourrier-xive-congres-atmosphere-ouverture.txt", 22, true],
    ["acronyms:only", "fr-desk-b", "34_yenisafak-afp-president-vietnamien-demission.txt", 4, true],
    ["acronyms:only", "dev", "76_dangcongsan-fr-efficacite-assemblee-nationale.txt", 5, true],
    // ... not a label or a name in capitals with Vietnamese marks (Tiền Phong's MỚI - NÓNG, a byline of Lao Động)
    ["acronyms:only", "dev", "43_tienphong-chuan-y-pho-bi-thu-thai-nguyen.txt", 15, false],
    ["acronyms:only", "dev", "63_laodong-fr-ouverture-20e-congres-nghe-an.txt", 3, false],
    // a person's name alone: a byline (VOV5's Thu Hoa, BizLIVE's Mạnh Nguyễn, a degree before it on Kinh tế
    // và Dự báo, two names and a pipe on Lao Động, a desk in brackets on Tin mới); not a section label in
    // lower case (BizLIVE's BizLIVE - Gặp gỡ), not the same name in capitals (left to caps:all), not a lede
    ["shape:person-name", "fr-desk-a", "59_vovworld-fete-grande-union-nationale-chronique.txt", 3, true],
    ["shape:person-name", "vi-national", "08_bizlive-mien-nhiem-chu-tich-nguyen-sinh-hung.txt", 3, true],
    ["shape:person-name", "vi-more3", "08_kinhtevadubao-giai-phap-tin-dung-chinh-sach-xa-hoi.txt", 1, true],
    [
      "shape:person-name",
      "fr-mt-national",
      "66_laodong-fr-vice-president-cgtv-ouvriers-zones-inondees-dak-lak.txt",
      3,
      true
    ],
    ["shape:person-name", "dev", "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt", 19, true],
    ["shape:person-name", "vi-national", "08_bizlive-mien-nhiem-chu-tich-nguyen-sinh-hung.txt", 25, false],
    ["shape:person-name", "vi-national", "08_bizlive-mien-nhiem-chu-tich-nguyen-sinh-hung.txt", 23, false],
    ["shape:person-name", "fr-desk-a", "59_vovworld-fete-grande-union-nationale-chronique.txt", 5, false]
  ] as const)("%s on %s/%s:%i is %s", (name, set, file, line, fires) => {
    expect(feature(set, file, line, name) !== 0).toBe(fires)
  })
})

/** Whether the segment holding raw line `line` of a gold page sits where a caption sits (`captionCue`). */
const cue = (set: string, file: string, line: number): boolean => {
  const { segments, features, index } = segmentAt(set, file, line)
  return captionCue(segments, index, features[index]!)
}

describe("a portrait under a lede that opens on its day", () => {
  // The seed page of the Ban Tổ chức Trung ương (seeds/000_…) prints who attended right under its
  // dated lede, over the photo; its clean text fed back (tests/idempotence.test.ts) no longer has the
  // photo, and the portrait must stay the article's. A scene under a dated lede is still a caption's
  // place (Đô Lương's `Toàn cảnh hội nghị.`, Le Petit Journal's `… inaugure l'exposition …`, above).
  const lines = [
    "Đảm bảo công tác chuẩn bị nhân sự cho đại hội Đảng các cấp",
    "Sáng 27/1, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị cán bộ công chức cơ quan tổng kết công tác năm 2014, triển khai nhiệm vụ năm 2015.",
    "Ông Tô Huy Rứa, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương dự và chỉ đạo Hội nghị.",
    "Báo cáo và các ý kiến phát biểu tại Hội nghị đã thống nhất đánh giá, năm 2014, cán bộ công chức của Ban Tổ chức Trung ương đã vượt qua nhiều khó khăn thách thức, năng động, sáng tạo, triển khai một khối lượng công việc lớn."
  ]
  const cueAt = (page: ReadonlyArray<string>, index: number) => {
    const segments = segmentLines(page).segments
    const features = lineFeatures(
      segments,
      ruleHitsOf(segments, rules).map((r) => r.hits)
    )
    return {
      cue: captionCue(segments, index, features[index]!),
      sure: personInScene(segments, index, features[index]!)
    }
  }

  it("is no caption's place there, and is one under an undated paragraph", () => {
    expect(cueAt(lines, 2)).toEqual({ cue: false, sure: false })
    const undated = [lines[0]!, lines[3]!, lines[2]!, lines[3]!]
    expect(cueAt(undated, 2)).toEqual({ cue: true, sure: true })
  })
})

describe("where a caption sits, on real pages", () => {
  it.each([
    // a Vietnamese caption over its French translation, naming the same person or place (Lao Động,
    // Nghệ An, Vietnam.vn French editions), and the translation under its original
    ["fr-mt-national", "60_laodong-fr-50-cadeaux-tet-dong-thap-deputee.txt", 9, true],
    ["fr-mt-national", "60_laodong-fr-50-cadeaux-tet-dong-thap-deputee.txt", 10, true],
    ["fr-mt-provincial", "22_baonghean-fr-ky-son-soldats-jeunes-inondations.txt", 13, true],
    ["fr-mt-national", "04_vietnamvn-fr-texte-integral-to-lam-11e-conference.txt", 9, true],
    ["fr-mt-national", "59_laodong-fr-vice-president-cgtv-cadeaux-tet-ha-tinh.txt", 12, true],
    // not the article's paragraph over the caption of another photo in the other language (Lao Động),
    // nor its lede in French beside the next paragraph
    ["fr-mt-national", "66_laodong-fr-vice-president-cgtv-ouvriers-zones-inondees-dak-lak.txt", 16, false],
    ["fr-mt-national", "60_laodong-fr-50-cadeaux-tet-dong-thap-deputee.txt", 5, false],
    // a caption closing on its credit: `…_Ảnh: TTXVN` (Tạp chí Cộng sản), `(ảnh Khải Hoàn).` (Tạp chí Tòa
    // án), `Ảnh nguồn GLO.` (Tỉnh ủy Gia Lai), `- Photo noichinh.vn` (VOV World)
    ["vi-national", "06_tapchicongsan-ky-hop-bat-thuong-mien-nhiem.txt", 3, true],
    ["vi-more2", "11_tapchitoaan-cao-bang-binh-an-bien-cuong.txt", 9, true],
    ["vi-more2", "20_tinhuygialai-dai-hoi-clb-ccb-san-xuat-kinh-doanh-gioi.txt", 3, true],
    ["fr-desk-a", "61_vovworld-lutte-corruption-cause-nationale.txt", 10, true],
    // not a paragraph about photos (Vietnam.vn), nor a headline opening on `LA PHOTO:` (France Info)
    ["fr-mt-more", "28_vietnamvn-fr-cerisiers-da-lat-apres-tet-tin-tuc.txt", 1, false],
    ["fr-desk-b", "46_francetvinfo-les-vietnamiens-votent.txt", 3, false],
    // a ceremony's scene after its subject, one sentence with no time (`ceremonyScene`): `Toàn cảnh hội
    // nghị.` (Đô Lương), `Lãnh đạo Đảng, Nhà nước dự Đại hội.` (Báo Quảng Ninh), `Đại biểu tham dự lễ
    // khai mạc.` (Báo Trà Vinh), `… chủ trì cuộc họp …` (VietnamFinance), `Délégués participant à la
    // réunion. |` (Vietnam.vn), `… inaugure l'exposition …` (Le Petit Journal)
    ["vi-more3", "03_doluong-ubnd-huyen-hoi-nghi-thuong-ky-thang-4.txt", 5, true],
    ["vi-more", "17_baoquangninh-toan-canh-ngay-thu-hai-dai-hoi-xv.txt", 8, true],
    ["vi-more3", "13_baotravinh-khai-mac-tuan-le-van-hoa-ok-om-bok.txt", 2, true],
    ["vi-national", "18_vietnamfinance-ubkt-quan-uy-de-nghi-ky-luat-10-quan-nhan.txt", 9, true],
    ["fr-mt-national", "18_vietnamvn-fr-vinh-phuc-elit-president-comite-populaire.txt", 4, true],
    ["fr-desk-b", "10_petitjournal-ugvf-congres-pcv-90-ans.txt", 11, true],
    // `… tới dự và chỉ đạo tại Hội nghị.` (Báo Giao thông), `Ra mắt Ủy ban Hội tại Đại hội …` (Thanh Gióng)
    ["vi-more5", "12_baogiaothong-bo-gtvt-hoi-nghi-tong-ket-nam-2023.txt", 12, true],
    ["vi-more5", "14_thanhgiong-lang-son-dai-hoi-diem-hoi-lhtn-cap-huyen.txt", 7, true],
    // not the article telling the same events with a time (`Sáng ngày 26/4, … chủ trì hội nghị .`, Đô
    // Lương; `Sáng 14/3, …`, Ngày mới Online), in a clause opening its sentence (`Dự Đại hội có …`, Báo
    // Yên Bái; `Được tham dự buổi Lễ, …`, Hiệp hội Doanh nghiệp), or as a numbered item (Hội LHPN Phú Yên)
    ["vi-more3", "03_doluong-ubnd-huyen-hoi-nghi-thuong-ky-thang-4.txt", 3, false],
    ["vi-more", "10_ngaymoionline-khai-mac-phien-hop-31-ubtvqh.txt", 3, false],
    ["vi-provincial", "04_baoyenbai-khai-mac-dai-hoi-xix.txt", 19, false],
    ["vi-more2", "10_sba-cong-bo-chi-so-pci-2018.txt", 8, false],
    ["vi-more2", "16_hoilhpnphuyen-de-cuong-tuyen-truyen-dai-hoi-phu-nu.txt", 18, false],
    // nor with a tense (`… đã đến dự và phát biểu tại Lễ kỷ niệm …`, Sở Nội vụ Hà Tĩnh), nor a clause opening
    // on the verb (`Đến dự và chỉ đạo hội nghị có …`, Báo Giao thông)
    ["vi-more3", "05_sonoivuhatinh-ky-niem-70-nam-bo-noi-vu.txt", 7, false],
    ["vi-more5", "12_baogiaothong-bo-gtvt-hoi-nghi-tong-ket-nam-2023.txt", 16, false],
    // a person in the photo by honorific, name and office, telling nothing (`portrait`): Kiến Thức, Báo Bà
    // Rịa - Vũng Tàu, Công an nhân dân
    ["vi-national", "02_kienthuc-de-nghi-khai-tru-khoi-dang.txt", 11, true],
    ["vi-provincial", "24_baobariavungtau-huong-ve-dai-hoi-mttq.txt", 5, true],
    ["vi-national", "26_cand-chuan-bi-dai-hoi-dang-bo-khoi-cq-trung-uong.txt", 3, true],
    // not one over its photo, named again in the caption under it (Vietnam+), nor one telling what was
    // done (`Le camarade Hoang Nghia Hieu, …, a présenté …`, Báo Nghệ An; `Ông Trần Tuấn Anh - … - đã trả
    // lời phỏng vấn …`, Báo Công Thương)
    ["seeds", "000_024a118ad2b276b3.txt", 3, false],
    ["fr-mt-provincial", "11_baonghean-fr-rotation-secretaires-adjoints-yen-thanh.txt", 10, false],
    ["vi-more2", "19_congthuong-dien-dan-cap-cao-cong-nghiep-4-0.txt", 8, false]
  ] as const)("%s/%s:%i is %s", (set, file, line, cued) => {
    expect(cue(set, file, line)).toBe(cued)
  })
})

describe("a person by office in a ceremony's scene, on real pages", () => {
  it.each([
    // `Đồng chí Nguyễn Thanh Hải, Ủy viên Ban Chấp hành Trung ương Đảng, … tặng hoa và chúc mừng …` (Thái
    // Nguyên TV), `Thiếu tướng Nguyễn Xuân Thuỷ, Phó Cục trưởng …, chủ trì buổi họp báo.` (Người Lao Động),
    // `Đồng chí Hồ Văn Niên, …, Chủ tịch HĐND tỉnh phát biểu …` (Đoàn ĐBQH và HĐND Gia Lai)
    ["vi-more", "13_thainguyentv-91-nam-nganh-to-chuc-xay-dung-dang.txt", 2, true],
    ["vi-national", "23_nld-hop-bao-dai-hoi-dang-bo-quan-doi-xii.txt", 11, true],
    ["vi-more5", "09_dbndgialai-phat-bieu-khai-mac-ky-hop-thu-chin.txt", 14, true],
    // not over its photo (Vietnam+), nor a portrait with no scene (Kiến Thức), nor a scene with no person
    // (Báo Quảng Ninh)
    ["seeds", "000_024a118ad2b276b3.txt", 3, false],
    ["vi-national", "02_kienthuc-de-nghi-khai-tru-khoi-dang.txt", 11, false],
    ["vi-more", "17_baoquangninh-toan-canh-ngay-thu-hai-dai-hoi-xv.txt", 8, false]
  ] as const)("%s/%s:%i is %s", (set, file, line, sure) => {
    const { segments, features, index } = segmentAt(set, file, line)
    expect(personInScene(segments, index, features[index]!)).toBe(sure)
  })
})

describe("a short scene of a ceremony in one sentence, on real pages", () => {
  it.each([
    // `Đoàn Chủ tịch điều hành Đại hội.` (Báo Quảng Ninh), `Toàn cảnh hội nghị.` (Đô Lương), `Bộ trưởng Bộ Công
    // an tặng hoa chúc mừng Đại hội.` (Bắc Ninh), `Các đồng chí lãnh đạo Đảng, Nhà nước dự Đại hội.` (Báo Yên
    // Bái), `Lãnh đạo các sở, ngành tỉnh và đại biểu tham dự lễ khai mạc.` (Báo Trà Vinh): gold captions
    ["vi-more", "17_baoquangninh-toan-canh-ngay-thu-hai-dai-hoi-xv.txt", 9, true],
    ["vi-more3", "03_doluong-ubnd-huyen-hoi-nghi-thuong-ky-thang-4.txt", 5, true],
    ["vi-more", "07_bacninhdcs-khai-mac-dai-hoi-dang-bo-tinh-xx.txt", 5, true],
    ["vi-provincial", "04_baoyenbai-khai-mac-dai-hoi-xix.txt", 11, true],
    ["vi-more3", "13_baotravinh-khai-mac-tuan-le-van-hoa-ok-om-bok.txt", 4, true],
    // the event itself named, with no verb (`eventNamed`): `Đại hội Đại biểu Đảng bộ Bộ Y tế lần thứ I, nhiệm
    // kỳ 2025-2030.` (Soha), `Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tại TP Hải Dương.` (Tuổi trẻ Thủ đô)
    ["vi-more", "26_soha-dao-hong-lan-bi-thu-dang-uy-bo-y-te.txt", 3, true],
    ["vi-more5", "15_tuoitrethudo-hai-duong-hoan-thanh-dai-hoi-doan-cap-huyen.txt", 4, true],
    // not the article saying what the event did (`Đại hội … nhiệm kỳ 2021 - 2026 được tổ chức …`, Hội LHPN
    // Phú Yên; `Kỳ họp diễn ra trong thời gian 01 buổi, …`, Báo Thanh Hóa)
    ["vi-more2", "16_hoilhpnphuyen-de-cuong-tuyen-truyen-dai-hoi-phu-nu.txt", 16, false],
    ["vi-provincial", "02_baothanhhoa-khai-mac-ky-hop-38-hdnd.txt", 14, false],
    // not the article's longer sentence saying how (`Đại diện lãnh đạo các tỉnh, thành phố dự hội nghị qua
    // các điểm cầu trực tuyến.`, Báo Giao thông), nor its sentence with a time (`Sáng ngày 26/4, …`, Đô Lương)
    ["vi-more5", "12_baogiaothong-bo-gtvt-hoi-nghi-tong-ket-nam-2023.txt", 18, false],
    ["vi-more3", "03_doluong-ubnd-huyen-hoi-nghi-thuong-ky-thang-4.txt", 3, false]
  ] as const)("%s/%s:%i is %s", (set, file, line, short) => {
    const { segments, features, index } = segmentAt(set, file, line)
    expect(shortScene(segments, index, features[index]!)).toBe(short)
  })
})

describe("a line and its translation", () => {
  it.each([
    [
      "Đại biểu Quốc hội Nguyễn Thị Mai Hoa trao quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
      "La députée Nguyễn Thị Mai Hoa remet des cadeaux du Têt aux membres du syndicat et aux travailleurs en difficulté.",
      true
    ],
    [
      "Nhiều diện tích lúa ở xã Na Loi bị vùi lấp dưới dòng nước đục ngầu bùn đất.",
      "De nombreuses rizières de la commune de Na Loi ont été englouties sous les eaux boueuses. Photo : Quang Huy",
      true
    ],
    [
      "Pendant ce temps d'autres ouvriers s'efforcent de nettoyer l'usine après la fin de l'eau.",
      "Những món quà hỗ trợ từ Công đoàn đến với công nhân sau lũ. Ảnh: Phương Anh",
      false
    ]
  ] as const)("%s / %s is %s", (a, b, pair) => {
    expect(translationPair(a, b)).toBe(pair)
    expect(translationPair(b, a)).toBe(pair)
  })

  // `translationPair` as it was written before a page's sides and names were kept (`pageTranslationPair`).
  const namesBefore = (text: string): ReadonlySet<string> => {
    const found = new Set<string>()
    const plain = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[Đđ]/gu, "d")
    for (const m of plain.matchAll(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}/gu)) found.add(m[0].toLowerCase())
    return found
  }
  const pairBefore = (a: string, b: string): boolean => {
    if (a.length < 20 || b.length < 20) return false
    const ratio = a.length / b.length
    if (ratio < 0.5 || ratio > 2) return false
    const isVietnamese = (t: string): boolean => {
      const { letters, vietnamese } = countLetters(t)
      return letters > 0 && vietnamese / letters >= 0.15 && voteFunctionWords(t) === null
    }
    const isWestern = (t: string): boolean => {
      const lang = voteFunctionWords(t)?.lang
      return lang === "fr" || lang === "en"
    }
    if (!((isVietnamese(a) && isWestern(b)) || (isWestern(a) && isVietnamese(b)))) return false
    const names = namesBefore(b)
    for (const name of namesBefore(a)) if (names.has(name)) return true
    return false
  }

  it("answers as before, alone and by page, on the gold's lines three apart or less", () => {
    let pairs = 0
    for (const page of pages) {
      const texts = page.segments.map((segment) => probeOf(segment.text))
      const byPage = pageTranslationPair(page.segments)
      // With the votes the line features left (`classifyNoise` hands them on so).
      const votes: PageVotes = []
      lineFeatures(
        page.segments,
        ruleHitsOf(page.segments, rules).map((r) => r.hits),
        undefined,
        undefined,
        votes
      )
      const withVotes = pageTranslationPair(page.segments, votes)
      texts.forEach((a, i) => {
        for (let j = Math.max(0, i - 3); j < Math.min(texts.length, i + 4); j++) {
          const b = texts[j]!
          const before = pairBefore(a, b)
          expect(translationPair(a, b), `${a} / ${b}`).toBe(before)
          expect(byPage(i, j), `${a} / ${b}`).toBe(before)
          expect(withVotes(i, j), `${a} / ${b}`).toBe(before)
          if (before) pairs++
        }
      })
    }
    expect(pairs).toBeGreaterThan(20)
  })
})
