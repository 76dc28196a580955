import { describe, expect, it } from "@effect/vitest"
import { Config } from "../../pipeline/Config.ts"
import { lettersAndNumbersOnly, lowerKeys } from "../../pipeline/classifier/Characters.ts"
import { featureNames } from "../../pipeline/classifier/LineFeatures.ts"
import { featureName, type LineModel } from "../../pipeline/classifier/LineModel.ts"
import type { SparseBuffer } from "../../pipeline/classifier/Softmax.ts"
import { shapeRows } from "../../pipeline/classifier/shapes.ts"
import { PageFailed } from "../../pipeline/Document.ts"
import {
  addressFormulas,
  adjacentRepeats,
  afterClosingMark,
  asksOrExclaims,
  bylinesBetweenParagraphs,
  canBeTitle,
  captionRuns,
  captionsOverRepeats,
  captionTranslations,
  chromeNames,
  classifyGroup,
  classifyNoise,
  creditedSentence,
  datedLists,
  datesCalledChrome,
  endsInFullStop,
  firstMatch,
  homeLink,
  inCapitals,
  isBreadcrumbTrail,
  labelledStamp,
  listHeadline,
  namesInCapitals,
  namesUnderHeadline,
  nearRepeats,
  numberedSection,
  partHeading,
  photoPosition,
  placedInPhoto,
  quoteLeadIn,
  relatedRuns,
  ruleHitsOf,
  sentencesOverCaptions,
  slashCredit,
  strongestFeatures,
  teaserLedes,
  vietnameseShare,
  vietnameseShareByCodePoint,
  vietnameseShareOfLines,
  writtenOtherwise
} from "../../pipeline/stages/ClassifyNoise.ts"
import { segment } from "../../pipeline/stages/Segment.ts"
import { probeOf } from "../../pipeline/TextNormalization.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import type { Kind } from "../../schemas/Vocabulary.ts"
import { rules, sectionListLines, segmentLines } from "../support/pipeline.ts"
import { randomStrings } from "../support/random.ts"

/** The kind a line gets on its own, from the text rules alone. */
const ruleKind = (line: string) => firstMatch(rules.noise, line, "any")?.rule.kind ?? "none"

/** Kinds of a whole page, layout passes included. */
const kinds = (lines: ReadonlyArray<string>) => classifyNoise(segmentLines(lines), rules).segments.map((s) => s.kind)

/** A weight row of a line model written in a test: the named features' weights, 0 for the rest. */
const row = (weights: Record<string, number>) => Float64Array.from(featureNames, (name) => weights[name] ?? 0)

/** Each line's kind and the last of its evidence, cleaned with `model` as the line model. */
const kindsWithEvidence = (model: LineModel, lines: ReadonlyArray<string>) =>
  classifyNoise(segmentLines(lines), { ...rules, lineModel: model }).segments.map((s) => [
    s.kind,
    s.kindEvidence.at(-1)
  ])

/** The same, one `kind evidence` string a line. */
const kindEvidenceLines = (model: LineModel, lines: ReadonlyArray<string>) =>
  classifyNoise(segmentLines(lines), { ...rules, lineModel: model }).segments.map(
    (s) => `${s.kind} ${s.kindEvidence.at(-1)}`
  )

const body = {
  vi: "Theo báo cáo của Bộ Y tế, số ca mắc mới trong tuần đã giảm mạnh so với tuần trước, đặc biệt tại các tỉnh phía Bắc.",
  viAnh: "Ảnh hưởng của cơn bão số 3 khiến nhiều tuyến đường tại Hà Nội bị ngập sâu trong nhiều giờ liền.",
  fr: "Selon le ministère de la Santé, le nombre de nouveaux cas a fortement baissé cette semaine dans les provinces du Nord.",
  frSource:
    "Source de revenus importante pour la région, le tourisme a repris depuis la réouverture des frontières en 2022.",
  frPhoto: "Le photographe a exposé ses images à Hanoï, où le public a découvert une autre photo de la ville.",
  en: "The comment period for the new regulation closes next week, the ministry said on Tuesday."
}

describe("text rules, by family", () => {
  it.each([
    ["![]() |", "image"],
    ["![photo](https://cdn.example.vn/a.jpg)", "image"],
    ["[Ảnh 2]", "image"],
    ["hoi nghi toan quoc tong ket nganh to chuc xay dung Dang hinh anh 1", "image"],
    ["bao so 3 do bo vao quang ninh hinh anh 12", "image"],
    // an image's file name or its type and size (Vietnam.vn, Nhân Dân, Viet Tan)
    ["img-2915.jpg", "image"],
    ["W-thiet-ke-sour-co-ten-10-1.jpeg |", "image"],
    ["JPEG - 32.1 ko", "image"],
    ["QUỐC-HỘI-HỌP-TOÀN-THỂ.jpg", "image"],
    ["Logo", "image"],
    // a markdown image cut inside its alt text at the dump's end (Báo Nghệ An French, fr-mt-more/08)
    ["![Hội chợ hoa đào Nọong Hét nổi ti", "image"],
    // alt text with its picture's number (Báo Giao thông vi-more5/12, VOV World fr-desk-a/38)
    ["Bộ GTVT tổ chức Hội nghị tổng kết năm 2023 - Ảnh 1.", "image"],
    ["La Voix du Vietnam sur la voie du renouveau - ảnh 1", "image"],
    ["Ông Nguyễn Văn A chụp ảnh lưu niệm cùng đại biểu. - Ảnh 1", "none"],
    ["Le rapport complet est publié sous le nom bilan-2024.jpg sur le site du ministère.", "none"]
  ])("image placeholders and alt slugs: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    ["Ông Tô Huy Rứa phát biểu tại hội nghị. Ảnh: TTXVN |", "caption"],
    ["Đại biểu dự hội nghị (Ảnh: Quang Hiếu)", "caption"],
    ["Scène de conférence au pont Nghe An. Photo : Ho Sy Kieu |", "caption"],
    ["Le Premier ministre à Hanoï (Photo: VNA)", "caption"],
    ["Người dân đi bộ trên phố (Ảnh minh họa)", "caption"],
    [body.viAnh, "none"],
    [body.frPhoto, "none"]
  ])("captions with photo credits: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    ["NOUVELLES CONNEXES |", "related"],
    ["Articles connexes", "related"],
    ["→ A LIRE AUSSI : Promesse de mariage", "related"],
    ["Xem nhiều nhất", "related"],
    ["Lire aussi : Le Vietnam et la France renforcent leur coopération", "related"],
    ["Tin liên quan", "related"],
    ["TIN MỚI", "related"],
    ["Cùng chuyên mục", "related"],
    ["Xem thêm: Giá vàng hôm nay tăng mạnh", "related"],
    [">> Hà Nội cấm xe máy từ năm 2030", "related"],
    ["Related news", "related"],
    ["Xem thêm các thông tin chi tiết về chương trình trên trang của Bộ Giáo dục và Đào tạo.", "none"],
    ["Lire aussi le rapport complet publié par le ministère la semaine dernière.", "none"]
  ])("related-news headers: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  /** The id of the first rule a line matches. */
  const ruleId = (line: string) => firstMatch(rules.noise, line, "any")?.rule.id ?? "none"

  it.each([
    // real last lines of Tin nhanh chứng khoán, Tiền Phong, VOV, BNews, Hà Tĩnh's portal
    ["Tin bài liên quan", "vi.related.header-alone"],
    ["MỚI - NÓNG", "vi.related.header-alone"],
    ["Bài liên quan", "vi.related.header-alone"],
    ["Tin cùng chuyên mục", "vi.related.header-alone"],
    ["Xem nhiều nhất", "vi.related.header-alone"],
    ["TIN BÀI LIÊN QUAN:", "vi.related.header-alone"],
    // with a headline after it, an outlet's name (Tin mới) or a bare button: for the model
    ["Tin bài liên quan: Quốc hội miễn nhiệm Chủ tịch Quốc hội", "vi.related.header"],
    ["Tin mới", "vi.related.header"],
    ["Xem thêm", "vi.related.phrase"],
    ["Tin bài liên quan đến vụ án đã được cơ quan điều tra công bố trong buổi họp báo chiều qua.", "none"]
  ])("a related header alone on its line is certain: %s", (line, id) => {
    expect(ruleId(line)).toBe(id)
    expect(rules.noise.find((r) => r.rule.id === id)?.rule.certain ?? false).toBe(id === "vi.related.header-alone")
  })

  it.each([
    // real trails of Le Petit Journal, Bệnh viện Hữu nghị Đa khoa Nghệ An, Tuyên giáo Hưng Yên
    [
      "Home / Page d'accueil  / Actualités générales  / Congrès nationaux du Parti communiste vietnamien : ",
      "common.ui.breadcrumb"
    ],
    ["Bệnh viện Hữu nghị Đa khoa Nghệ An > TIN TỨC > Tin y tế > Hội nghị trực tuyến", "common.ui.breadcrumb"],
    ["Trang chủ » Chính trị - Xã hội » Tin tức trong tỉnh", "common.ui.breadcrumb"],
    // a trail whose root the scraper dropped (Luật sư Việt Nam, HĐND Gia Lai)
    ["/ Đề nghị kỷ luật 4 tổ chức Đảng, 23 đảng viên trong quân đội", "common.ui.breadcrumb"],
    [
      "> Tin tức - Sự kiện > Tin hoạt động HĐND > Phát biểu khai mạc của Chủ tọa tại Kỳ họp thứ Chín",
      "common.ui.breadcrumb"
    ],
    // one `»` opening a line is a related link (Báo Nghệ An); numbers joined by slashes are no trail
    ["» Le prêtre Nguyen Dinh Thuc a incité les paroissiens", "not"],
    ["Tỷ lệ 3 / 4 / 5 đại biểu tán thành", "not"],
    ["Giá vàng hôm nay 1/6: tăng mạnh", "not"]
  ])("a breadcrumb trail is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.ui.breadcrumb")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it.each([
    // real imprints of Le Courrier du Vietnam, VOV1, Báo Thanh Hóa, Bệnh viện Hữu nghị Đa khoa Nghệ An
    ["Adresse : 79, rue Ly Thuong Kiêt, Hanoï, Vietnam", "common.ui.contact"],
    ["Permis de publication : 25/GP-BTTTT", "common.ui.contact"],
    ["BAN THỜI SỰ - VOV1 Địa chỉ: 41- 43 Bà Triệu, Hà Nội Trưởng Ban: Nguyễn Vũ Duy", "common.ui.contact"],
    ["Hotline: 0822.173.636   |", "common.ui.contact"],
    ["Điện thoại CSKH: 19008082 - 0886.234.222", "common.ui.contact"],
    // an author's e-mail (Kinh tế và Dự báo); an article's sentence naming an address (Báo Lạng Sơn)
    ["Email: halt2@vbsp.vn", "not"],
    ["Các ý kiến đóng góp xin gửi về Báo Lạng Sơn, số 16, đường Quang Trung, thành phố Lạng Sơn.", "not"]
  ])("a site's imprint line is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.ui.contact")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it.each([
    // real lines of Overblog, Gavroche, Le Monde's text on Agence France 24, Vietnam Réalités
    ["Pour être informé des derniers articles, inscrivez vous :", "fr.ui.subscribe"],
    ["Chaque semaine, recevez Gavroche Hebdo. Inscrivez vous en cliquant ici.", "fr.ui.subscribe"],
    ["Il vous reste 82.69% de cet article à lire. La suite est réservée aux abonnés.", "fr.ui.subscribe"],
    ["255 vues", "fr.ui.view-count"],
    [
      "Les électeurs vietnamiens résidant à l'étranger sont invités depuis plusieurs semaines par les ambassades et les consulats à s'inscrire sur les listes, et le ministère rappelle : inscrivez-vous avant le 15 mai.",
      "not"
    ]
  ])("a newsletter's or paywall's call and a view counter are certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("fr.ui.subscribe")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it.each([
    // real counters of Báo Thái Bình, Ninh Thuận's radio-TV, Báo Kiên Giang, Yên Lập's and Đồng Nai's portals
    ["11,364 lượt xem", "vi.ui.view-count"],
    ["Lượt xem: 400", "vi.ui.view-count"],
    ["Tổng số lượt truy cập:", "vi.ui.view-count"],
    ["• Lượt xem: 5547 lượt xem", "vi.ui.view-count"],
    ["- Lượt xem : 33", "vi.ui.view-count"],
    ["Lượt xem:", "vi.ui.view-count"],
    // a counter inside a dateline (Tuyên giáo Hưng Yên) is the dateline's; a sentence is not a counter
    ["Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy", "not"],
    ["Lượt xem của các video tuyên truyền tăng mạnh trong tuần qua.", "not"]
  ])("a view counter alone on its line is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("vi.ui.view-count")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it.each([
    // real messages of the comment forms of Báo Giao thông and Báo Bình Dương
    ["Bạn cần đăng nhập để thực hiện chức năng này!", "vi.comment.form-message"],
    ["Bạn không thể gửi bình luận liên tục. Xin hãy đợi", "vi.comment.form-message"],
    [
      "LƯU Ý: BDO sẽ biên tập ý kiến của bạn đọc trước khi xuất bản. BDO hoan nghênh những ý kiến khách quan, có tính xây dựng và có quyền không sử dụng những ý kiến cực đoan không phù hợp. Vui lòng gõ tiếng việt có dấu, cám ơn sự đóng góp của bạn đọc.",
      "vi.comment.form-message"
    ],
    ["Gửi file đính kèm không quá 10MB Đính kèm File", "vi.comment.form-message"],
    // an article's sentences about readers' opinions and an attached file (Hà Tĩnh's portal)
    ["Tòa soạn đã nhận được nhiều ý kiến của bạn đọc gửi về trước khi xuất bản số đặc biệt.", "not"],
    ["Xem văn bản tại file đính kèm./.", "not"]
  ])("a comment form's message to the reader is a certain comment: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("vi.comment.form-message")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "comment", true])
  })

  it.each([
    ["Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình Việt Nam TV Online.", "ticker"],
    ["ĐANG PHÁT", "ticker"],
    ["Bản tin thời tiết chào buổi sáng 3 phút trước", "ticker"],
    ["Journal de 20 heures il y a 5 minutes", "ticker"],
    ["Now playing", "ticker"],
    // a player's fallback text (Vietbao's read-aloud player; the template's video wording)
    ["Your browser does not support the audio element.", "ticker"],
    ["Your browser does not support the video tag.", "ticker"],
    ["Your browser doesn’t support HTML5", "ticker"],
    ["0:00 / 0:00", "ticker"],
    ["Ca nhạc-Nhập hệ VOV3 (đang phát)", "ticker"],
    // a programme schedule's header (VOV1, a provincial station's schedule table)
    ["CHƯƠNG TRÌNH HÔM NAY", "ticker"],
    ["Thời gian Chương trình Tên chương trình", "ticker"],
    ["Chương trình hôm nay của Đại hội gồm ba phiên thảo luận.", "none"],
    ["1 giờ trước", "ticker"],
    ["2 hours ago", "ticker"],
    ["Mời các đại biểu phát biểu ý kiến về dự thảo luật đất đai sửa đổi trong phiên thảo luận sáng nay.", "none"]
  ])("broadcast tickers and player widgets: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    ["Phương Mai (Thời sự - thoisu@vtv.vn)-Thứ năm, ngày 29/01/2015 17:58 GMT+7", "byline"],
    ["Minh Anh - 12/03/2024 08:15", "byline"],
    ["Bài và ảnh: Nguyễn Văn Hải", "byline"],
    ["Par Jean Dupont, à Hanoï", "byline"],
    ["By Jane Doe", "byline"],
    // a name, its desk in brackets and the date (Công Đoàn, Báo Quảng Nam), a certain row
    ["ANH HUY (báo lao động) 18/01/2026 15:22 (GMT+7)", "byline"],
    ["NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09", "byline"],
    ["Par ailleurs, la banque centrale a maintenu ses taux directeurs inchangés.", "none"]
  ])("bylines: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    // real bylines of Kinh tế và Dự báo, Lập pháp, Báo Kiên Giang, Công an Thanh Hóa
    ["ThS. Lò Thu Hà", "vi.byline.degree-name"],
    ["TS. TRẦN VĂN", "vi.byline.degree-name"],
    ["PGS.TS Nguyễn Văn Minh", "vi.byline.degree-name"],
    ["Tin và ảnh: THU OANH", "vi.byline.label"],
    ["Tác giả: Tuyết Hạnh - Hồng Thư - Lương Trang", "vi.byline.label"]
  ])("a degree and a name, or an author label, are a certain byline: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "byline", true])
  })

  it.each([
    // an interview's question (Báo Hòa Bình), a caption's credit, a degree inside a sentence
    "PV: Xin đồng chí cho biết trong thời điểm cuối năm 1951, đầu năm 1952, tỉnh Hòa Bình đã khơi nguồn cách mạng thế nào?",
    "Đại biểu dự hội nghị. Ảnh: Minh Anh",
    "TS. Nguyễn Văn Minh phát biểu tại hội thảo."
  ])("and these are not: %s", (line) => expect(firstMatch(rules.noise, line, "any")?.rule.kind).not.toBe("byline"))

  it.each([
    // real bylines of Báo Nghệ An's French edition, on four pages
    "Ngan Hanh - Lam Tung - 10 juillet 2024 09:30",
    "VAN - 1er octobre 2025 20:34",
    "Équipe de journalistes - 29 décembre 2025, 21h06",
    "PV August 20, 2025 17:59"
  ])("a name and a date with its month written out are a certain byline: %s", (line) => {
    const match = firstMatch(rules.noise, line, "any")
    expect([match?.rule.id, match?.rule.certain]).toEqual(["common.byline.name-month-date", true])
  })

  it.each([
    "Le 20 août 2025 à 10h30",
    "Paris, 12 mars 2024",
    "Publié 3 mars 2024 à 08h15",
    "Mercredi 28 août 2019 08:45"
  ])("a dateline is not: %s", (line) =>
    expect(firstMatch(rules.noise, line, "any")?.rule.id).not.toBe("common.byline.name-month-date")
  )

  it.each([
    // a weekday is not an author: a site header's date (Tạp chí Quốc phòng toàn dân), a dateline (Dang Cong San)
    ["Thứ Sáu, 22/11/2024, 16:08 (GMT+7)", "byline"],
    ["Mercredi, 28/08/2019 08:45 (GMT+7)", "byline"]
  ])("a weekday and date are no byline: %s", (line, kind) => expect(ruleKind(line)).not.toBe(kind))

  it.each(["ANH HUY (báo lao động) 18/01/2026 15:22 (GMT+7)", "MINH HƯƠNG (báo lao động) 31/05/2025 22:07 (GMT+7)"])(
    "a name, desk and date decide byline before the model: %s",
    (line) => expect(firstMatch(rules.noise, line, "any")?.rule.certain).toBe(true)
  )

  it.each([
    ["09:47 28/12/2023 GMT+7", "dateline"],
    ["28/12/2023 09:47", "dateline"],
    ["Thứ năm, 29/01/2015 17:58 GMT+7", "dateline"],
    ["2023-12-28T09:47:00+07:00", "dateline"],
    ["Publié le 12/03/2024 à 10h30", "dateline"]
  ])("datelines: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    ["Selon Vietnam+", "source"],
    ["Source", "source"],
    ["Theo TTXVN", "source"],
    ["Nguồn: VTV", "source"],
    ["Theo https://baokhanhhoa.vn/chinh-tri/202108/lanh-dao-tinh-tham", "source"],
    ["Lire l'article complet sur: lemonde.fr", "source"],
    ["Source : VNA", "source"],
    [body.fr, "none"],
    [body.frSource, "none"],
    [body.vi, "none"],
    ["Theo quy định mới", "none"]
  ])("source attributions: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    ["Comment (0)", "comment"],
    ["12 bình luận", "comment"],
    // the count glued to the label (Học viện An ninh nhân dân)
    ["173BÌNH LUẬN", "comment"],
    ["Bình luận (3)", "comment"],
    ["3 commentaires", "comment"],
    ["Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", "comment"],
    ["Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comment"],
    ["Votre adresse e-mail ne sera pas publiée dans le journal officiel.", "none"],
    // a comment form's heading (THVL; Báo Nghệ An's French pages)
    ["Trả lời", "comment"],
    ["Partagez votre avis", "comment"],
    ["Laisser un commentaire", "comment"],
    // an interview's answer keeps its colon and its text
    ["Trả lời:", "none"],
    ["Trả lời phỏng vấn báo chí, Bộ trưởng cho biết", "none"],
    [body.en, "none"]
  ])("comment counters and comment-form notices: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))

  it.each([
    ["Chia sẻ", "ui"],
    ["Facebook | Twitter | Zalo", "ui"],
    ["Từ khóa: hội nghị, tổ chức, xây dựng Đảng", "ui"],
    ["Partager", "ui"],
    ["Français", "ui"],
    ["X", "ui"],
    ["---|", "other_noise"],
    ["Quảng cáo", "ad"],
    ["Publicité", "ad"]
  ])("UI labels, residue and ad labels: %s", (line, kind) => expect(ruleKind(line)).toBe(kind))
})

/*
 * Layout beyond these certain rows (a related block's headlines, a first line that is a
 * paragraph) is learned by the line classifier from real pages: tests/classifier/GoldPages.test.ts
 * holds it to whole real pages, and `pnpm evaluate --cv` measures it on outlets left out.
 */
describe("layout", () => {
  it("takes a company name above a headline as an ad header, and the headline as title", () => {
    expect(
      kinds([
        "Công ty Cổ phần Thép Hòa Phát",
        "Hội nghị tổng kết công tác năm 2023",
        "Sáng nay, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị tổng kết công tác năm 2023."
      ])
    ).toEqual(["ad", "title", "body"])
  })

  it("keeps a company named in the body as body", () => {
    expect(
      kinds([
        "Doanh nghiệp thép lãi lớn",
        "Công ty Cổ phần Thép Hòa Phát vừa công bố lợi nhuận quý III tăng mạnh so với cùng kỳ năm trước.",
        "Công ty cho biết sẽ mở rộng sản xuất"
      ])
    ).toEqual(["title", "body", "body"])
  })

  it("takes the short line right after an image as its caption, and a long one as body", () => {
    expect(kinds(["Tiêu đề bài viết", "![]()", "Đại biểu dự hội nghị tại điểm cầu Hà Nội", body.vi])).toEqual([
      "title",
      "image",
      "caption",
      "body"
    ])
    expect(kinds(["Tiêu đề bài viết", "![]()", body.vi])).toEqual(["title", "image", "body"])
  })

  it("puts table residue under a related header in the block, and elsewhere in other_noise", () => {
    expect(kinds(["Tiêu đề bài viết", body.vi, "NOUVELLES CONNEXES |", "---|"])).toEqual([
      "title",
      "body",
      "related",
      "related"
    ])
    expect(kinds(["Tiêu đề bài viết", "---|", body.vi])).toEqual(["title", "other_noise", "body"])
  })

  it("takes a close button beside player widgets as part of the player", () => {
    expect(kinds(["Tiêu đề bài viết", body.vi, "X", "ĐANG PHÁT"])).toEqual(["title", "body", "ticker", "ticker"])
  })

  it("takes a related header closing the page for related, before the model (Tin nhanh chứng khoán, Tiền Phong)", () => {
    for (const header of ["Tin bài liên quan", "MỚI - NÓNG"]) {
      expect(kinds(["Tiêu đề bài viết", body.vi, header])).toEqual(["title", "body", "related"])
    }
  })
})

describe("a listed article's date", () => {
  /** The kinds after the step, from the kinds a model gave (none decided before it). */
  const listed = (lines: ReadonlyArray<string>, given: ReadonlyArray<Kind>) => {
    const decisions = given.map((kind) => ({ kind, score: 0.5, evidence: [] as Array<string> }))
    datedLists(
      segmentLines(lines).segments,
      lines.map(() => null),
      decisions
    )
    return decisions.map((d) => (d.evidence.length > 0 ? `${d.kind} ${d.evidence[0]!.replace("layout:", "")}` : d.kind))
  }
  // Real lines of the Bộ Y tế portal's section list (the model as trained without it called the
  // dates datelines and the headlines ui, caption or title).
  const moh = sectionListLines

  it("takes a list of headlines each over its date for related items (real lines of the Bộ Y tế portal)", () => {
    expect(listed(moh, ["ui", "title", "dateline", "caption", "dateline", "related", "dateline"])).toEqual([
      "ui",
      "related dated-list",
      "related dated-list",
      "related dated-list",
      "related dated-list",
      "related",
      "related dated-list"
    ])
  })

  it("leaves a headline the model keeps as body alone, and two dated headlines are no list", () => {
    expect(listed(moh, ["ui", "body", "dateline", "caption", "dateline", "related", "dateline"])).toEqual([
      "ui",
      "body",
      "related dated-list",
      "related dated-list",
      "related dated-list",
      "related",
      "related dated-list"
    ])
    expect(listed(moh.slice(0, 5), ["ui", "title", "dateline", "caption", "dateline"])).toEqual([
      "ui",
      "title",
      "dateline",
      "caption",
      "dateline"
    ])
  })

  it("takes the date under a related block's headline for the item's (real lines of BNews)", () => {
    expect(
      listed(
        [
          "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ",
          "Tin liên quan",
          "-",
          "Kinh tế Việt Nam",
          "Báo Mỹ đánh giá sự thành công trong việc kiện toàn các chức danh lãnh đạo của Việt Nam",
          "16:13' - 10/04/2021",
          "Bài viết nhấn mạnh những thành tựu mà Việt Nam đạt được gắn liền với sự lãnh đạo của Đảng Cộng sản Việt Nam."
        ],
        ["title", "related", "related", "ui", "related", "dateline", "body"]
      )
    ).toEqual(["title", "related", "related", "ui", "related", "related related-item-date", "body"])
  })

  it("leaves an article's own date under its headline a dateline (real lines of Báo Quốc tế, Báo Thái Bình)", () => {
    expect(
      listed(
        [
          "Đại sứ Đặng Hoàng Giang: Lan tỏa hình ảnh Việt Nam hòa bình tại Đại hội đồng Liên hợp quốc",
          "08:27 | 23/09/2022",
          body.vi
        ],
        ["title", "dateline", "body"]
      )
    ).toEqual(["title", "dateline", "body"])
    expect(
      listed(
        [
          "Thứ 7, 23/11/2024, 21:41[GMT+7]",
          "Đại hội Đảng bộ tỉnh Thái Bình lần thứ XX",
          "Thứ 2, 05/10/2020 | 15:05:53",
          body.vi
        ],
        ["ui", "title", "dateline", "body"]
      )
    ).toEqual(["ui", "title", "dateline", "body"])
  })
})

describe("after the article's closing mark", () => {
  const after = (lines: ReadonlyArray<string>, given: ReadonlyArray<Kind>) => {
    const decisions = given.map((kind) => ({ kind, score: 0.5, evidence: [] as Array<string> }))
    afterClosingMark(
      segmentLines(lines).segments,
      lines.map(() => null),
      decisions
    )
    return decisions.map((d) => (d.evidence.length > 0 ? `${d.kind} ${d.evidence[0]!.replace("layout:", "")}` : d.kind))
  }
  // Real lines of Vietnam+'s French edition: the dispatch, its sign-off, then a teaser block.
  const vietnamplus = [
    "A 100% des voix, le Congrès a été pour la liste des candidats à élire au CC du PCV (11e exercice) :",
    "L'après-midi, les délégués ont voté pour élire le CC du PCV (11e exercice). - AVI",
    "Le Vietnam renforce la coopération interpartis avec la Russie après le 14ᵉ Congrès du PCV",
    "Le Hoai Trung, envoyé spécial du secrétaire général du Parti communiste du Vietnam (PCV), To Lam, a rencontré le 27 janvier à Moscou le secrétaire du Conseil général du parti Russie unie."
  ]

  it("takes a headline and teaser after a dispatch's sign-off for a related item (real lines of Vietnam+)", () => {
    expect(after(vietnamplus, ["body", "body", "caption", "body"])).toEqual([
      "body",
      "body",
      "related after-closing-mark",
      "related after-closing-mark"
    ])
  })

  it("takes a teaser under a related headline after `./.` for the item's (real lines of BNews)", () => {
    expect(
      after(
        [
          "Dự kiến, phiên họp diễn ra trong cả ngày 15/4, các thành viên Chính phủ thảo luận về kỳ thi tốt nghiệp trung học phổ thông quốc gian năm 2021.../.",
          "Tin liên quan",
          "Báo Mỹ đánh giá sự thành công trong việc kiện toàn các chức danh lãnh đạo của Việt Nam",
          "16:13' - 10/04/2021",
          "Bài viết nhấn mạnh những thành tựu mà Việt Nam đạt được gắn liền với sự lãnh đạo của Đảng Cộng sản Việt Nam."
        ],
        ["body", "related", "related", "related", "body"]
      )
    ).toEqual(["body", "related", "related", "related", "related after-closing-mark"])
  })

  it("leaves the article alone without the mark, and a byline or a sentence-long caption after it", () => {
    expect(after([vietnamplus[0]!, vietnamplus[2]!, vietnamplus[3]!], ["body", "caption", "body"])).toEqual([
      "body",
      "caption",
      "body"
    ])
    expect(
      after(
        [
          vietnamplus[1]!,
          "Hoàng Hiếu",
          "Le Hoai Trung a rencontré le 27 janvier à Moscou le secrétaire du Conseil général."
        ],
        ["body", "byline", "caption"]
      )
    ).toEqual(["body", "byline", "caption"])
  })
})

describe("a noise line printed twice, one under the other", () => {
  const repeats = (lines: ReadonlyArray<string>, given: ReadonlyArray<Kind>) => {
    const decisions = given.map((kind) => ({ kind, score: 0.5, evidence: [] as Array<string> }))
    const segments = segmentLines(lines).segments
    adjacentRepeats(
      segments,
      segments.map((segment) => lettersAndNumbersOnly(segment.text.toLowerCase())),
      lines.map(() => null),
      decisions
    )
    return decisions.map((d) => (d.evidence.length > 0 ? `${d.kind} ${d.evidence[0]!.replace("layout:", "")}` : d.kind))
  }
  const congDoan =
    "Le membre du Comite central du Parti et president de la Confederation generale du travail du Vietnam Nguyen Dinh Khang offre des cadeaux aux ouvriers. Photo : HAI NGUYEN"
  const nhanDan = "Un coin de Paris en France. Photo: THX/VNA"

  it("is a repeat where the model gives both the same kind (real lines of Công Đoàn, Nhân Dân)", () => {
    expect(
      repeats(
        [
          "Original vietnamien  Traduit par Lao Dong AI",
          congDoan,
          congDoan,
          "La presse syndicale accompagne la classe ouvriere"
        ],
        ["ui", "caption", "caption", "title"]
      )
    ).toEqual(["ui", "caption", "other_noise adjacent-repeat", "title"])
    expect(repeats([nhanDan, nhanDan, body.fr], ["caption", "caption", "body"])).toEqual([
      "caption",
      "other_noise adjacent-repeat",
      "body"
    ])
  })

  it("takes the repeat a certain rule called a caption for one too, on the real page (Công Đoàn)", () => {
    expect(
      classifyNoise(segmentLines(["Original vietnamien  Traduit par Lao Dong AI", congDoan, congDoan, body.fr]), rules)
        .segments.slice(1, 3)
        .map((s) => s.kind)
    ).toEqual(["caption", "other_noise"])
  })

  it("leaves a headline under its breadcrumb, short lines and repeats further down alone (real lines of Luật sư Việt Nam)", () => {
    const headline = "Đề nghị kỷ luật 4 tổ chức Đảng, 23 đảng viên trong quân đội"
    expect(repeats([`/ ${headline}`, headline], ["ui", "title"])).toEqual(["ui", "title"])
    expect(repeats(["Chia sẻ", "Chia sẻ"], ["ui", "ui"])).toEqual(["ui", "ui"])
    expect(repeats([nhanDan, body.fr, nhanDan], ["caption", "body", "caption"])).toEqual(["caption", "body", "caption"])
  })
})

/*
 * An excerpt cut at the page's end, with a model (title, body, byline) written here that calls
 * every short unfinished line a byline and every sentence body.
 */
describe("a paragraph cut at the page's end", () => {
  const bylineModel: LineModel = {
    classes: ["title", "body", "byline"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5 }), row({ "headline-like": 3 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindsWithEvidence(bylineModel, lines)

  it.each([
    // real last lines of Báo Pháp luật, Mekong ASEAN, Luật sư Việt Nam, Lao Động (French), Tạp chí Tòa án
    ["Hiện danh mục", body.vi],
    ["Cụ thể", body.vi],
    ["Đồng thời, Ủ", body.vi],
    ["Đại úy B", body.vi],
    ["Selon le programme le XXe Congre", body.fr]
  ])("is body when it reads as a phrase: %s", (line, paragraph) => {
    expect(evidenced([paragraph, line])).toEqual([
      ["body", "model:ends:sentence"],
      ["body", "layout:cut-end"]
    ])
  })

  it.each([
    // real closing bylines of Thanh Tra, Báo Hải Dương, Hội Nông dân Bắc Giang, Tạp chí Cộng sản, Sở VHTTDL Kon Tum
    "Hương Giang",
    "MINH NGUYỆT",
    "Phùng Vị – HND tỉnh",
    "Linh Hà (tổng hợp)",
    "Trần Văn"
  ])("leaves a closing byline a byline: %s", (line) => {
    expect(evidenced([body.vi, line]).map(([kind]) => kind)).toEqual(["body", "byline"])
  })

  it("leaves such a phrase alone where it is not the page's last line, or not under a paragraph", () => {
    expect(evidenced([body.vi, "Hiện danh mục", body.fr]).map(([kind]) => kind)).toEqual(["body", "byline", "body"])
    expect(evidenced(["Sáng 8/8.", "Hiện danh mục"]).map(([kind]) => kind)).toEqual(["body", "byline"])
  })
})

/*
 * A short line in lower case between two paragraphs that the model calls a caption, with a model
 * (title, body, caption) written here that calls every line ending its sentence body and gives every
 * other one caption, with content about 0.27 (above the reclaim floor, under the protection).
 */
describe("an in-article subheading between two paragraphs", () => {
  const captionModel: LineModel = {
    classes: ["title", "body", "caption"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5 }), row({ bias: 1 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindsWithEvidence(captionModel, lines)

  it.each([
    // real subheadings of Báo Bình Thuận, Người Quan Sát, Tạp chí Tòa án nhân dân, Communistus, Lao Động
    "Tăng trưởng 3 trụ cột",
    "Khai trương Cổng Pháp luật quốc gia",
    "Địa đầu Tổ quốc",
    "Résumé de l’article de Tô Lâm",
    'De nombreuses années à "mettre de côté" le réveillon du Nouvel An'
  ])("is body: %s", (line) => {
    expect(evidenced([body.vi, line, body.viAnh])[1]).toEqual(["body", "layout:text-subheading"])
  })

  it.each([
    // real captions between two paragraphs: a ceremony's scene (Cổng thông tin điện tử Hà Tĩnh, Mặt trận
    // Tổ quốc), a person by office and name (Hà Tĩnh), a photo's credit (Thanh Niên)
    "Toàn cảnh cuộc họp",
    "Chủ trì Hội nghị",
    "Chủ tịch UBND tỉnh Hà Tĩnh Phan Thiên Định",
    "Toàn cảnh hội nghị ẢNH: KIM ANH"
  ])("stays a caption: %s", (line) => {
    expect(evidenced([body.vi, line, body.viAnh])[1]![0]).toBe("caption")
  })

  it("stays a caption with no paragraph under it", () => {
    expect(evidenced([body.vi, "Tăng trưởng 3 trụ cột", "Nâng cao năng lực"])[1]![0]).toBe("caption")
  })

  // real captions over a subheading: Báo Quảng Nam (vi-more/02, printed twice), Chinhphu.vn (dev/24)
  const quangNam =
    "Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị sơ kết nửa nhiệm kỳ thực hiện công tác kiểm tra, giám sát và thi hành kỷ luật của Đảng. Ảnh: N.Đ"
  const chinhphu =
    "Ông Michael Croft, Trưởng đại diện Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc (UNESCO) tại Việt Nam - Ảnh: VGP"

  it("is body under a photo's caption, the caption printed once or twice (Báo Quảng Nam, Chinhphu.vn)", () => {
    expect(evidenced([body.vi, quangNam, quangNam, "Nâng cao năng lực", body.viAnh])[3]).toEqual([
      "body",
      "layout:text-subheading"
    ])
    expect(
      evidenced([body.vi, chinhphu, "Phát triển du lịch bền vững, giảm tác động vào môi trường", body.viAnh])[2]
    ).toEqual(["body", "layout:text-subheading"])
  })

  it("a caption's words under a caption stay a caption", () => {
    expect(evidenced([body.vi, quangNam, "Toàn cảnh cuộc họp", body.viAnh])[2]![0]).toBe("caption")
  })
})

/*
 * The same cut in the middle of a sentence, with a model (title, body, related) written here that
 * calls every line ending its sentence body and every other a related headline.
 */
describe("a sentence cut at the page's end", () => {
  const relatedModel: LineModel = {
    classes: ["title", "body", "related"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5 }), row({ bias: 1 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindsWithEvidence(relatedModel, lines)

  it.each([
    // real last lines of Báo Yên Bái, Hiệp hội Doanh nghiệp tỉnh, Đảng bộ tỉnh Điện Biên
    "Dự Đại hội có đại biểu đại diện lãnh đạo các ban, bộ, ngành Trung ương; đạ",
    "Năm nay Phòng Thương mại và Công nghiệp Việt Nam (VCCI) chọn tên",
    "Ngày 02/12/1949, tại bản Lướt, xã Mường Kim, huy"
  ])("is body under a paragraph: %s", (line) => {
    expect(evidenced([body.vi, "", line])).toEqual([
      ["body", "model:ends:sentence"],
      ["body", "layout:cut-sentence"]
    ])
  })

  it("looks past the image residue between the paragraph and the cut line (Báo Nghệ An, French)", () => {
    expect(
      evidenced([body.fr, ".jpg)", ".jpg)", "Auparavant, le ministre de la Sécurité publique avai"]).map(([k]) => k)
    ).toEqual(["body", "image", "image", "body"])
  })

  it.each([
    // real last lines: a follow widget (Tin mới, which the certain follow row calls ui before the model), a video
    // credit (Báo Lào Cai), a counter's label (Báo Kiên Giang, which the certain view-counter row calls ui)
    ["Theo dõi Tinmoi.vn trên Tinmoi.vn - Google news", "ui"],
    ["(Video do Đài Phát thanh - Truyền hình Lào Cai cung cấp)", "related"],
    ["Tổng số lượt truy cập:", "ui"],
    ["Huỳnh Phong - Hùng Anh", "related"],
    // a schedule's last item (tructiep24h)
    ["05:00 Đài hiệu giới thiệu chương trình", "related"]
  ])("leaves a last line that is no sentence alone: %s", (line, kind) => {
    expect(evidenced([body.vi, line]).map(([k]) => k)).toEqual(["body", kind])
  })

  it("leaves a last line the model is sure of alone (content below the floor)", () => {
    const sure: LineModel = {
      ...relatedModel,
      weights: [row({ bias: -8 }), row({ "ends:sentence": 5 }), row({ bias: 3 })]
    }
    const cut = "Dự Đại hội có đại biểu đại diện lãnh đạo các ban, bộ, ngành Trung ương; đạ"
    expect(
      classifyNoise(segmentLines([body.vi, cut]), { ...rules, lineModel: sure }).segments.map((s) => s.kind)
    ).toEqual(["body", "related"])
  })

  it("leaves such a sentence alone where it is not the page's last line, or no paragraph is over it", () => {
    const cut = "Dự Đại hội có đại biểu đại diện lãnh đạo các ban, bộ, ngành Trung ương; đạ"
    expect(evidenced([body.vi, cut, body.fr]).map(([kind]) => kind)).toEqual(["body", "related", "body"])
    expect(evidenced(["Sáng 8/8.", cut]).map(([kind]) => kind)).toEqual(["body", "related"])
  })
})

/*
 * An official text's heading over a rule line, with a model (title, body, ui) written here that
 * calls every line in capitals ui and every line ending its sentence or clause body.
 */
describe("an official text's heading over a rule line", () => {
  const capitalsModel: LineModel = {
    classes: ["title", "body", "ui"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5, "ends:clause": 5, "len:log": 1 }), row({ "caps:all": 6 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindsWithEvidence(capitalsModel, lines)
  const image = "![]() |"

  it("is body over a dash rule (a resolution: Đài PT-TH Bắc Giang)", () => {
    expect(
      evidenced([
        image,
        "NGHỊ QUYẾT",
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC GIANG LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025",
        "-----",
        "Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX, nhiệm kỳ 2020-2025 họp từ ngày 13/10/2020 đến ngày 15/10/2020 tại Trung tâm Hội nghị tỉnh,"
      ]).map(([kind, evidence]) => `${kind} ${evidence}`)
    ).toEqual([
      "image rule:common.image.markdown",
      "body layout:document-heading",
      "body layout:document-heading",
      "other_noise rule:common.residue.table",
      "body model:len:log"
    ])
  })

  it("is body over an underscore rule, indented (an outline: Hội LHPN Phú Yên), not the issuer over the place and date", () => {
    expect(
      evidenced([
        "HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN",
        "              BAN THƯỜNG VỤ",
        "Phú Yên, ngày 25 tháng 10 năm 2021",
        " ",
        "ĐỀ CƯƠNG TUYÊN TRUYỀN",
        "                    KẾT QUẢ ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TỈNH LẦN THỨ XVII",
        "                                        NHIỆM KỲ 2021-2026",
        "                                                    _________",
        " ",
        "Đại hội Đại biểu phụ nữ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2021 - 2026 được tổ chức vào ngày 25 tháng 10 năm 2021 tại Nhà Văn hóa Diên Hồng, TP.Tuy Hòa."
      ]).map(([kind]) => kind)
    ).toEqual(["ui", "ui", "body", "body", "body", "body", "other_noise", "body"])
  })

  it("leaves capitals alone over a rule line with no paragraph under it, or with none between", () => {
    expect(evidenced([image, "NGHỊ QUYẾT", "-----", "QUYẾT NGHỊ"]).map(([kind]) => kind)).toEqual([
      "image",
      "ui",
      "other_noise",
      "ui"
    ])
    expect(evidenced([image, "NGHỊ QUYẾT", body.vi]).map(([kind]) => kind)).toEqual(["image", "ui", "body"])
  })
})

/*
 * A hard-wrapped paragraph, with a model (title, body, caption) written here that calls a line
 * ending its sentence or clause, or opening in lower case, body and every other line a caption.
 */
describe("a paragraph hard-wrapped over several lines", () => {
  const captionModel: LineModel = {
    classes: ["title", "body", "caption"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5, "ends:clause": 5, "starts:lower": 5 }), row({ bias: 1 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindEvidenceLines(captionModel, lines)

  it("is one paragraph where lines run on at a name (Cổng TTĐT huyện Kim Thành); a caption over a sentence stays", () => {
    expect(
      evidenced([
        "7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội",
        "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026.",
        "Tham dự họp có đ/c Nguyễn Kim Diện, Tỉnh ủy viên, Bí thư Huyện ủy; đ/c Nguyễn",
        "Văn Hán, UV BTV Huyện ủy, Phó Chủ tịch HĐND huyện; đại diện lãnh đạo UBND,",
        "UBMTTQVN huyện; Trưởng, Phó Trưởng các Ban HĐND huyện; thủ trưởng các cơ quan",
        "chuyên môn liên quan của huyện.",
        "Đ/c Nguyễn Kim Diện, Tỉnh ủy viên, Bí thư Huyện ủy phát biểu chỉ đạo Hội nghị",
        "Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026 dự kiến tổ chức 01 ngày, trong khoảng từ ngày 28/6 đến 06/7/2021."
      ])
    ).toEqual([
      "body layout:wrapped-line",
      "body model:starts:lower",
      "body layout:wrapped-line",
      "body model:ends:clause",
      "body layout:wrapped-line",
      "body model:starts:lower",
      "caption undefined",
      "body model:ends:sentence"
    ])
  })

  it("carries a run of such lines up from the one the next line carries on (TTXVN, French)", () => {
    expect(
      evidenced([
        "ressort central.",
        "L’événement voit la participation de Nguyen",
        "Xuan Phuc, membre du Bureau politique, Premier ministre; et de Nguyen Thi Kim",
        "Ngan, membre du Bureau politique (12e mandat), présidente de l’Assemblée",
        "nationale. Il est présidé par Vo Van Thuong, membre du Bureau politique,",
        "permanent du Secrétariat."
      ])
    ).toEqual([
      "body model:starts:lower",
      "body layout:wrapped-line",
      "body layout:wrapped-line",
      "body layout:wrapped-line",
      "body model:starts:lower",
      "body model:starts:lower"
    ])
  })

  it("takes a paragraph's first word alone on its line, the next line carrying it on (VOV World, Cổng TTĐT huyện Kim Thành)", () => {
    expect(
      evidenced([
        "Le",
        "fléau social de la corruption existe partout dans le monde, quel que soit son",
        "degré d’enracinement. Au Vietnam, la lutte contre la corruption constitue une",
        "mission de première importance et requiert une vigilance de tous les instants",
        "de la part du régime politique mais aussi de la société toute entière."
      ])
    ).toEqual([
      "body layout:wrapped-line",
      "body model:starts:lower",
      "body model:starts:lower",
      "body model:starts:lower",
      "body model:starts:lower"
    ])
    expect(
      evidenced([
        "Sáng ngày",
        "7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội",
        "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026.",
        "Tham dự họp có đ/c Nguyễn Kim Diện, Tỉnh ủy viên, Bí thư Huyện ủy; đ/c Nguyễn",
        "Văn Hán, UV BTV Huyện ủy, Phó Chủ tịch HĐND huyện; đại diện lãnh đạo UBND,",
        "UBMTTQVN huyện; Trưởng, Phó Trưởng các Ban HĐND huyện; thủ trưởng các cơ quan",
        "chuyên môn liên quan của huyện."
      ])[0]
    ).toBe("body layout:wrapped-line")
  })

  it("leaves lines alone on a page that is not hard-wrapped", () => {
    expect(
      evidenced([
        "Đ/c Nguyễn Kim Diện, Tỉnh ủy viên, Bí thư Huyện ủy phát biểu chỉ đạo Hội nghị",
        "Văn phòng HĐND huyện đã chuẩn bị các báo cáo, tờ trình và dự thảo nghị quyết,",
        body.vi
      ]).map((kind) => kind.split(" ")[0])
    ).toEqual(["caption", "body", "body"])
  })
})

/*
 * A live report's entry opening on its time, with a model (title, body, caption) written here that
 * calls every line ending its sentence body and every other a caption.
 */
describe("a live report's entry opening on its time", () => {
  const captionModel: LineModel = {
    classes: ["title", "body", "caption"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5 }), row({ bias: 1 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindEvidenceLines(captionModel, lines)
  const entry = "11h14: Phó Chủ tịch Thường trực Quốc hội Trần Thanh Mẫn phát biểu kết luận nội dung Phiên thảo luận"

  it("is body under a paragraph (thuonghieusanpham; Báo Nghệ An, French)", () => {
    expect(evidenced([body.vi, entry, body.viAnh])).toEqual([
      "body model:ends:sentence",
      "body layout:timed-entry",
      "body model:ends:sentence"
    ])
    expect(evidenced([body.fr, "13h30 : Ouverture", "14h00 21 avril : Asie - Civilisation", body.frPhoto])).toEqual([
      "body model:ends:sentence",
      "body layout:timed-entry",
      "body layout:timed-entry",
      "body model:ends:sentence"
    ])
  })

  it("leaves a schedule's item, a dateline and an entry over the article's first paragraph alone", () => {
    expect(
      evidenced([body.vi, "05:00 Đài hiệu giới thiệu chương trình", "08:27 | 23/09/2022", body.viAnh]).map(
        (line) => line.split(" ")[0]
      )
    ).toEqual(["body", "caption", "caption", "body"])
    expect(evidenced([entry, body.vi]).map((line) => line.split(" ")[0])).toEqual(["caption", "body"])
  })
})

/*
 * A numbered section heading, with a model (title, body, ui) written here that calls every line
 * ending its sentence or clause body and every other ui.
 */
describe("a numbered section heading", () => {
  const uiModel: LineModel = {
    classes: ["title", "body", "ui"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5, "ends:clause": 5 }), row({ bias: 1 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindEvidenceLines(uiModel, lines)

  it.each([
    // Đảng bộ tỉnh Điện Biên; Cổng TTĐT thành phố Phan Rang - Tháp Chàm
    [
      "  1. Quá trình thành lập đảng bộ",
      "  Sau thất bại nặng nề trong chiến dịch Thu Đông (1947), quân Pháp được tăng viện tiếp tục mở rộng chiếm đóng về phía Sơn La, Yên Bái, Lào Cai."
    ],
    [
      "I. Căn cứ pháp lý",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;"
    ]
  ])("is body over a paragraph: %s", (heading, paragraph) => {
    expect(evidenced([heading, "", paragraph]).map((line) => line.split(" "))).toEqual([
      ["body", "layout:numbered-heading"],
      ["body", expect.stringMatching(/^model:ends:/u)]
    ])
  })

  it("leaves a numbered list of headlines alone, and a heading with no paragraph under it", () => {
    expect(
      evidenced([body.vi, "1. Hà Nội cấm xe máy từ năm 2030", "2. Giá vàng hôm nay tăng mạnh"]).map(
        (line) => line.split(" ")[0]
      )
    ).toEqual(["body", "ui", "ui"])
    expect(evidenced([body.vi, "I. Căn cứ pháp lý", "Sáng 8/8."]).map((line) => line.split(" ")[0])).toEqual([
      "body",
      "ui",
      "body"
    ])
  })
})

/*
 * The title floor, with a small model written here (title, body, other_noise) so the probabilities
 * are known: a headline the model calls noise but gives title at least `Config.classifier.titleFloor`
 * is the title of a page that has none; below the floor, or on a page that already has one, it is not.
 */
describe("title floor", () => {
  const classes = ["title", "body", "other_noise"] as const
  /** A model that calls a headline-like line noise, giving it `titleLogit` for title (and body `e^-3`). */
  const modelGiving = (titleLogit: number): LineModel => {
    return {
      classes,
      vocabulary: [],
      weights: [
        row({ "headline-like": titleLogit }),
        row({ "headline-like": -3, "ends:sentence": 5 }),
        row({ "headline-like": 3 })
      ]
    }
  }
  const kindsWith = (model: LineModel, lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: model }).segments.map((s) => s.kind)
  const page = ["Une rencontre enrichissante", body.fr]

  it("raises a headline that asks or exclaims, one sentence (real lines of Le Courrier du Vietnam, Vietnam.vn)", () => {
    /** A model that calls the first line noise, giving it title 0.18 (`pos:first`), and a sentence body. */
    const firstAtFloor: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? 1.5 : 0)),
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? -3 : name === "ends:sentence" ? 3 : 0)),
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? 3 : 0))
      ]
    }
    expect(kindsWith(firstAtFloor, ["Joyeux anniversaire à mon hebdo préféré !", body.fr])).toEqual(["title", "body"])
    expect(kindsWith(firstAtFloor, ["Les consommateurs sont-ils faciles à vivre ?", body.fr])).toEqual([
      "title",
      "body"
    ])
    // a lone mark is no headline
    expect(kindsWith(firstAtFloor, ["?", body.fr])[0]).toBe("other_noise")
  })

  it("takes no line a line in lower case goes on with for the title: a paragraph wrapped by hand (real lines of Kim Thành, Đại hội Đảng)", () => {
    /** A model that calls the first line title (0.9) and the others body. */
    const firstIsTitle: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? 6 : 0)),
        Float64Array.from(featureNames, (name) =>
          name === "bias" ? 1 : name === "ends:sentence" ? 3 : name === "pos:first" ? 2.8 : 0
        ),
        Float64Array.from(featureNames, () => 0)
      ]
    }
    expect(
      kindsWith(firstIsTitle, [
        "7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch thống nhất nội",
        "dung, chương trình Kỳ họp thứ nhất, HĐND huyện khóa XX, nhiệm kỳ 2021-2026."
      ])
    ).toEqual(["body", "body"])
    expect(
      kindsWith(firstIsTitle, [
        "Cet événement de deux jours est organisé sous",
        "format virtuel par le Secrétariat du Comité central du Parti, réunissant les"
      ])
    ).toEqual(["body", "body"])
    // the same model takes a headline over a paragraph for the title
    expect(kindsWith(firstIsTitle, ["Une rencontre enrichissante", body.fr])).toEqual(["title", "body"])
  })

  it("raises the head's headline to title when the model gives it the floor", () => {
    // p(title) = e^1.5 / (e^1.5 + e^-3 + e^3) = 0.18: above the floor of 0.15, content below `contentProtect`
    expect(kindsWith(modelGiving(1.5), page)).toEqual(["title", "body"])
  })

  it("leaves it noise below the floor", () => {
    // p(title) = e^0.5 / (e^0.5 + e^-3 + e^3) = 0.08
    expect(kindsWith(modelGiving(0.5), page)).toEqual(["other_noise", "body"])
  })

  it("takes no line with a photo credit or a closing comma for the title (real lines of VOV World, Vietnam.vn)", () => {
    // every line's likeliest kind is title: the caption goes to its next kind, the cut sentence stays body
    const model: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "bias" ? 5 : 0)),
        Float64Array.from(featureNames, () => 0),
        Float64Array.from(featureNames, (name) => (name === "bias" ? 1 : 0))
      ]
    }
    expect(
      kindsWith(model, [
        "Le président Nguyên Xuân Phuc (photo: baochinhphu.vn)",
        "Chers dirigeants des provinces de Lam Dong, Dak Nong et Binh Thuan ,",
        "Une rencontre enrichissante"
      ])
    ).toEqual(["other_noise", "body", "title"])
  })

  it("takes no caption naming where a person stands in the photo for the title (real lines of TV5Monde, Keystone-ATS)", () => {
    // every line's likeliest kind is title, as above: the likeliest is the headline, the caption its next kind
    const model: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "bias" ? 5 : name === "pos:first" ? -1 : 0)),
        Float64Array.from(featureNames, () => 0),
        Float64Array.from(featureNames, (name) => (name === "bias" ? 1 : 0))
      ]
    }
    for (const caption of [
      "Le président français Emmanuel Macron (d) et le secrétaire général du Parti communiste du Vietnam To Lam à Hanoï, le 26 mai 2025",
      "Le président vietnamien nouvellement élu Luong Cuong (au centre) prêtant serment lors de la 8e session de la 15e législature de l'Assemblée nationale"
    ]) {
      expect(kindsWith(model, ['Macron en "ami sûr et fiable" du Vietnam face à Trump et Xi', caption])).toEqual([
        "title",
        "other_noise"
      ])
    }
  })

  it.each([
    ["Le président français Emmanuel Macron (d) et le secrétaire général To Lam", true],
    ["M. Ismael Drullet Perez, membre permanent du Secrétariat national du Centre ouvrier cubain (à gauche) ;", true],
    ["Anh Quản Bá Tới (bên phải), Giám đốc HTX Dịch vụ tổng hợp Thanh Yên cùng bà con kiểm tra khay mạ", true],
    ["Đồng chí Nguyễn Văn A (thứ hai từ trái) trao quà cho công nhân", true],
    ["Infiltrer le marché de Dinh (Nghe An) : un « paradis » de contrefaçons", false],
    ["Đại hội Đảng bộ tỉnh (nhiệm kỳ 2025 - 2030) thành công tốt đẹp", false]
  ])("a position in the photo, in brackets: %s", (line, position) => expect(photoPosition.test(line)).toBe(position))

  it("raises no publication stamp or phone number of the site's head (real lines of Vĩnh Phúc TV, Bệnh viện Hữu nghị Đa khoa Nghệ An)", () => {
    // (the phone line is the site's imprint, decided ui before the model: `common.ui.contact`; the stamp a
    // dateline before it: `vi.dateline.published`)
    for (const [chrome, kind] of [
      ["Cập nhật: 25/12/2016 09:00:00 Article Rating", "dateline"],
      ["Điện thoại CSKH: 19008082 - 0886.234.222", "ui"]
    ]) {
      expect(kindsWith(modelGiving(1.5), [chrome!, body.vi])).toEqual([kind, "body"])
    }
    // a headline's own date, a term of office or a number stays raised
    for (const headline of [
      "Nghị quyết 57 ngày 22/12/2024 đi vào cuộc sống",
      "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030",
      "7 000 membres syndicaux de Khánh Hòa touchés par les pluies"
    ]) {
      expect(kindsWith(modelGiving(1.5), [headline, body.vi])).toEqual(["title", "body"])
    }
  })

  describe("a page that opens on the article's text", () => {
    /** Every line's likeliest kind is title, the second line's most; body next for a sentence, noise for a headline-like line. */
    const model: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "bias" ? 3 : name === "pos:second" ? 2 : 0)),
        Float64Array.from(featureNames, (name) => (name === "bias" ? 2 : 0)),
        Float64Array.from(featureNames, (name) => (name === "headline-like" ? 2.5 : 0))
      ]
    }
    const evidenced = (lines: ReadonlyArray<string>) => kindsWithEvidence(model, lines)

    it("takes no headline under its lede for the title: a related item's (real lines of two Vietnam+ pages)", () => {
      for (const [lede, related] of [
        [
          "Hanoï, 26 juillet (VNA) - Le président de l'Assemblée nationale, Vuong Dinh Hue, a envoyé le 26 juillet, des messages de félicitations au nouveau président de la Chambre des représentants des Philippines, Martin Romualdez, et au nouveau président du Sénat philippin, Juan Miguel Zubiri.- VNA",
          "La première session de l'Assemblée nationale de la 16ᵉ législature prévue en avril 2026"
        ],
        [
          "Le secrétaire généraldu Parti communiste du Vietnam (PCV), Nguyên Phu Trong, a adressé mardiun message de félicitations au Parti libéral démocrate ( PLD ) poursa victoire aux élections législatives du 16 décembre. - AVI",
          "Le Monde souligne l’objectif de faire du Vietnam un pays prospère et puissant"
        ]
      ]) {
        // The line after them, the related item's teaser on both pages, follows the dispatch's sign-off.
        expect(evidenced([lede!, related!, body.fr])).toEqual([
          ["body", "layout:second-title"],
          ["other_noise", "layout:opened-on-text"],
          ["related", "layout:after-closing-mark"]
        ])
      }
    })

    it("but a kicker that a colon ties to the headline is the head's (real lines of Báo An Giang)", () => {
      expect(
        evidenced([
          "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương Võ Văn Thưởng:",
          "An Giang cần thể hiện khát vọng vươn lên, xứng danh quê hương Chủ tịch Tôn Đức Thắng",
          body.vi
        ]).map(([kind]) => kind)
      ).toEqual(["body", "title", "body"])
    })
  })

  describe("a line ending in a full stop", () => {
    /** A model that calls the second line title, a sentence body, and a headline-like line noise at title 0.18. */
    const secondIsTitle: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "pos:second" ? 6 : name === "headline-like" ? 1.5 : 0)),
        Float64Array.from(featureNames, (name) => (name === "ends:sentence" ? 3 : name === "headline-like" ? -3 : 0)),
        Float64Array.from(featureNames, (name) => (name === "headline-like" ? 3 : 0))
      ]
    }
    const site = "Vietnam.vn - Nền tảng quảng bá Việt Nam"
    const evidenced = (lines: ReadonlyArray<string>) => kindsWithEvidence(secondIsTitle, lines)

    it("is no title: a caption or lede opening a page that prints no headline stays body (real lines of Vietnam.vn, Báo Kiên Giang)", () => {
      for (const sentence of [
        "Les parents embrassent leurs enfants après l'examen.",
        "Đại biểu HĐND tỉnh Kiên Giang tiến hành bỏ phiếu."
      ]) {
        expect(evidenced([site, sentence, body.fr])[1]).toEqual(["body", "layout:sentence-title"])
      }
    })

    it("leaves the floor nothing to raise above it: the site name stays noise", () => {
      // p(title) of the site's name is 0.18, above the floor: a head with no sentence would raise it
      const lines = [site, "Les parents embrassent leurs enfants après l'examen.", body.fr]
      expect(evidenced(lines).map(([kind]) => kind)).toEqual(["other_noise", "body", "body"])
    })

    it("but an ellipsis or a question closes a headline", () => {
      expect(evidenced([site, "Hà Nội trước giờ G...", body.vi]).map(([kind]) => kind)).toEqual([
        "other_noise",
        "title",
        "body"
      ])
      expect(evidenced([site, "Qui va gagner les élections ?", body.fr])[1]![0]).toBe("title")
    })
  })

  it("raises no paragraph: a page cut mid-article keeps no title", () => {
    expect(kindsWith(modelGiving(1.5), [body.vi, body.fr])).toEqual(["body", "body"])
  })

  describe("a record with its own title field", () => {
    /** The kinds of a text record (a CSV, TSV or JSONL row) whose `title` field is `title`. */
    const recordKinds = (model: LineModel, title: string, lines: ReadonlyArray<string>) => {
      const doc = segmentLines(lines)
      return classifyNoise({ ...doc, hints: { ...doc.hints, title } }, { ...rules, lineModel: model }).segments.map(
        (s) => [s.kind, s.kindEvidence.at(-1)]
      )
    }
    /** Every line's likeliest kind is title, body next. */
    const titleFirst: LineModel = {
      classes,
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "bias" ? 3 : 0)),
        Float64Array.from(featureNames, (name) => (name === "bias" ? 2 : 0)),
        Float64Array.from(featureNames, () => 0)
      ]
    }

    it("keeps a content line that is not its title as body, headline-like or not (a TSV export's row)", () => {
      expect(recordKinds(titleFirst, "Bộ trưởng nói gì?", ["Bộ trưởng khẳng định: kết thúc năm", body.vi])).toEqual([
        ["body", "layout:record-title"],
        ["body", "layout:record-title"]
      ])
    })

    it("takes the line that prints its title again (case and marks aside) for the title", () => {
      expect(recordKinds(titleFirst, "Bộ trưởng nói gì?", ["BỘ TRƯỞNG NÓI GÌ", body.vi])).toEqual([
        ["title", undefined],
        ["body", "layout:record-title"]
      ])
    })

    it("raises no line to the floor: the record has its title", () => {
      const doc = segmentLines(page)
      const classified = classifyNoise(
        { ...doc, hints: { ...doc.hints, title: "Autre titre" } },
        { ...rules, lineModel: modelGiving(1.5) }
      )
      expect(classified.segments.map((s) => s.kind)).toEqual(["other_noise", "body"])
    })
  })
})

describe("a run of captions the protection held", () => {
  const model = { classes: ["body", "caption", "title"], vocabulary: [], weights: [] } as unknown as LineModel
  // The model calls the line caption (0.6) but gives content 0.4: the protection keeps it body.
  const held = () => ({ kind: "body" as const, score: 0.38, evidence: [], p: Float64Array.from([0.38, 0.6, 0.02]) })
  const sure = () => ({ kind: "body" as const, score: 0.9, evidence: [], p: Float64Array.from([0.9, 0.08, 0.02]) })
  const run = (lines: ReadonlyArray<string>, decisions: ReadonlyArray<ReturnType<typeof held>>) => {
    const ds = decisions.map((d) => ({ ...d, evidence: [...d.evidence] }))
    captionRuns(model, segmentLines(lines).segments, ds)
    return ds.map((d) => d.kind)
  }

  it("portraits' captions one under another (Báo Bà Rịa - Vũng Tàu) are captions", () => {
    expect(
      run(
        [
          "5 năm qua, dưới sự tập hợp của UBMTTQ tỉnh, các tầng lớp nhân dân trong tỉnh đã phát huy truyền thống yêu nước.",
          "Ông Trương Thành Công, Chủ tịch Liên hiệp các tổ chức Khoa học & Kỹ thuật tỉnh.",
          "Bà Lê Ngọc Liên, người dân khu phố 5, phường 1, TP. Vũng Tàu."
        ],
        [sure(), held(), held()]
      )
    ).toEqual(["body", "caption", "caption"])
  })

  it("a photo story's captions (Báo Quảng Ninh) are, a held line alone is not", () => {
    expect(
      run(
        [
          "Lãnh đạo Đảng, Nhà nước dự Đại hội.",
          "Đoàn Chủ tịch điều hành Đại hội.",
          "Với phương châm Đại hội là: Dân chủ - Đoàn kết - Đổi mới - Sáng tạo - Phát triển, Đại hội đã thành công.",
          "Đại biểu HĐND tỉnh Kiên Giang tiến hành bỏ phiếu."
        ],
        [held(), held(), sure(), held()]
      )
    ).toEqual(["caption", "caption", "body", "body"])
  })

  it("a subheading under a held caption (Kinh tế & Đô thị) stays body: it ends in no full stop", () => {
    expect(
      run(
        ["Bí thư Thành ủy Vương Đình Huệ phát biểu tại Đại hội.", "Nhiều chỉ tiêu đạt và vượt kế hoạch đề ra"],
        [held(), held()]
      )
    ).toEqual(["body", "body"])
  })
})

describe("a related block the model read line by line", () => {
  // Real lines: Đọc nhanh (vi-national/24_docnhanh-bi-thu-thanh-hoa-pho-chu-tich-ngo-van-tuan), Công Đoàn's
  // French edition (fr-mt-national/35_congdoan-fr-foyer-syndical-can-tho), Le Courrier du Vietnam
  // (fr-desk-a/54_lecourrier-obseques-nationales-nguyen-phu-trong), ICTVietnam (vi-more2/13_ictvietnam-nam-bat-co-hoi-chuyen-doi-so).
  const docnhanh = [
    'Vụ nhà 2 người dùng hết 63m3 nước: Cư dân dọa kiện ra tòa vì đồng hồ nước "nhảy múa" bất thường! -',
    'Jack - J97: "Tôi gửi lời xin lỗi chân thành" -',
    'Khởi tố, bắt tạm giam thêm một "mắt xích" trong hệ sinh thái Hoàng Hường -',
    "Công an thông tin chính thức vụ xe bồn chở khí hóa lỏng phát nổ dữ dội tại Hưng Yên sau khi va chạm barie giới hạn chiều cao -",
    'Hệ sinh thái trăm tỷ của Huấn Hoa Hồng đột ngột "im lìm": Loạt doanh nghiệp biến mất, sự thật phía sau là gì? -',
    "Làm rõ vụ người đàn ông trốn trong nhà văn hóa, lên mạng cầu cứu lúc tối muộn",
    "Xã hội",
    "19/12/2017 00:58Bí thư Thanh Hóa nói về việc của Phó Chủ tịch UBND Ngô Văn Tuấn: 'Sẽ xử lý theo quy định'",
    "Chiều 18/12, trao đổi qua điện thoại về việc xử lý với ông Ngô Văn Tuấn, Phó Chủ tịch UBND tỉnh Thanh Hóa sau quyết định của Ban Bí thư, ông Trịnh Văn Chiến cho biết sẽ xử lý theo quy định."
  ]
  const congdoan = [
    "Le texte original est disponible ici",
    "- Le foyer du syndicat pour les familles d'ouvriers dont les maisons ont ete arrachees a cause de la tempete",
    "- La Federation du Travail de la province de Vinh a remis 3 maisons de l'Union supplementaires",
    "- Demarrage de la construction de 3 syndicats contre les membres du syndicat et les travailleurs",
    "- Attribuer un financement pour soutenir 2 maisons syndicales aux membres de la CAI Lao"
  ]
  const lecourrier = [
    "Les obsèques nationales du secrétaire général du Parti Nguyên Phu Trong",
    ">> Le président cubain Miguel Díaz-Canel Bermúdez rend hommage au SG Nguyên Phu Trong",
    ">> Le secrétaire général Nguyên Phu Trong, un cher ami de la Thaïlande",
    ">> L’ambassadeur de Singapour salue l’héritage du SG Nguyên Phu Trong",
    "Photo : VNA/CVN",
    "Avec les infinies condoléances, la délégation du Comité central du PCV, conduite par Tô Lâm, membre du Politburo et président vietnamien, a rendu hommage au défunt."
  ]

  it("a list headline is one sentence of a headline's length, its separator cut", () => {
    expect(docnhanh.slice(0, 6).map(listHeadline)).toEqual([true, true, true, true, true, true])
    expect(congdoan.slice(1).map(listHeadline)).toEqual([true, true, true, true])
    // A section label, a paragraph, an interview's question of two sentences (ICTVietnam) are none.
    expect(listHeadline("Xã hội")).toBe(false)
    expect(listHeadline(docnhanh[8]!)).toBe(false)
    expect(
      listHeadline(
        "Tháng 6/2020, Thủ tướng Chính phủ đã ban hành Chiến lược Chuyển đổi số quốc gia đến năm 2025 và tầm nhìn năm 2030. Ông nhìn nhận như thế nào về động thái này?"
      )
    ).toBe(false)
  })

  const model = {
    classes: ["body", "caption", "related", "title", "ui"],
    vocabulary: [],
    weights: []
  } as unknown as LineModel
  const read = (kind: "body" | "caption" | "related" | "title" | "ui") => ({
    kind,
    score: 0.3,
    evidence: [] as Array<string>,
    p: Float64Array.from([0.2, 0.2, 0.25, 0.2, 0.15])
  })
  const run = (lines: ReadonlyArray<string>, decisions: ReadonlyArray<ReturnType<typeof read>>) => {
    const ds = decisions.map((d) => ({ ...d, evidence: [...d.evidence] }))
    relatedRuns(model, segmentLines(lines).segments, ds)
    return ds.map((d) => d.kind)
  }

  it("Đọc nhanh's latest-news list over the headline is related, its first line no title", () => {
    expect(
      run(docnhanh, [
        read("title"),
        read("ui"),
        read("title"),
        read("body"),
        read("related"),
        read("title"),
        read("ui"),
        read("title"),
        read("body")
      ])
    ).toEqual(["related", "related", "related", "related", "related", "related", "ui", "title", "body"])
  })

  it("the same list read as titles alone, four lines or more, is related", () => {
    const titles = docnhanh.slice(0, 6).map(() => read("title"))
    expect(
      run([...docnhanh.slice(0, 6), ...docnhanh.slice(6)], [...titles, read("ui"), read("title"), read("body")])
    ).toEqual(["related", "related", "related", "related", "related", "related", "ui", "title", "body"])
  })

  it("Công Đoàn's list under the translation notice is related, a line read as a caption too", () => {
    // The notice is its rule's (`common.ui.translation-notice`): no line a rule decided is asked.
    const notice = { kind: "ui" as const, score: 1, evidence: [] as Array<string> }
    const decisions = [notice, read("related"), read("caption"), read("related"), read("related")]
    expect(run(congdoan, decisions as ReadonlyArray<ReturnType<typeof read>>)).toEqual([
      "ui",
      "related",
      "related",
      "related",
      "related"
    ])
  })

  it("Le Courrier's headline over its links keeps its place: no headline under the list", () => {
    expect(
      run(lecourrier, [read("title"), read("related"), read("related"), read("related"), read("caption"), read("body")])
    ).toEqual(["title", "related", "related", "related", "caption", "body"])
  })

  it("a run the model reads as no related line and fewer than three titles stays as read", () => {
    expect(run(congdoan.slice(1), [read("body"), read("title"), read("ui"), read("title")])).toEqual([
      "body",
      "title",
      "ui",
      "title"
    ])
  })
})

describe("a held line where a caption sits", () => {
  /** Every line: body `pBody`, caption `pCaption`, ui the rest (bias weights only: no feature moves them). */
  const modelGiving = (pBody: number, pCaption: number): LineModel => {
    const row = (bias: number) => Float64Array.from(featureNames, (name) => (name === "bias" ? bias : 0))
    return {
      classes: ["body", "caption", "ui"],
      vocabulary: [],
      weights: [row(Math.log(pBody)), row(Math.log(pCaption)), row(Math.log(1 - pBody - pCaption))]
    }
  }
  const kindsWith = (model: LineModel, lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: model }).segments.map((s) => s.kind)
  const article = [
    "TCCS - Ngày 21-3-2024, Kỳ họp bất thường lần thứ 6, Quốc hội khóa XV đã diễn ra tại nhà Quốc hội, Thủ đô Hà Nội.",
    "Quang cảnh phiên khai mạc Kỳ họp bất thường lần thứ 5, Quốc hội khóa XV_Ảnh: TTXVN",
    "volonté inflexible d’éradiquer ce fléau, considérée par la population comme une avancée majeure pour le pays.",
    "La 12ème session du comité central d'anti-corruption - Photo noichinh.vn"
  ]

  it("a caption closing on its credit (Tạp chí Cộng sản, VOV World) is one when the model gives content less than half", () => {
    expect(kindsWith(modelGiving(0.45, 0.3), article)).toEqual(["body", "caption", "body", "caption"])
  })

  it("so it is when the model's likeliest noise is not caption, the place says caption", () => {
    expect(kindsWith(modelGiving(0.45, 0.2), article)).toEqual(["body", "caption", "body", "caption"])
  })

  it("content at half or more keeps the line body", () => {
    expect(kindsWith(modelGiving(0.55, 0.3), article)).toEqual(["body", "body", "body", "body"])
  })
})

describe("a caption's translation under it", () => {
  const model = { classes: ["body", "caption", "title"], vocabulary: [], weights: [] } as unknown as LineModel
  type Held = { kind: Kind; score: number; evidence: Array<string>; p: Float64Array }
  const caption = (): Held => ({ kind: "caption", score: 0.6, evidence: [], p: Float64Array.from([0.38, 0.6, 0.02]) })
  // The model is sure of the sentence: content 0.8.
  const sure = (): Held => ({ kind: "body", score: 0.8, evidence: [], p: Float64Array.from([0.8, 0.18, 0.02]) })
  const translated = (lines: ReadonlyArray<string>, decisions: ReadonlyArray<Held>) => {
    const ds = decisions.map((d) => ({ ...d, evidence: [...d.evidence] }))
    captionTranslations(model, segmentLines(lines).segments, ds)
    return ds.map((d) => [d.kind, d.score])
  }

  it("the French of a Vietnamese caption on the next line (Lao Động, Công Đoàn) is a caption", () => {
    expect(
      translated(
        [
          "Đại biểu Quốc hội Nguyễn Thị Mai Hoa trao quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.",
          "La députée Nguyễn Thị Mai Hoa remet des cadeaux du Têt aux membres du syndicat et aux travailleurs en difficulté."
        ],
        [caption(), sure()]
      )
    ).toEqual([
      ["caption", 0.6],
      ["caption", 0.18]
    ])
    expect(
      translated(
        [
          "Số báo Lao Động Chủ nhật ra ngày 30.6.1991, Báo Lao Động dành phần lớn số báo để tuyên truyền đậm nét Đại hội Đảng lần thứ VII kết thúc thắng lợi. Ảnh: Anh Huy.",
          "Le numéro du journal Lao Động du dimanche du 30 juin 1991 le journal Lao Động a consacré la majeure partie du numéro à la propagande forte du VIIe Congrès du Parti qui s'est terminé avec succès. Photo : Anh Huy."
        ],
        [caption(), sure()]
      )
    ).toEqual([
      ["caption", 0.6],
      ["caption", 0.18]
    ])
  })

  it("a pair the model keeps as body both is a caption and its translation (Vietnam.vn fr-mt-national/04, Lao Động fr-mt-national/66)", () => {
    expect(
      translated(
        [
          "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn, Thường trực Ban Bí thư Trần Cẩm Tú và các đại biểu dự Hội nghị. (Nguồn: Báo Nhân dân)",
          "Le secrétaire général To Lam, le président Luong Cuong, le Premier ministre Pham Minh Chinh, le président de l'Assemblée nationale Tran Thanh Man , le membre permanent du Secrétariat Tran Cam Tu et les délégués participant à la conférence. (Source : journal Nhan Dan)"
        ],
        [sure(), sure()]
      )
    ).toEqual([
      ["caption", 0.18],
      ["caption", 0.18]
    ])
    expect(
      translated(
        [
          "Những món quà hỗ trợ từ Công đoàn đến với công nhân sau lũ. Ảnh: Phương Linh",
          "Des cadeaux de soutien du syndicat aux ouvriers après les inondations. Photo : Phương Linh"
        ],
        [sure(), sure()]
      )
    ).toEqual([
      ["caption", 0.18],
      ["caption", 0.18]
    ])
  })

  it("the translation under a picture's alt text in the original is a caption (Báo Nghệ An fr-mt-provincial/12)", () => {
    const image = (): Held => ({ kind: "image", score: 1, evidence: [], p: Float64Array.from([0.1, 0.1, 0.8]) })
    expect(
      translated(
        [
          "![Người dân quê Bác mấy năm nay đã mở rộng những diện tích ao đầm trồng sen để tạo ấn tượng về đất Kim Liên (sen vàng). Ảnh: Sách Nguyễn]() |",
          "Ces dernières années, les habitants de la ville natale de l'Oncle Ho ont agrandi les zones d'étangs pour y cultiver des lotus, créant ainsi l'illusion d'un pays de Kim Lien (lotus doré). Photo : Nguyen Sach |"
        ],
        [image(), sure()]
      ).map(([kind]) => kind)
    ).toEqual(["image", "caption"])
  })

  it("a paragraph and its translation an empty line apart (a bilingual page) stay body", () => {
    expect(
      translated(
        [
          "Tổng Bí thư Tô Lâm, Chủ tịch nước Lương Cường, Thủ tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn, Thường trực Ban Bí thư Trần Cẩm Tú và các đại biểu dự Hội nghị.",
          "",
          "Le secrétaire général To Lam, le président Luong Cuong, le Premier ministre Pham Minh Chinh, le président de l'Assemblée nationale Tran Thanh Man et les délégués participant à la conférence."
        ],
        [sure(), sure()]
      ).map(([kind]) => kind)
    ).toEqual(["body", "body"])
  })

  it("the article's paragraph over the next photo's caption, an empty line between (Lao Động), stays body", () => {
    expect(
      translated(
        [
          "Dans la soirée du 4 février, la Fédération du travail (LĐLĐ) de la province de Đồng Tháp, en coordination avec les unités fonctionnelles provinciales et locales, a organisé le programme Têt sum vầy - Printemps de la gratitude envers le Parti pour 500 membres du syndicat et travailleurs travaillant dans la zone industrielle de Long Giang.",
          "",
          "Chương trình Tết Sum vầy - Xuân ơn Đảng đã mang đến hàng trăm đoàn viên, công nhân, lao động tại Khu công nghiệp Long Giang nhiều món quà thiết thực cả vật chất lẫn tinh thần. Ảnh: Thanh Mai"
        ],
        [sure(), caption()]
      )
    ).toEqual([
      ["body", 0.8],
      ["caption", 0.6]
    ])
  })
})

describe("a caption printed again on the line under it", () => {
  it("is a verbatim duplicate, other_noise, after the caption (Nhân Dân, Công Đoàn French pages)", () => {
    expect(
      kinds([
        "La fête nationale vietnamienne est célébrée en France",
        "",
        "Nhân Dân en ligne – Paris, la capitale française, a été témoin des décisions les plus importantes du secteur de la diplomatie du Vietnam, de ses premiers pas ainsi que de son développement rapide.",
        "",
        "Un coin de Paris en France. Photo: THX/VNA",
        "Un coin de Paris en France. Photo: THX/VNA",
        "",
        "Le 28 août, l’Ambassade du Vietnam en France a organisé, à Paris, une cérémonie de célébration du 75e anniversaire de la Fête nationale du Vietnam (2 septembre) et du 75e anniversaire de la création du secteur diplomatique du Vietnam (28 août 1945 - 28 août 2020)."
      ])
    ).toEqual(["title", "body", "caption", "other_noise", "body"])
    expect(
      kinds([
        "Original vietnamien  Traduit par Lao Dong AI",
        "Offrir des cadeaux aux membres du syndicat et aux travailleurs en difficulté. Photo: Việt Bắc",
        "Offrir des cadeaux aux membres du syndicat et aux travailleurs en difficulté. Photo: Việt Bắc",
        "",
        "Offrir des cadeaux du Têt aux membres du syndicat et aux travailleurs à Tuyen Quang",
        "",
        "Tuyen Quang - Les ouvriers qui ont reçu des cadeaux du Têt sont tous des membres du syndicat en difficulté."
      ])
    ).toEqual(["ui", "caption", "other_noise", "title", "body"])
  })

  it("a short caption too (Vietnam+ French: `9e Plénum du Parti. Photo: VNA`), not a credit alone", () => {
    const page = (caption: string) =>
      kinds([
        "Édito : Pour éliminer la corruption et les pratiques malsaines",
        "",
        "La corruption est particulièrement dangereuse, entraînant de lourdes conséquences sur la vie sociale.",
        "",
        caption,
        caption,
        "",
        "Ces derniers temps, la prévention et la lutte contre la corruption et les pratiques malsaines ont été plus énergiques."
      ])
    expect(page("9e Plénum du Parti. Photo: VNA")).toEqual(["title", "body", "caption", "other_noise", "body"])
    // Two credits alone one under another (the sentence above them is a caption then) stay captions.
    expect(page("Photo: VNA").slice(2, 4)).toEqual(["caption", "caption"])
  })
})

describe("a body line over its own repeat", () => {
  const model = { classes: ["body", "caption", "title"], vocabulary: [], weights: [] } as unknown as LineModel
  // The model is sure of the sentence: content 0.8.
  const sure = () => ({
    kind: "body" as Kind,
    score: 0.8,
    evidence: [] as Array<string>,
    p: Float64Array.from([0.8, 0.18, 0.02])
  })
  const overRepeat = (lines: ReadonlyArray<string>) => {
    const segments = segmentLines(lines).segments
    const ds = segments.map(sure)
    captionsOverRepeats(model, segments, ds)
    return ds.map((d) => d.kind)
  }
  const twice = (line: string) => [line, line]

  it("is a caption printed twice (Báo Bà Rịa - Vũng Tàu vi-provincial/25, Công Đoàn fr-mt-national/40)", () => {
    expect(
      overRepeat(
        twice(
          "Ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh cùng lãnh đạo Trung ương thực hiện nghi thức cam kết chung tay bảo vệ môi trường tại Lễ phát động “Tháng hành động vì môi trường”, năm 2017."
        )
      )
    ).toEqual(["caption", "body"])
    expect(
      overRepeat(
        twice(
          "Le camarade Nguyen Dinh Khang - membre du Comite central du Parti president de la Confederation generale du travail du Vietnam et M. Mario Jose Armengol Campos - nouvel ambassadeur extraordinaire et plenipotentiaire de la Republique du Nicaragua au Vietnam."
        )
      )
    ).toEqual(["caption", "body"])
  })

  it("not a lede printed twice, which tells its event with a tense or a date (Đảng Cộng sản dev/76, Báo Nghệ An fr-mt-provincial/24)", () => {
    expect(
      overRepeat(
        twice(
          "Le président de l’Assemblée nationale, Vuong Dinh Hue, a présidé le 15 avril une réunion du Comité permanent de l’organe législatif avec les députés à plein temps issus d’agences centrales."
        )
      )
    ).toEqual(["body", "body"])
    expect(
      overRepeat(
        twice(
          "(Baonghean) - Au fil du temps, les mélodies populaires de Vi et de Giam ont été préservées et adaptées à la vie quotidienne, devenant une nourriture spirituelle indispensable pour le peuple de Nghe-Tinh."
        )
      )
    ).toEqual(["body", "body"])
  })

  it("is one over its repeat an empty line apart when it ends its sentence (Nhân Dân fr-desk-b/42, Báo Bắc Kạn vi-more2/03)", () => {
    const nhanDan =
      "L’ouvrage « Quelques questions théoriques et pratiques sur le socialisme et la voie vers le socialisme au Vietnam », rédigé par le Secrétaire général du PCV, Nguyên Phu Trong."
    const bacKan = "Trụ sở tiếp công dân tỉnh Bắc Kạn, số 152, đường Trường Chinh, thành phố Bắc Kạn, tỉnh Bắc Kạn."
    expect(overRepeat([nhanDan, "", nhanDan])).toEqual(["caption", "body"])
    expect(overRepeat([bacKan, "", bacKan])).toEqual(["caption", "body"])
  })

  it("not a headline printed again an empty line apart, with no full stop (Báo Thái Nguyên dev/48)", () => {
    const headline = "Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"
    expect(overRepeat([headline, "", headline])).toEqual(["body", "body"])
  })
})

describe("a sentence the model calls a caption over a photo's credited caption", () => {
  const model = { classes: ["body", "caption", "title"], vocabulary: [], weights: [] } as unknown as LineModel
  // The model calls the line a caption by itself, content 0.3.
  const called = () => ({
    kind: "caption" as Kind,
    score: 0.65,
    evidence: ["model:next:rule:caption"] as Array<string>,
    p: Float64Array.from([0.3, 0.65, 0.05])
  })
  const over = (lines: ReadonlyArray<string>) => {
    const segments = segmentLines(lines).segments
    const ds = segments.map(called)
    sentencesOverCaptions(model, segments, ds)
    return ds.map((d) => d.kind)
  }

  it("is the article's (VOV World fr-desk-a/56 and fr-desk-a/75, Đại hội Đảng fr-desk-b/07)", () => {
    expect(
      over([
        "Toutes les personnes présentes ont alors observé une minute de silence en mémoire du secrétaire général Nguyên Phu Trong.",
        "Luong Cuong, membre du Bureau politique, permanent au Secrétariat du Parti et chef du comité d’organisation des funérailles. Photo: AVI |"
      ])[0]
    ).toBe("body")
    expect(
      over([
        "Merci chers amis de vos rapports d’écoute et de votre fidélité!",
        "",
        "Une rencontre enrichissante - ảnh 1Lisa Le Louet (photo: Thùy Linh)"
      ])[0]
    ).toBe("body")
    // Đại hội Đảng (fr-desk-b/07): the last line of a hard-wrapped paragraph over the photo's caption
    expect(
      over([
        "créative, contribuant au développement national et à l’édification du Parti.",
        "Vo Van Thuong, membre du Bureau politique, permanent du Secrétariat, s'exprime lors de la conférence. Photo : VNA"
      ])[0]
    ).toBe("body")
  })

  it("not a caption over its translation (Báo Nghệ An fr-mt-provincial/22), nor a line over a caption with no credit", () => {
    expect(
      over([
        "Nhà ông Cụt Bá Là ở bản Xốp Lau, xã Mường Ải bị đất đá vùi lấp nhiều đồ đạc do sạt lở núi.",
        "La maison de M. Cut Ba La, dans le village de Xop Lau, commune de Muong Ai, a été ensevelie sous les rochers et la terre, engloutissant une grande partie de ses biens suite à un glissement de terrain. Photo : Quang Huy"
      ])[0]
    ).toBe("caption")
    expect(
      over([
        "Toutes les personnes présentes ont alors observé une minute de silence en mémoire du secrétaire général Nguyên Phu Trong.",
        "Luong Cuong, membre du Bureau politique, permanent au Secrétariat du Parti."
      ])[0]
    ).toBe("caption")
  })
})

describe("a body line that places a person in the photo", () => {
  const model = { classes: ["body", "caption", "title"], vocabulary: [], weights: [] } as unknown as LineModel
  // The model is sure of the sentence: content 0.8.
  const sure = () => ({
    kind: "body" as Kind,
    score: 0.8,
    evidence: [] as Array<string>,
    p: Float64Array.from([0.8, 0.18, 0.02])
  })
  const placed = (lines: ReadonlyArray<string>) => {
    const ds = lines.map(sure)
    placedInPhoto(model, segmentLines(lines).segments, ds)
    return ds.map((d) => [d.kind, d.score])
  }

  it("is a caption (ATS on Bluewin, Vietnam.vn, Hội Nông dân Bắc Giang, AFP on Boursorama)", () => {
    expect(
      placed([
        "Le président vietnamien nouvellement élu Luong Cuong (au centre) prêtant serment lors de la 8e session de la 15e législature de l'Assemblée nationale, à Hanoï, au Vietnam, le 21 octobre 2024 (archives). KEYSTONE",
        "M. Ismael Drullet Perez, membre permanent du Secrétariat national du Centre ouvrier cubain (à gauche) ; M. Leth Xayyaphone, président de la Confédération centrale des syndicats laotiens (au centre) ; M. Nguyen Dinh Khang, président de la Confédération générale du travail du Vietnam (à droite) lors de la réception. (Source : Lao Dong) |",
        "Đồng chí Nguyễn Văn Thi – TUV, Chủ tịch HND tỉnh (giữa) trao kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 10 đồng chí lãnh đạo các sở, ban, ngành đoàn thể tỉnh có nhiều đóng góp trong xây dựng giai cấp nông dân và HND Việt Nam.",
        "Photo diffusée par le 14e Congrès national, via l'Agence de presse vietnamienne, le 19 janvier 2026, montrant le secrétaire général du Parti communiste vietnamien To Lam (c) et le président Luong Cuong (d), accompagnés de délégués, se recueillant au mausolée."
      ])
    ).toEqual([
      ["caption", 0.18],
      ["caption", 0.18],
      ["caption", 0.18],
      ["caption", 0.18]
    ])
  })

  it("not a place on the map nor an acronym in brackets (Le Courrier, Nhân Dân, Vietnam+)", () => {
    expect(
      placed([
        "Un dirigeant de la province de Diên Biên (au Nord-Ouest) a affirmé à l'Agence Vietnamienne d'Information (AVI) que Diên Biên continue de s'occuper des ethnies locales.",
        "Le 22 décembre 1944, dans la forêt de Tran Hung Dao, actuellement rattachée à la commune de Tam Kim, district de Nguyen Binh, province de Cao Bang (au nord), le général Vo Nguyen Giap a annoncé la création de la Brigade de propagande armée pour la libération du Vietnam.",
        "Hanoi (VNA) – Mardi matin, le 9e Plénum du Comité central (CC) du Parti communiste du Vietnam (PCV) (XIIe mandat) s'est ouvert à Hanoi, sous l’égide du secrétaire général et président Nguyen Phu Trong."
      ])
    ).toEqual([
      ["body", 0.8],
      ["body", 0.8],
      ["body", 0.8]
    ])
  })
})

describe("a breadcrumb trail in the head", () => {
  it.each([
    ["Bệnh viện Hữu nghị Đa khoa Nghệ An > TIN TỨC > Tin y tế > Hội nghị trực tuyến “Đổi mới phong cách”", true],
    [" • Trang chủ > Giới thiệu chung", true],
    ["Trang chủ » Chính trị - Xã hội » Tin tức trong tỉnh", true],
    ["Home / Page d'accueil  / Actualités générales  / Congrès nationaux du Parti communiste vietnamien", true],
    ["> Tin tức - Sự kiện > Tin hoạt động HĐND > Phát biểu khai mạc của Chủ tọa tại Kỳ họp thứ Chín", true],
    ["CHẤT LƯỢNG HÀNG ĐẦU - PHÁT TRIỂN CHUYÊN SÂU - NÂNG TẦM CAO MỚI", false],
    ["Thời gian làm việc: Khám bệnh: 7h-16h (Thứ 2-Thứ 6), 7h-12h (Sáng thứ 7), trừ nghỉ lễ", false],
    ["Vietnam : le Congrès du Parti approuve la nomination du secrétaire Tô Lâm", false],
    [">> Le Courrier du Vietnam fête son trentenaire", false]
  ])("is a trail: %s", (line, trail) => expect(isBreadcrumbTrail(line)).toBe(trail))

  it("takes the site's tagline above the trail for chrome and the headline the trail ends with for the title (Bệnh viện Hữu nghị Đa khoa Nghệ An)", () => {
    const classified = classifyNoise(
      segmentLines([
        "Điện thoại CSKH: 19008082 - 0886.234.222",
        "CHẤT LƯỢNG HÀNG ĐẦU - PHÁT TRIỂN CHUYÊN SÂU - NÂNG TẦM CAO MỚI",
        "Bệnh viện Hữu nghị Đa khoa Nghệ An > TIN TỨC > Tin y tế > Hội nghị trực tuyến “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng",
        "Hội nghị trực tuyến “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”",
        "Ngày 22/4/2015, tại Hà Nội diễn ra Hội nghị trực tuyến “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh” do Bộ Y tế tổ chức.",
        "Chủ trì hội nghị tại điểm cầu Hà Nội có PGS. TS. Nguyễn Thị Kim Tiến, Ủy viên Ban chấp hành TW Đảng, Bộ trưởng Bộ Y tế."
      ]),
      rules
    )
    // the hotline and the trail are decided before the layout step, by the certain rows for a site's contact
    // lines and for breadcrumb trails
    expect(classified.segments.map((s) => [s.kind, s.kindEvidence.filter((e) => e.startsWith("layout:"))])).toEqual([
      ["ui", []],
      ["ui", ["layout:above-breadcrumb"]],
      ["ui", []],
      ["title", ["layout:crumb-headline"]],
      ["body", []],
      ["body", []]
    ])
  })

  it("takes the site's name above a home crumb for chrome and a headline under the trail for the title (Đảng bộ tỉnh Điện Biên, Le Petit Journal)", () => {
    expect(
      kinds([
        "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN",
        " • Trang chủ > Giới thiệu chung",
        " • Đảng bộ tỉnh Điện Biên",
        " • Thời gian đăng: 26/11/2018 01:49:17 PM",
        " • ĐẢNG BỘ TỈNH ĐIỆN BIÊN 70 NĂM CHIẾN ĐẤU, XÂY DỰNG VÀ TRƯỞNG THÀNH",
        "  (10/10/1949 - 10/10/2019)",
        "  1. Quá trình thành lập đảng bộ",
        "  Sau thất bại nặng nề trong chiến dịch Thu Đông (1947), quân Pháp được tăng viện tiếp tục mở rộng vùng chiếm đóng lên Tây Bắc. Từ năm 1948, thực dân Pháp đã chiếm đóng toàn bộ các thị xã, thị trấn và nhiều vị trí quan trọng."
      ])
    ).toEqual(["ui", "ui", "ui", "dateline", "title", "dateline", "body", "body"])
    expect(
      kinds([
        "Home / Page d'accueil  / Actualités générales  / Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire",
        "Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire",
        "Le Petit Journal vous propose, à travers cette série intitulée « Congrès nationaux du Parti communiste vietnamien », un retour sur son histoire."
      ])
    ).toEqual(["ui", "title", "body"])
  })
})

describe("a sentence closed by its agency's credit", () => {
  it.each([
    ["Le 15e Plénum se poursuit jusqu’au 18 janvier. -VNA", true],
    ["L'après-midi, les délégués ont voté pour élire le CC du PCV (11e exercice). - AVI", true],
    ["a-t-il souligné. -VNA", true],
    [
      "La bataille de Diên Biên Phu débuta véritablement le 13 mars 1954 avec l'assaut nocturne sur la position française de Him Lam (Béatrice). Les combats firent rage pendant deux mois. - VNA",
      true
    ],
    ["Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire", false],
    ["Vietnam - ASEAN", false],
    ["Le Vietnam et la France renforcent leur coopération - VNA", false]
  ])("%s", (line, credited) => expect(creditedSentence.test(line)).toBe(credited))

  it("is no headline: the headline-like line under it is another article's, and the page has none (Vietnam+)", () => {
    expect(
      kinds([
        "Cette information a étéannoncée jeudi par la Commission des relations extérieures del'Assemblée nationale vietnamienne dans un communiqué. -VNA",
        "14e Congrès du Parti : une couverture médiatique opportune et vivante d’un événement politique majeur du pays",
        "Événement politique d’une importance capitale pour le Vietnam, le 14ᵉ Congrès national du Parti communiste du Vietnam fait l’objet d’une mobilisation médiatique sans précédent."
      ])
      // after the article's closing credit, the teaser's headline and lede are a related block's
      // (`layout:after-closing-mark`)
    ).toEqual(["body", "related", "related"])
  })
})

describe("a kicker in capitals over the headline", () => {
  it.each([
    ["TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN", true],
    ["SECRÉTAIRE GÉNÉRAL NGUYÊN PHU TRONG", true],
    ["HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ", true],
    ["Un leader dévoué et visionnaire du Parti", false],
    ["QUANG ĐẠI", true],
    ["ASEAN", false]
  ])("in capitals: %s", (line, capitals) => expect(inCapitals(line)).toBe(capitals))

  const classes = ["title", "body", "other_noise"] as const
  /** A model that gives every headline-like line title most (p = 0.6), a sentence body. */
  const model: LineModel = (() => {
    return {
      classes,
      vocabulary: [],
      weights: [
        row({ "headline-like": 3.5 }),
        row({ "headline-like": -3, "ends:sentence": 5 }),
        row({ "headline-like": 3 })
      ]
    }
  })()
  const kindsWith = (lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: model }).segments.map((s) => [
      s.kind,
      s.kindEvidence.filter((e) => e.startsWith("layout:"))
    ])

  it("takes the headline in lower case under it for the title (Nhân Dân)", () => {
    expect(
      kindsWith([
        "SECRÉTAIRE GÉNÉRAL NGUYÊN PHU TRONG",
        "Un leader dévoué et visionnaire du Parti",
        "Malgré de nombreux défis, l’économie vietnamienne a été ces dernières années un point positif dans le sombre paysage économique mondial. Le prestige et la position du pays sur la scène internationale n’ont fait que croître."
      ])
    ).toEqual([
      ["other_noise", ["layout:second-title"]],
      ["title", ["layout:under-kicker"]],
      ["body", []]
    ])
  })

  it("keeps a headline in capitals with no headline in lower case under it (Ninh Thuận)", () => {
    expect(
      kindsWith([
        "ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025 TRÊN ĐỊA BÀN THÀNH PHỐ PHAN RANG - THÁP CHÀM",
        body.vi
      ])
    ).toEqual([
      ["title", []],
      ["body", []]
    ])
  })
})

describe("a head line written otherwise than the page's body", () => {
  const viBody =
    "Nhân dịp Phó Thủ tướng Thường trực Phạm Bình Minh làm trưởng đoàn đại biểu Việt Nam tham dự Tuần lễ cấp cao ĐHĐ LHQ Khóa 77, Đại sứ Đặng Hoàng Giang, Trưởng Phái đoàn thường trực Việt Nam tại LHQ đã chia sẻ về ý nghĩa."
  const frBody =
    "À l’ère du numérique, les réseaux sociaux sont devenus un outil d’achat populaire, attirant des millions de consommateurs au Vietnam."

  it("measures the letters only Vietnamese writes", () => {
    expect(vietnameseShare("Back to E-magazine")).toBe(0)
    expect(vietnameseShare("Độc lập")).toBeCloseTo(3 / 6)
    expect(vietnameseShare("L'ouest du Nghệ An après les inondations")).toBeCloseTo(1 / 32)
    expect(vietnameseShare("2025 - 2030")).toBeNull()
  })

  it("reads by UTF-16 unit what the reading by code point of the lower case reads (every gold line, every page's lines joined, odd units)", () => {
    const texts = loadGoldPages(rules.outlets).flatMap((page) => {
      const lines = page.segments.map((segment) => segment.text)
      return [...lines, lines.join(" ")]
    })
    texts.push("İSTANBUL Đà Nẵng", "ΣΟΦΊΑ Σ ς", "𝐀𝐁 Đ ứ 😀", "ǅ ǈ ǋ ß ẞ", "\ud800 lone Đ", "ﬃ ŉ ǰ ΐ")
    for (const text of texts) expect(vietnameseShare(text), text).toBe(vietnameseShareByCodePoint(text))
  })

  it("of the body's lines is read from each line's keys what it reads of the lines joined (every gold page, odd and random lines)", () => {
    const pages = loadGoldPages(rules.outlets).map((page) => page.segments.map((segment) => segment.text))
    pages.push(["İSTANBUL Đà Nẵng", "ΣΟΦΊΑ Σ ς", "𝐀𝐁 Đ ứ 😀", "ǅ ǈ ǋ ß ẞ", "\ud800 lone Đ", "ﬃ ŉ ǰ ΐ", "", "  "])
    const alphabet = [
      "a",
      "É",
      "é",
      "đ",
      "Đ",
      "ơ",
      "Ả",
      "ấ",
      "Σ",
      "İ",
      "ǅ",
      "ß",
      "1",
      " ",
      "-",
      "\u0301",
      "😀",
      "\udc00"
    ]
    const random = randomStrings(alphabet, 6_000, 9, 17)
    for (let i = 0; i < random.length; i += 6) pages.push(random.slice(i, i + 6))
    for (const texts of pages) {
      const keys = texts.map((text) => lowerKeys(text))
      // Every line, every other line, and none.
      // Every line, every other line, none, and each line alone (the title step's share of a head line).
      for (const lines of [
        texts.map((_, k) => k),
        texts.flatMap((_, k) => (k % 2 === 0 ? [k] : [])),
        [],
        ...texts.map((_, k) => [k])
      ]) {
        const joined = lines.map((k) => texts[k]!).join(" ")
        expect(vietnameseShareOfLines(texts, keys, lines), joined).toBe(vietnameseShare(joined))
      }
    }
  })

  it.each([
    ["Back to E-magazine", viBody, true],
    ["Lan tỏa hình ảnh Việt Nam hòa bình, cùng gánh vác nghĩa vụ chung", viBody, false],
    ["Google News", viBody, true],
    ["Vietnam.vn - Nền tảng quảng bá Việt Nam", frBody, true],
    ["Độc lập - Tự do - Hạnh phúc", frBody, true],
    ["Les consommateurs sont-ils faciles à vivre ?", frBody, false],
    ["L'ouest du Nghệ An après les inondations : les maisons sont toujours là", frBody, false],
    ["COVID-19", viBody, false]
  ])("%s", (line, body, otherwise) => expect(writtenOtherwise(line, vietnameseShare(body))).toBe(otherwise))

  it("is the site's chrome, and the headline under it is the title (Thế giới & Việt Nam, Vietnam.vn)", () => {
    const evidenced = (lines: ReadonlyArray<string>) =>
      classifyNoise(segmentLines(lines), rules).segments.map((s) => [
        s.kind,
        s.kindEvidence.filter((e) => e.startsWith("layout:"))
      ])
    expect(
      evidenced([
        "Back to E-magazine",
        "08:27 | 23/09/2022",
        "Lan tỏa hình ảnh Việt Nam hòa bình, cùng gánh vác nghĩa vụ chung",
        viBody
      ])
    ).toEqual([
      ["ui", ["layout:written-otherwise"]],
      ["dateline", []],
      ["title", []],
      ["body", []]
    ])
    expect(
      evidenced(["Vietnam.vn - Nền tảng quảng bá Việt Nam", "Les consommateurs sont-ils faciles à vivre ?", frBody])
    ).toEqual([
      ["ui", []],
      ["title", []],
      ["body", []]
    ])
  })
})

describe("a publication stamp under its label", () => {
  it.each([
    ["Cập nhật: 25/12/2016 09:00:00 Article Rating", true],
    ["Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy", true],
    [" • Thời gian đăng: 26/11/2018 01:49:17 PM", true],
    ["Ngày xuất bản: 16/09/2020 5:02:00 CH", true],
    ["- Cập nhật 30/10/2024 15:44", true],
    [
      "19/12/2017 00:58Bí thư Thanh Hóa nói về việc của Phó Chủ tịch UBND Ngô Văn Tuấn: 'Sẽ xử lý theo quy định'",
      false
    ],
    ["Cập nhật thông tin về dự án cao tốc Bắc - Nam", false]
  ])("%s", (line, stamp) => expect(labelledStamp.test(line)).toBe(stamp))

  it("is never the title (Vĩnh Phúc TV)", () => {
    expect(
      kinds([
        "Cập nhật: 25/12/2016 09:00:00 Article Rating",
        "Xem cỡ chữ",
        "(20/12) Đồng chí Trần Văn Vinh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đã đến thăm, chúc mừng các giáo phẩm, chức sắc tôn giáo và bà con giáo dân Giáo xứ Vĩnh Yên. Cùng đi có lãnh đạo một số sở, ban, ngành của tỉnh, lãnh đạo thành phố Vĩnh Yên."
      ])[0]
    ).not.toBe("title")
  })
})

describe("a headline over the article's stamp", () => {
  const evidenced = (lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), rules).segments.map((s) => [
      s.kind,
      s.kindEvidence.filter((e) => e.startsWith("layout:"))
    ])
  const caption =
    "Le camarade Nguyen Dinh Khang - membre du Comite central du Parti president de la Confederation generale du travail du Vietnam et M. Mario Jose Armengol Campos - nouvel ambassadeur extraordinaire et plenipotentiaire de la Republique du Nicaragua au Vietnam."
  const headline =
    "Le president de la Confederation generale du travail du Vietnam accueille l'ambassadeur extraordinaire et plenipotentiaire de la Republique du Nicaragua et s'entretient avec l'Union syndicale coreenne"
  const lede =
    "Dans l'apres-midi du 5 août le camarade Nguyen Dinh Khang - membre du Comite central du Parti president de la Confederation generale du travail du Vietnam (CGTV) a reçu M. Mario Jose Armengol Campos - nouvel ambassadeur extraordinaire et plenipotentiaire de la Republique du Nicaragua au Vietnam."

  it("is the title of a page the model gave none (Lao Động's French pages)", () => {
    expect(
      evidenced([
        "Original vietnamien  Traduit par Lao Dong AI",
        caption,
        caption,
        headline,
        "N.Q 27/02/2025 16:17 (GMT+7)",
        lede
      ])
    ).toEqual([
      ["ui", []],
      // the caption printed twice (`overItsRepeat`)
      ["caption", ["layout:over-repeat"]],
      ["other_noise", []],
      ["title", ["layout:over-stamp"]],
      ["byline", []],
      ["body", []]
    ])
  })

  it("but a sentence over the stamp is no headline", () => {
    expect(
      evidenced(["Original vietnamien  Traduit par Lao Dong AI", caption, "N.Q 27/02/2025 16:17 (GMT+7)", lede]).map(
        ([kind]) => kind
      )
    ).not.toContain("title")
  })
})

describe("a numbered part of the article", () => {
  /** A model that calls the first line title (0.9), chrome next, and a sentence body. */
  const firstIsTitle: LineModel = {
    classes: ["title", "body", "ui"],
    vocabulary: [],
    weights: [
      Float64Array.from(featureNames, (name) => (name === "pos:first" ? 6 : 0)),
      Float64Array.from(featureNames, (name) => (name === "bias" ? 1 : name === "ends:sentence" ? 5 : 0)),
      Float64Array.from(featureNames, (name) => (name === "pos:first" ? 4 : 0))
    ]
  }
  const kindsWith = (lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: firstIsTitle }).segments.map((s) => s.kind)
  const paragraph =
    "«Écouter la Voix du Vietnam m’aide à mieux comprendre le Vietnam. Je me sens non seulement auditeur, mais aussi ambassadeur culturel entre les deux pays. Écouter la Voix du Vietnam m’aide à découvrir un Vietnam moderne, un Vietnam qui rattrape son époque et ne cesse de se développer!»"

  it("is a subheading of the article, never its title (real lines of VOV World, Le Petit Journal)", () => {
    for (const heading of [
      "Partie 1: Le Vietnam et la Voix du Vietnam, toujours dans nos cœurs",
      "Chapitre 1 – les années héroïques"
    ]) {
      expect(partHeading.test(heading)).toBe(true)
      expect(kindsWith([heading, paragraph])).toEqual(["body", "body"])
    }
    // the same words with no part number: the model's headline
    expect(kindsWith(["Le Vietnam et la Voix du Vietnam, toujours dans nos cœurs", paragraph])[0]).toBe("title")
  })
})

describe("a numbered section or a line opening on the home link", () => {
  /** A model that calls the first line title (0.9) and the others body. */
  const firstIsTitle: LineModel = {
    classes: ["title", "body", "ui"],
    vocabulary: [],
    weights: [
      Float64Array.from(featureNames, (name) => (name === "pos:first" ? 6 : 0)),
      Float64Array.from(featureNames, (name) => (name === "bias" ? 1 : name === "ends:sentence" ? 5 : 0)),
      Float64Array.from(featureNames, (name) => (name === "pos:first" ? 4 : 0))
    ]
  }
  const kindsWith = (lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: firstIsTitle }).segments.map((s) => s.kind)
  const paragraph =
    "Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào, Chủ tịch nước Nguyễn Xuân Phúc và Phu nhân sẽ thăm chính thức Lào."

  it.each([
    // real section headings of Bộ Ngoại giao, Lập pháp, Lý luận chính trị, Thuận Châu
    "1. Chủ tịch nước Nguyễn Xuân Phúc và Phu nhân thăm chính thức Cộng hoà Dân chủ Nhân dân Lào từ 9 – 10/8/2021",
    "1. Quy trình, thủ tục tiến hành phiên họp toàn thể của Quốc hội",
    "1. Vai trò của tổ chức đảng, đoàn thể tại doanh nghiệp",
    "II. SỰ CẦN THIẾT SẮP XẾP ĐVHC CẤP XÃ"
  ])("a numbered section is never the title: %s", (heading) => {
    expect(numberedSection.test(heading)).toBe(true)
    expect(kindsWith([heading, paragraph])[0]).not.toBe("title")
  })

  it.each([
    // real headlines opening on a number (Báo Đấu thầu, xã Hương Giang)
    "6 Bí thư Tỉnh ủy được điều động, luân chuyển về Trung ương",
    "1.400 cử tri Hương Giang đi bầu trưởng thôn trong ngày 1/5"
  ])("a number without its dot stays a headline: %s", (headline) => {
    expect(numberedSection.test(headline)).toBe(false)
    expect(kindsWith([headline, paragraph])[0]).toBe("title")
  })

  it.each([
    // real menus and trails of Bộ Ngoại giao, Tuyên giáo Hưng Yên, Điện Biên's Party site
    "Trang chủ     Đăng ký nhận tin    Ý kiến bạn đọc   Liên kết website English",
    "Trang chủ » Chính trị - Xã hội » Tin tức trong tỉnh",
    " • Trang chủ > Giới thiệu chung"
  ])("a line opening on the home link is never the title: %s", (line) => {
    expect(homeLink.test(line)).toBe(true)
    expect(kindsWith([line, paragraph])[0]).not.toBe("title")
  })

  it("but not a word that starts so, nor the words inside a headline", () => {
    expect(homeLink.test("Homeland: une série")).toBe(false)
    expect(homeLink.test("Ra mắt trang chủ mới của Cổng thông tin điện tử tỉnh")).toBe(false)
  })
})

describe("a line closed by a table cell's bar", () => {
  /** A model that calls the first line title (0.9) and the others body. */
  const firstIsTitle: LineModel = {
    classes: ["title", "body", "caption"],
    vocabulary: [],
    weights: [
      Float64Array.from(featureNames, (name) => (name === "pos:first" ? 6 : 0)),
      Float64Array.from(featureNames, (name) =>
        name === "bias" ? 1 : name === "ends:sentence" ? 3 : name === "pos:first" ? 2.8 : 0
      ),
      Float64Array.from(featureNames, (name) => (name === "pos:first" ? 4 : 0))
    ]
  }
  const kindsWith = (lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: firstIsTitle }).segments.map((s) => s.kind)

  it("is a caption's cell, never the title (real lines of VOV World, Le Courrier du Vietnam)", () => {
    const vov = "Vu Hai, ancien vice-président de la Radio «La Voix du Vietnam»"
    expect(kindsWith([`${vov} |`, body.fr])[0]).not.toBe("title")
    // the same words without the bar: the model's headline
    expect(kindsWith([vov, body.fr])[0]).toBe("title")
    // a sentence over a longer one that tells it again, the echo that makes a headline of a sentence
    const courrier =
      "Des centaines de pêcheurs se rassemblent à Dà Nang (Centre) pour leurs premières sorties en haute mer après le Têt."
    const quote =
      '"Actuellement, le port de Tho Quang accueille cinq navires de pêche par jour. Ces bateaux sont revenus de leurs campagnes d’avant le Têt. À l’heure actuelle, presque tous les pêcheurs du Centre sont retournés à Tho Quang pour les préparatifs des premières sorties en mer après le Nouvel An lunaire", a informé Nguyên Lai, chef adjoint du comité de gestion de ce port.'
    const related = [
      ">>Le Vietnam veut développer une pêche durable et responsable",
      ">>Ninh Thuân améliore la capacité de sa flotte de pêche hauturière"
    ]
    expect(kindsWith([...related, `${courrier} |`, quote])).toEqual(["related", "related", "body", "body"])
    expect(kindsWith([...related, courrier, quote])).toEqual(["related", "related", "title", "body"])
  })
})

describe("a headline sentence over a lede that opens on its day", () => {
  /** A model that calls every line body (a sentence most). */
  const allBody: LineModel = {
    classes: ["title", "body", "other_noise"],
    vocabulary: [],
    weights: [
      Float64Array.from(featureNames, () => 0),
      Float64Array.from(featureNames, (name) => (name === "bias" ? 2 : name === "ends:sentence" ? 3 : 0)),
      Float64Array.from(featureNames, () => 0)
    ]
  }
  const evidenced = (lines: ReadonlyArray<string>) =>
    classifyNoise(segmentLines(lines), { ...rules, lineModel: allBody }).segments.map((s) => [
      s.kind,
      s.kindEvidence.filter((e) => e.startsWith("layout:"))
    ])

  it("is the title of a page the model gave none (real lines of Báo Nghệ An's French pages, Đô Lương's portal)", () => {
    for (const [headline, lede] of [
      [
        "Le Comité permanent du Comité provincial du Parti de Nghe An nomme et tourne les secrétaires adjoints des comités du Parti de district des districts de Yen Thanh et de Que Phong.",
        "Le matin du 1er novembre, le Comité provincial du Parti de Nghe An a organisé une cérémonie pour annoncer la décision du Comité provincial du Parti sur le travail du personnel."
      ],
      [
        "Les forces armées de la province de Nghe An ont construit un pont temporaire sur un ruisseau à courant rapide pour atteindre un village isolé de Ky Son.",
        "(Baonghean.vn) - Le matin du 3 octobre, des centaines d'officiers et de soldats du commandement militaire provincial et de la garde-frontière provinciale se sont rendus à Ky Son pour renforcer les forces afin de surmonter les conséquences des crues soudaines."
      ],
      [
        "UBND huyện tổ chức hội nghị thường kỳ tháng 4 và triển khai nhiệm vụ tháng 5.",
        "Sáng ngày 26/4, đồng chí Hoàng Văn Hiệp – Phó bí thư, Chủ tịch UBND huyện chủ trì hội nghị ."
      ]
    ] as const) {
      expect(evidenced([headline, "", lede, body.fr])).toEqual([
        ["title", ["layout:timed-lede"]],
        ["body", []],
        ["body", []]
      ])
    }
  })

  it("or a lede whose opening clause tells the month or the part of the day (real lines of Báo Nghệ An, Le Courrier du Vietnam)", () => {
    const headline =
      "L'ouest du Nghệ An après les inondations : les maisons sont toujours là, mais dangereusement proches du bord du fleuve ; les habitants n'osent pas y retourner."
    for (const lede of [
      "Après les importantes inondations de fin juillet dans les localités occidentales de Nghệ An, de nombreuses maisons se tenaient dangereusement au bord des glissements de terrain. Bien qu'elles n'aient pas été entièrement emportées, l'insécurité, et notamment la crainte de nouvelles intempéries, a dissuadé les habitants de retourner y vivre.",
      "À l’occasion de la Fête nationale française (14 juillet), l’ambassadeur de France au Vietnam, Bertrand Lortholary, a accordé une interview exclusive au Courrier du Vietnam concernant les relations entre les deux pays, actuellement au beau fixe."
    ]) {
      expect(evidenced([headline, lede])[0]).toEqual(["title", ["layout:timed-lede"]])
    }
  })

  it("but a caption, a sentence that prints a day itself or a lede that does not open on one is none (real lines of Vietnam.vn, VNA, Báo Nghệ An)", () => {
    const untitled = (lines: ReadonlyArray<string>) =>
      expect(evidenced(lines).map(([kind]) => kind)).not.toContain("title")
    // a photo's caption on top: shorter than a headline sentence
    untitled([
      "Les parents embrassent leurs enfants après l'examen.",
      "Ce matin, plus de 96 000 élèves de Hô Chi Minh-Ville ont passé l'examen d'entrée en seconde (option littérature). Vers 10 heures, les élèves sont sortis des centres d'examen."
    ])
    // the first line dates the news: it is the lede
    untitled([
      "Le président américain Joe Biden est arrivé à Hanoi, entamant une visite d’État du 10 au 11 septembre au Vietnam à l’invitation du secrétaire général du Comité central du Parti communiste du Vietnam, Nguyên Phu Trong.",
      "Dans l’après-midi du 10 septembre, la cérémonie officielle d’accueil en l’honneur du président américain Joe Biden a été solennellement organisée au palais présidentiel dans le protocole de plus haut niveau réservé aux chefs d’État."
    ])
    // the line under it prints no day at its start
    untitled([
      "Les habitants de Lam Thanh se réjouissent de la bonne récolte d'arachides, de sésame et de piments.",
      "Dans le hameau de Phu Xuan, les habitants se sont précipités aux champs pour récolter les arachides, le sésame et le maïs, et pour labourer en prévision des nouvelles semailles."
    ])
  })
})

describe("a sentence bringing in a quotation", () => {
  it.each([
    ["Trân Dinh Khoa, secrétaire de l’antenne du Parti de Vung Tàu, , a déclaré :", true],
    ["Tôn Ngoc Hanh, de la province de Binh Phuoc, a indiqué :", true],
    ["Le Président Ho Chi Minh a affirmé :", true],
    ["1. Về kết quả, Đại hội khẳng định:", true],
    ["Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương Võ Văn Thưởng:", false],
    ["Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire", false]
  ])("%s", (line, leadIn) => expect(quoteLeadIn.test(line)).toBe(leadIn))

  it("is no headline: it stays the article's (VOV)", () => {
    expect(
      kinds([
        "Photo: VOV |",
        "Trân Dinh Khoa, secrétaire de l’antenne du Parti de Vung Tàu, , a déclaré :",
        "«Nous allons oeuvrer au succès du congrès. Nous allons présenter la liste des propositions émises par les habitants de Bà Ria-Vung Tàu sur le développement du Parti, du pays et de notre province.»"
      ])
    ).not.toContain("title")
  })
})

/*
 * A broadcaster's programme schedule, with a model (title, body, ui) written here that calls every
 * line ending its sentence or clause body and every other ui.
 */
describe("a programme schedule", () => {
  const uiModel: LineModel = {
    classes: ["title", "body", "ui"],
    vocabulary: [],
    weights: [row({ bias: -8 }), row({ "ends:sentence": 5, "ends:clause": 5 }), row({ bias: 1 })]
  }
  const evidenced = (lines: ReadonlyArray<string>) => kindEvidenceLines(uiModel, lines)

  it("is a ticker, item by item (tructiep24h, Đồng Tháp TV; thtg.vn, Tiền Giang radio)", () => {
    expect(
      evidenced([
        "Thời gian Chương trình Tên chương trình",
        "05:00 Đài hiệu giới thiệu chương trình",
        "05:03 Ca nhạc",
        "05:18 Giới thiệu chương trình truyền hình",
        "05:20 Lời hay ý đẹp",
        "05:22 Bản tin thị trường",
        "17:45 Quảng cáo (17h45)",
        "18:00 Tiếp âm thời sự tiếng nói Việt Nam (18h00)"
      ])
    ).toEqual(["ticker rule:vi.ticker.schedule-header", ...Array(7).fill("ticker layout:programme-schedule")])
    expect(
      evidenced([
        "*********** BUỔI SÁNG ***********",
        "– 5h00 Đài hiệu + Giới thiệu chương trình + Nghi thức chào cờ Quốc Ca",
        "– 5h05 Chuyên mục : Nông thôn ngày nay",
        "– 5h30 Thời sự Đài Tiền Giang",
        "– 6h00 Tiếp âm Thời sự Đài tiếng nói Việt Nam",
        "– 6h30 Chương trình : Ca nhạc thiếu nhi – Vườn cây nhà bé",
        "– 7h00 Chuyên mục : Người cao tuổi"
      ]).map((line) => line.split(" ")[0])
    ).toEqual(["ui", ...Array(6).fill("ticker")])
  })

  it("leaves too short a run, times going back, live entries and the article's lines alone", () => {
    // Four items only (tructiep24h, Bình Dương radio).
    expect(
      evidenced([
        "04:00 Nhạc hiệu – Giới thiệu chương trình phát thanh",
        "04:05 Ca khúc Việt Nam",
        "04:40 Pháp luật và đời sống",
        "05:00 Nông nghiệp - Nông thôn"
      ]).map((line) => line.split(" ")[0])
    ).toEqual(["ui", "ui", "ui", "ui"])
    // The times go back after the third item: two runs of three.
    expect(
      evidenced([
        "06:30 LHYĐ + Ươm mầm khát vọng",
        "06:50 Tin trong tỉnh",
        "07:00 Sức khỏe là trên hết",
        "05:20 Đằng sau tay lái",
        "05:30 Thời sự tổng hợp (PL)",
        "06:00 Tiếp sóng Đài Tiếng nói Việt Nam"
      ]).map((line) => line.split(" ")[0])
    ).toEqual(Array(6).fill("ui"))
    // A match day's live entries (Báo Nghệ An, French) put a colon after the time: body, as `timedEntries` has them.
    expect(
      evidenced([
        body.fr,
        "13h30 : Ouverture",
        "14h00 21 avril : Asie - Civilisation",
        "15h00 21 avril : Zone résidentielle MT - Tuan Hung",
        "16h00 21 avril : Groupe B",
        "17h00 21 avril : Finale",
        body.frPhoto
      ]).map((line) => line.split(" ")[0])
    ).toEqual(Array(7).fill("body"))
    // An agenda the model calls the article's text stays so.
    expect(
      evidenced([
        "7h30 Đón tiếp đại biểu tại hội trường.",
        "8h00 Khai mạc Đại hội, chào cờ.",
        "8h15 Diễn văn khai mạc Đại hội.",
        "9h00 Báo cáo chính trị của Ban Chấp hành.",
        "10h00 Thảo luận ở hội trường."
      ]).map((line) => line.split(" ")[0])
    ).toEqual(Array(5).fill("body"))
  })
})

describe("noise kinds told apart by their class (issue 9)", () => {
  it.each([
    // real stamps of the portals of Phan Rang - Tháp Chàm, Kon Tum, Đà Nẵng's procuracy, Bến Tre's council,
    // Tuyên giáo Hưng Yên, Báo Bình Dương, Báo Nam Định, Vĩnh Phúc's station
    ["Đăng ngày 17 - 05 - 2024", "vi.dateline.published"],
    ["Ngày đăng: 08/07/2024 11:38", "vi.dateline.published"],
    ["Đăng ngày 15-05-2022 10:48", "vi.dateline.published"],
    ["Ngày đăng bài: 16/12/2019 | Tác giả: Long Hà", "vi.dateline.published"],
    ["Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy", "vi.dateline.published"],
    ["Cập nhật: 27-02-2016 | 09:41:13", "vi.dateline.published"],
    ["Cập nhật lúc: 18:00 |22/05/2022", "vi.dateline.published"],
    ["Cập nhật: 25/12/2016 09:00:00 Article Rating", "vi.dateline.published"],
    // an update told in a sentence
    ["Cập nhật đến 18h ngày 5/3, cả nước ghi nhận thêm 120 ca mắc mới.", "not"],
    ["Đăng ngày 5/3, bài viết đã thu hút hàng nghìn lượt chia sẻ trên mạng xã hội.", "not"]
  ])("a CMS's publication stamp is a certain dateline: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("vi.dateline.published")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "dateline", true])
  })

  it.each([
    // real lines of Báo Cà Mau, Nhà báo & Công luận, Tinmoi.vn, Kiến Thức
    ["Theo dõi Báo điện tử Cà Mau trên", "common.ui.follow"],
    ["Theo dõi báo trên:", "common.ui.follow"],
    ["Theo dõi Tinmoi.vn trên Tinmoi.vn - Google news", "common.ui.follow"],
    ["Google News", "common.ui.follow"],
    // the bare label is vi.ui.label's; a sentence following something on a place runs on
    ["Theo dõi", "vi.ui.label"],
    ["Theo dõi trên địa bàn, lực lượng chức năng đã phát hiện 12 vụ vi phạm.", "not"]
  ])("a call to follow the outlet is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.ui.follow")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it.each([
    // the link to the original under a machine-translated page: Lao Động's and Công Đoàn's French editions
    ["Lisez la version originale ici", "common.ui.translation-notice"],
    ["Le texte original est disponible ici", "common.ui.translation-notice"],
    ["Le texte original de la loi a été amendé à trois reprises par l'Assemblée nationale.", "not"]
  ])("a link to the original text is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.ui.translation-notice")
    else expect([match?.rule.id, match?.rule.kind]).toEqual([id, "ui"])
  })

  it.each([
    // Le Monde's text on Agence France 24; Vietnam.vn's bare label
    ["Source link", "common.source.bare", "source"],
    ["Source", "common.source.bare", "source"],
    // Franceinfo's and Réseau Bastille's author lines, with what the template prints before `par`
    ["Article rédigé par Pierre Magnan", "fr.byline.par", "byline"],
    ["dimanche 1er février 2026, par DI NOLA Massimo", "fr.byline.par", "byline"],
    ["Par Jean Dupont, à Hanoï", "fr.byline.par", "byline"]
  ])("a source's label and an author line: %s", (line, id, kind) => {
    const match = firstMatch(rules.noise, line, "any")
    expect([match?.rule.id, match?.rule.kind]).toEqual([id, kind])
  })

  it.each([
    // real labels of Vnews, Hà Nội Mới, Đọc nhanh, VietnamFinance, Báo Nghệ An's French edition, Réseau Bastille, Le Vietnam en images
    ["Chính trị", "common.ui.section"],
    ["Xã hội", "common.ui.section"],
    ["Tiêu điểm", "common.ui.section"],
    ["Actualités", "common.ui.section"],
    ["International", "common.ui.section"],
    ["Reportage thématique", "common.ui.section"],
    // a subheading is longer
    ["Chính trị - Xã hội: những kết quả nổi bật", "not"],
    ["Kinh tế tăng trưởng 7%", "not"]
  ])("a newspaper's section label is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.ui.section")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it("gives the model no feature of a row kept from its features, and decides the line by it", () => {
    const lines = ["Chính trị", "POWERED BY", "Chia sẻ"]
    const segments = segmentLines(lines).segments
    // `vi.ui.label` is a feature as before; the section label and the software credit are not
    expect(ruleHitsOf(segments, rules).map((r) => [r.hits.kind, r.match?.rule.id])).toEqual([
      [null, "common.ui.section"],
      [null, "common.ui.powered-by"],
      ["ui", "vi.ui.label"]
    ])
    expect(kinds(lines)).toEqual(["ui", "ui", "ui"])
  })

  it.each([
    // the footer's credit to the software: Báo Quảng Trị, Báo Nghệ An's French edition
    ["POWERED BY", "common.ui.powered-by"],
    ["ALIMENTÉ PARGRATUITCMS- UN PRODUIT DENEKO", "common.ui.powered-by"],
    // a sentence that opens so is not one
    ["Propulsé par la croissance des exportations, le PIB a progressé de 8 %.", "not"]
  ])("the footer's credit to the site's software is certain ui: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.kind).not.toBe("ui")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "ui", true])
  })

  it.each([
    // real lines of Báo Thanh Hóa and Vietnam.vn's French edition (Tin Tức's text)
    ["NM (Nguồn: Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa)", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa"],
    ["TH (selon le journal Tin Tuc)Source", "le journal Tin Tuc"]
  ])("initials and the source in brackets are a certain source: %s", (line, outlet) => {
    const match = firstMatch(rules.noise, line, "any")
    expect([match?.rule.id, match?.rule.kind, match?.rule.certain, match?.captures.outlet]).toEqual([
      "common.source.initials-bracket",
      "source",
      true,
      outlet
    ])
  })

  it.each([
    // Báo Phú Thọ's unfilled headline, Đà Nẵng procuracy's portlet identifier
    ["{title}", "common.residue.code"],
    ["menu_WAR_vienkiemsatportlet_INSTANCE_hKWBd2nFDgz3", "common.residue.code"],
    // a file name is an image's; a dateline with an unfilled date is not code
    ["img_2915_final.jpg", "common.image.file"],
    ["DNUM_BBZBAZCABH 09:58", "not"]
  ])("a template's placeholder or a widget's identifier is certain other noise: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.residue.code")
    else expect(match?.rule.id).toBe(id)
  })

  it.each([
    // Báo Nam Định's lone commas, Báo Bà Rịa - Vũng Tàu's and Báo Hưng Yên's lone semicolons
    [",", "common.residue.punctuation"],
    [";", "common.residue.punctuation"],
    // a lone stop stays the table residue's; a line with words is text
    [".", "common.residue.table"],
    ["Cập nhật lúc: 18:00 |22/05/2022", "not"]
  ])("a lone comma or semicolon is certain other noise: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("common.residue.punctuation")
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "other_noise", true])
  })

  it.each([
    // AFP on Boursorama, Đảng Cộng sản's French edition, VOVworld
    [
      "Photo diffusée par le 14e Congrès national, via l'Agence de presse vietnamienne, le 19 janvier 2026, montrant les délégués.",
      "fr.caption.photo-of"
    ],
    ["Photographie de la copie manuscrite du Testament du président Hô Chi Minh", "fr.caption.photo-of"],
    ["Photo d'illustration: VOV", "any"],
    // a headline saying what it shows (Lao Động), a sentence naming a photo further on
    ["Image de la cérémonie d'ouverture solennelle du XIVe Congrès du Parti", "not"],
    ["Photographier les paysages de Ha Giang est devenu une passion.", "not"]
  ])("a line opening on the photo it shows is a certain caption: %s", (line, id) => {
    const match = firstMatch(rules.noise, line, "any")
    if (id === "not") expect(match?.rule.id).not.toBe("fr.caption.photo-of")
    else if (id === "any") expect([match?.rule.kind, match?.rule.certain]).toEqual(["caption", true])
    else expect([match?.rule.id, match?.rule.kind, match?.rule.certain]).toEqual([id, "caption", true])
  })

  it("takes names in capitals the model calls other noise for a byline (real lines of Vietnam.vn, BizLIVE, Lao Động)", () => {
    const lines = ["DUY CUONG", "MẠNH NGUYỄN", "QUANG ĐẠI |", "CHƯƠNG TRÌNH HÔM NAY", "LE XUAN DAI", "Source"]
    const given: ReadonlyArray<Kind> = ["source", "comment", "image", "ticker", "body", "source"]
    const decisions = given.map((kind) => ({ kind, score: 0.5, evidence: [] as Array<string> }))
    namesInCapitals(
      segmentLines(lines).segments,
      lines.map(() => null),
      decisions
    )
    // a heading in capitals is no names; a signature the model keeps as content stays content
    expect(decisions.map((d) => d.kind)).toEqual(["byline", "byline", "byline", "ticker", "body", "source"])
  })
})

/** Each line's kind after `step`, given the kinds the model gave (`kind step` for a line it relabelled). */
const afterStep =
  (
    step: (
      segments: ReadonlyArray<ReturnType<typeof segmentLines>["segments"][number]>,
      decided: ReadonlyArray<null>,
      decisions: Array<{ kind: Kind; score: number; evidence: Array<string> }>
    ) => void
  ) =>
  (lines: ReadonlyArray<string>, given: ReadonlyArray<Kind>) => {
    const decisions = given.map((kind) => ({ kind, score: 0.5, evidence: [] as Array<string> }))
    step(
      segmentLines(lines).segments,
      lines.map(() => null),
      decisions
    )
    return decisions.map((d) => (d.evidence.length > 0 ? `${d.kind} ${d.evidence[0]!.replace("layout:", "")}` : d.kind))
  }

describe("a formula addressing the reader or closing a letter", () => {
  const formulas = afterStep(addressFormulas)

  it.each([
    // real lines of Communistus, Báo Lạng Sơn, Báo Quảng Bình, Báo Hà Giang, Vietnam.vn (French), VOV World
    ["Bonjour,", "other_noise"],
    ["Trân trọng!", "comment"],
    ["Thưa các đồng chí đại biểu,", "ui"],
    ["Kính thưa quý vị đại biểu!", "byline"],
    ["Chers camarades,", "other_noise"],
    ["Merci chers amis de vos rapports d’écoute et de votre fidélité!", "caption"]
  ] as const)("is the text's, body, where the model calls it noise: %s", (line, kind) => {
    expect(formulas([body.vi, line], ["body", kind])).toEqual(["body", "body address-formula"])
  })

  it("leaves other short lines, image residue and content alone (real lines of VOV World, Báo Quảng Bình)", () => {
    expect(formulas(["Chia sẻ", "Thưa thớt người qua lại", "Bonjour,"], ["ui", "caption", "image"])).toEqual([
      "ui",
      "caption",
      "image"
    ])
    expect(formulas(["Thưa toàn thể Hội nghị,"], ["body"])).toEqual(["body"])
  })
})

describe("a name among the site's chrome", () => {
  const names = afterStep(chromeNames)

  it("is chrome under a section's label, in a footer's staff list, under a builder's credit (real lines of VNews, VOV1, Báo Quảng Trị)", () => {
    expect(
      names(
        ["Chính trị", "Hoạt động của Lãnh đạo Đảng, Nhà nước", "Phạm Minh Chính", "Xem thêm"],
        ["ui", "ui", "byline", "related"]
      )
    ).toEqual(["ui", "ui", "ui chrome-name", "related"])
    expect(
      names(
        [
          "BAN THỜI SỰ - VOV1 Địa chỉ: 41- 43 Bà Triệu, Hà Nội Trưởng Ban: Nguyễn Vũ Duy",
          "Lê Thị Hằng",
          "Hoàng Trung Dũng"
        ],
        ["ui", "ui", "byline"]
      )
    ).toEqual(["ui", "ui", "ui chrome-name"])
    expect(names(["Thời tiết", "POWERED BY", "Việt Long"], ["ui", "ui", "byline"])).toEqual([
      "ui",
      "ui",
      "ui chrome-name"
    ])
  })

  it("leaves a byline next to the article's text alone (real lines of Réseau Bastille, Thanh Tra, Báo Long An)", () => {
    expect(
      names(["International", "dimanche 1er février 2026, par DI NOLA Massimo", body.fr], ["ui", "byline", "body"])
    ).toEqual(["ui", "byline", "body"])
    expect(names([body.vi, "Hương Giang"], ["body", "byline"])).toEqual(["body", "byline"])
    expect(names([body.vi, "Hữu Bằng- Thanh Hiểu", "Chia sẻ"], ["body", "byline", "ui"])).toEqual([
      "body",
      "byline",
      "ui"
    ])
  })
})

describe("names right under the headline", () => {
  const names = afterStep(namesUnderHeadline)

  it("are the byline where the model calls them chrome (real lines of BizLIVE, VOV World, Lao Động)", () => {
    expect(
      names(
        ["Quốc hội chính thức miễn nhiệm Chủ tịch Nguyễn Sinh Hùng", "Mạnh Nguyễn", "17:04 30/03/2016"],
        ["title", "ui", "dateline"]
      )
    ).toEqual(["title", "byline names-under-headline", "dateline"])
    expect(names(["La fête de la grande union nationale", "Thu Hoa", "Chia sẻ"], ["title", "ui", "ui"])).toEqual([
      "title",
      "byline names-under-headline",
      "ui"
    ])
    expect(
      names(
        [
          "Le vice-président de la Confédération générale du travail du Vietnam remet des cadeaux du Têt à Hà Tĩnh",
          "TRẦN TUẤN |",
          body.fr
        ],
        ["title", "ui", "body"]
      )
    ).toEqual(["title", "byline names-under-headline", "body"])
  })

  it("leaves chrome under the headline chrome (real lines of VOV World, Kiến Thức, Viettan)", () => {
    expect(names(["Clôture du 14e plénum du CC du PCV", "Chia sẻ", body.fr], ["title", "ui", "body"])).toEqual([
      "title",
      "ui",
      "body"
    ])
    expect(
      names(["Đề nghị Bộ Chính trị khai trừ khỏi Đảng đối với 1 trường hợp", "Google News"], ["title", "ui"])
    ).toEqual(["title", "ui"])
    expect(names(["Le Vietnam élit ses députés, scrutin sans suspense", "Share on facebook"], ["title", "ui"])).toEqual(
      ["title", "ui"]
    )
  })
})

describe("a name or a credit between two paragraphs", () => {
  const between = afterStep(bylinesBetweenParagraphs)
  const sucKhoe = [
    "Trong hai ngày (1-2/12), Ủy ban Kiểm tra Trung ương (UBKTTW) đã họp kỳ 50, tiến hành xem xét, kết luận các nội dung liên quan đến công tác kỷ luật đảng.",
    "Căn cứ quy định của Đảng về xử lý kỷ luật đảng viên, UBKTTW đề nghị Bộ Chính trị, Ban Chấp hành Trung ương xem xét khai trừ ông Nguyễn Đức Chung ra khỏi Đảng."
  ]
  const conversation = [
    "« L’immuable » se ressent d’abord et avant tout dans les termes de la résolution adoptée à la clôture du congrès.",
    "« L’inchangé » pourrait s’observer, sur une autre échelle, dans la nouvelle composition des plus hautes instances du Parti."
  ]

  it("is a photo's caption or credit where the model calls it a byline (real lines of Sức khỏe & Đời sống, The Conversation, Việt Tân)", () => {
    expect(between([sucKhoe[0]!, "Ông Nguyễn Đức Chung", sucKhoe[1]!], ["body", "byline", "body"])).toEqual([
      "body",
      "caption byline-between-paragraphs",
      "body"
    ])
    expect(
      between([conversation[0]!, "Viet Nam News Agency/AFP", conversation[1]!], ["body", "byline", "body"])
    ).toEqual(["body", "caption byline-between-paragraphs", "body"])
    expect(between(["JPEG - 2.5 ko", "Carl Thayer", conversation[1]!], ["image", "byline", "body"])).toEqual([
      "image",
      "caption byline-between-paragraphs",
      "body"
    ])
  })

  it("leaves a pen name alone between two paragraphs a byline (real lines of Báo Tây Ninh)", () => {
    const tayNinh = [
      "Chiều 31.12, Thành uỷ Tây Ninh tổ chức Lễ trao tặng Huy hiệu 60 năm tuổi Đảng cho đảng viên Nguyễn Thị Minh, nguyên Uỷ viên Trung ương Đảng, nguyên Bí thư Tỉnh uỷ Tây Ninh.",
      "Tố Tuấn",
      "Tại buổi làm việc với Đảng uỷ xã Mỹ Lộc, tỉnh Tây Ninh vào chiều 22/7, Phó Bí thư Tỉnh uỷ, Chủ tịch UBMTTQ Việt Nam tỉnh Tây Ninh Nguyễn Thanh Hải yêu cầu địa phương này nhanh chóng bắt nhịp với mô hình chính quyền mới."
    ]
    expect(between(tayNinh, ["body", "byline", "body"])).toEqual(["body", "byline", "body"])
  })

  it("leaves a byline by the headline or closing the article a byline (real lines of Thanh Tra, Lao Động, Báo Long An)", () => {
    expect(between([body.vi, "Hương Giang"], ["body", "byline"])).toEqual(["body", "byline"])
    expect(between([body.vi, "Hữu Bằng- Thanh Hiểu", "Chia sẻ"], ["body", "byline", "ui"])).toEqual([
      "body",
      "byline",
      "ui"
    ])
    expect(
      between(
        [
          "Le vice-président de la Confédération générale du travail du Vietnam remet des cadeaux du Têt à Hà Tĩnh",
          "TRẦN TUẤN |",
          body.fr
        ],
        ["title", "byline", "body"]
      )
    ).toEqual(["title", "byline", "body"])
  })
})

describe("a date line the model calls chrome", () => {
  const dates = afterStep(datesCalledChrome)

  it.each([
    // real date lines at the top of pages of Communistus, Báo Cần Thơ, Overblog, Báo Long An
    "9 août 2024 · no 214",
    "27/11/2011 - 08:49",
    "29/11/2018 15:38",
    "16/10/2015 - 16:39"
  ])("is the article's dateline: %s", (line) => {
    expect(dates(["Média communiste pour toute l'Europe", line], ["ui", "ui"])).toEqual([
      "ui",
      "dateline date-as-chrome"
    ])
  })

  it("leaves the site's clock and other chrome alone, and a related item's date (real lines of Tạp chí Quốc phòng toàn dân, Báo Lạng Sơn, Hội Nông dân Bắc Giang, VOV World, BNews)", () => {
    expect(
      dates(
        ["Thứ Sáu, 22/11/2024, 16:08 (GMT+7)", "Thứ sáu,  15/10/2021", "Lượt xem: 98", "Chia sẻ"],
        ["ui", "ui", "ui", "ui"]
      )
    ).toEqual(["ui", "ui", "ui", "ui"])
    expect(dates(["16:13' - 10/04/2021"], ["related"])).toEqual(["related"])
  })
})

describe("another article's tagged lede under the end of this one", () => {
  const teasers = afterStep(teaserLedes)
  const kgo =
    "(KGO) - Ngày 1-7-2025, tỉnh mới An Giang chính thức hình thành trên bản đồ hành chính Việt Nam, là kết quả của quá trình hợp nhất hai tỉnh liền kề An Giang và Kiên Giang. Không chỉ là sự thay đổi về ranh giới địa lý hay cơ cấu bộ máy chính quyền, đây là dấu mốc lịch sử trong thực hiện nghị quyết Trung ương về sắp xếp tổ chức bộ máy tinh gọn, hiệu quả và mở rộng không gian phát triển toàn vùng."
  const tpo =
    "TPO - Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình vừa ký các quyết định của Thủ tướng Chính phủ p"

  it("is related under the byline or a related headline (real lines of Báo Kiên Giang, 24h)", () => {
    expect(
      teasers(
        [
          "Tại kỳ họp này, HĐND tỉnh Kiên Giang lấy ý kiến đại biểu đối với dự thảo Luật Đất đai (sửa đổi).",
          "Tin và ảnh: THU OANH",
          kgo
        ],
        ["body", "byline", "body"]
      )
    ).toEqual(["body", "byline", "related teaser-lede"])
    expect(
      teasers(
        [
          "Quốc hội sẽ họp riêng về công tác nhân sự trong buổi sáng ngày 25/10.",
          "Thủ tướng Chính phủ bổ nhiệm, phê chuẩn nhân sự",
          tpo
        ],
        ["body", "related", "body"]
      )
    ).toEqual(["body", "related", "related teaser-lede"])
  })

  it("leaves the article's own lede alone (real lines of Báo Kiểm toán, 24h)", () => {
    expect(
      teasers(
        [
          "Đại hội Đảng toàn quốc lần thứ XIV: Ngọn lửa niềm tin soi sáng tương lai",
          "(BKTO) - Sáng ngày 20 tháng 1 năm 2026, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đã long trọng khai mạc tại Trung tâm Hội nghị Quốc gia, Thủ đô Hà Nội. Đây là sự kiện chính trị trọng đại của toàn Đảng, toàn dân, toàn quân, mở ra kỷ nguyên vươn mình mạnh mẽ của dân tộc. Từ thành thị đến ngoại thành, từ Thủ đô đến những miền quê xa xôi, không khí phấn khởi, niềm tin và kỳ vọng lan tỏa rộng khắp, thể hiện tình cảm sắt son của nhân dân dành cho Đảng."
        ],
        ["title", "body"]
      )
    ).toEqual(["title", "body"])
    // A byline over the lede, no text of the article above it.
    expect(teasers(["Tin và ảnh: THU OANH", kgo], ["byline", "body"])).toEqual(["byline", "body"])
    // Under a line of the article's text, not its end.
    expect(
      teasers(["Quốc hội sẽ họp riêng về công tác nhân sự trong buổi sáng ngày 25/10.", tpo], ["body", "body"])
    ).toEqual(["body", "body"])
  })
})

describe("a lede printed twice, once with its tag or cut short", () => {
  const repeats = (lines: ReadonlyArray<string>, given: ReadonlyArray<Kind>) => {
    const decisions = given.map((kind) => ({ kind, score: 0.5, evidence: [] as Array<string> }))
    nearRepeats(
      lines.map((line) => lettersAndNumbersOnly(line.toLowerCase())),
      lines.map(() => null),
      decisions
    )
    return decisions.map((d) => (d.evidence.length > 0 ? `${d.kind} ${d.evidence[0]!.replace("layout:", "")}` : d.kind))
  }

  it("is noise without the tag under the tagged lede (real lines of Báo Thanh Hóa, Báo Cà Mau)", () => {
    expect(
      repeats(
        [
          "(Baothanhhoa.vn) - Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa thông báo thời gian, chương trình Kỳ họp thứ 38, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026.",
          "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa thông báo thời gian, chương trình Kỳ họp thứ 38, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026.",
          "Quang cảnh Kỳ họp thứ 37, HĐND tỉnh Thanh Hóa khóa XVIII. (Ảnh: Minh Hiếu)"
        ],
        ["body", "body", "caption"]
      )
    ).toEqual(["body", "other_noise tagless-repeat", "caption"])
    expect(
      repeats(
        [
          "Báo Cà Mau Dưới ánh sáng đường lối của Đảng, từ những hạt giống đỏ được Đảng gieo mầm trong tổ chức Đảng đầu tiên ở thị trấn Cà Mau (tỉnh Bạc Liêu) tháng 1/1930, qua những chặng đường đấu tranh cách mạng nhiều hy sinh, gian khổ trong 2 cuộc kháng chiến cứu nước và khó khăn, thử thách trong xây dựng, bảo vệ Tổ quốc, Đảng bộ Cà Mau đã phát triển không ngừng qua từng nhiệm kỳ.",
          "Dưới ánh sáng đường lối của Đảng, từ những hạt giống đỏ được Đảng gieo mầm trong tổ chức Đảng đầu tiên ở thị trấn Cà Mau (tỉnh Bạc Liêu) tháng 1/1930, qua những chặng đường đấu tranh cách mạng nhiều hy sinh, gian khổ trong 2 cuộc kháng chiến cứu nước và khó khăn, thử thách trong xây dựng, bảo vệ Tổ quốc, Đảng bộ Cà Mau đã phát triển không ngừng qua từng nhiệm kỳ.",
          "Tiến tới Đại hội đại biểu lần XV Đảng bộ tỉnh, Đảng bộ Cà Mau một lần nữa viết tiếp vào trang sử vẻ vang của vùng đất cuối trời Tổ quốc, khẳng định sự trưởng thành vượt bậc của một đảng bộ anh hùng."
        ],
        ["body", "body", "body"]
      )
    ).toEqual(["body", "other_noise tagless-repeat", "body"])
  })

  it("is noise cut short over the full paragraph (real lines of Vietnam+, Le Petit Journal)", () => {
    expect(
      repeats(
        [
          "Ouverture du 11e Plénum du Comité central du Parti (XIIe mandat)",
          "Le 11e Plénum du Comité central du Parti communiste du Vietnam (12e mandat) a eu lieu du 7 au 12 octobre. Les participants ont évalué les résultats de développement national ces 10 dernières années...",
          "Le 11e Plénum du Comité central du Parti communiste du Vietnam (12e mandat) a eu lieu du 7 au 12 octobre. Les participants ont évalué les résultats de développement national ces 10 dernières années, ainsi que la mise en œuvre quinquennale de l’application de la Résolution du 12e Congrès national du Parti. Le secrétaire général Nguyen Phu Trong a souligné que ces évaluations aideraient à définir les orientations pour la période suivante.-VNA"
        ],
        ["title", "body", "body"]
      )
    ).toEqual(["title", "other_noise cut-teaser", "body"])
    expect(
      repeats(
        [
          "Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire",
          "Le Petit Journal vous propose, à travers cette série intitulée « Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire… », de retracer l’évolution du Parti communiste vietnamien depuis ses débuts clandestins jusqu’à son",
          "Le Petit Journal vous propose, à travers cette série intitulée « Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire… », de retracer l’évolution du Parti communiste vietnamien depuis ses débuts clandestins jusqu’à son rôle central dans le Vietnam contemporain."
        ],
        ["title", "body", "body"]
      )
    ).toEqual(["title", "other_noise cut-teaser", "body"])
  })

  it("leaves a lede printed again with its tag and a heading a paragraph opens with again (real lines of Đại hội Đảng, Bắc Giang TV)", () => {
    expect(
      repeats(
        [
          "Une conférence nationale a commencé le 27 mars dans le but d’étudier et vulgariser la Résolution du 13e Congrès national du Parti.",
          "Panorama de la conférence à Hanoï. Photo : VNA",
          "Hanoï (VNA) – Une conférence nationale a commencé le 27 mars dans le but d’étudier et vulgariser la Résolution du 13e Congrès national du Parti."
        ],
        ["body", "caption", "body"]
      )
    ).toEqual(["body", "caption", "body"])
    expect(
      repeats(
        [
          "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH BẮC GIANG LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025",
          "-----",
          "Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX, nhiệm kỳ 2020-2025 họp từ ngày 13/10/2020 đến ngày 15/10/2020 tại Trung tâm Hội nghị tỉnh, với sự tham gia của 350 đại biểu chính thức trong tổng số 350 đại biểu được triệu tập. Đại hội đã nghe và thảo luận Báo cáo chính trị, Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh khoá XVIII, nhiệm kỳ 2015-2020; Báo cáo tổng hợp ý kiến đóng góp vào các dự thảo văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; tiến hành bầu Ban Chấp hành Đảng bộ tỉnh khoá XIX và bầu Đoàn đại biểu của Đảng bộ tỉnh đi dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; trên cơ sở đó:"
        ],
        ["body", "other_noise", "body"]
      )
    ).toEqual(["body", "other_noise", "body"])
  })

  // What `nearRepeats` replaced: every tail of every earlier line (its head of 1 to 40 letters cut, at
  // least 30 left) in a set. The tails are now found by the lines' last 30 letters: the same lines.
  const byTails = (
    keys: ReadonlyArray<string>,
    decisions: Array<{ kind: Kind; score: number; evidence: Array<string> }>
  ) => {
    const tails = new Set<string>()
    const asked = (index: number) => decisions[index]!.kind === "body"
    keys.forEach((key, index) => {
      if (key.length >= 30 && asked(index) && tails.has(key)) {
        decisions[index]!.kind = "other_noise"
        decisions[index]!.evidence.push("layout:tagless-repeat")
      } else if (key.length >= 100 && asked(index)) {
        const full = keys.findIndex((k, at) => at > index && k.length > key.length && k.startsWith(key))
        if (full >= 0) {
          decisions[index]!.kind = "other_noise"
          decisions[index]!.evidence.push("layout:cut-teaser")
        }
      }
      for (let head = 1; head <= 40 && key.length - head >= 30; head++) tails.add(key.slice(head))
    })
    return decisions.map((d) => `${d.kind} ${d.evidence.join(" ")}`)
  }

  it("finds the repeats every tail of the earlier lines finds (gold pages, their lines cut and tagged)", () => {
    const keyOf = (line: string) => lettersAndNumbersOnly(line.toLowerCase())
    let found = 0
    // Heads of 1 to 45 letters in turn over the gold's lines (a page has 32 lines at most).
    let n = 0
    for (const page of loadGoldPages(rules.outlets)) {
      const lines = page.segments.map((segment) => segment.text)
      // Each line again with its head cut or a tag ahead, among the page's lines.
      const keys = lines.flatMap((line, index) => {
        const key = keyOf(line)
        n++
        const cut = key.slice(1 + (n % 45))
        const tag = "vna0123456789abcdefghijklmnopqrstuvwxyzbaocamau".slice(0, 1 + (n % 45))
        return index % 3 === 0 ? [`${tag}${key}`, key] : index % 3 === 1 ? [key, cut] : [key]
      })
      const given = () =>
        keys.map((_, index) => ({
          kind: (index % 7 === 0 ? "caption" : "body") as Kind,
          score: 0.5,
          evidence: [] as Array<string>
        }))
      const now = given()
      nearRepeats(
        keys,
        keys.map(() => null),
        now
      )
      const shown = now.map((d) => `${d.kind} ${d.evidence.join(" ")}`)
      expect(shown, page.file).toEqual(byTails(keys, given()))
      found += shown.filter((s) => s.includes("repeat")).length
    }
    expect(found).toBeGreaterThan(500)
  })
})

describe("the model's evidence", () => {
  /** What `strongestFeatures` was: every contribution, those over 0.25, sorted (stable) by falling contribution, cut. */
  const sortedEvidence = (model: LineModel, x: SparseBuffer, kind: number, against: number): Array<string> => {
    const w = model.weights[kind]!
    const v = model.weights[against]!
    const contributions: Array<[number, number]> = []
    for (let j = 0; j < x.length; j++) {
      const f = x.indices[j]!
      if (f !== 0) contributions.push([f, (w[f]! - v[f]!) * x.values[j]!])
    }
    return contributions
      .filter(([, c]) => c > 0.25)
      .sort((a, b) => b[1] - a[1])
      .slice(0, Config.classifier.evidenceFeatures)
      .map(([f]) => `model:${featureName(model, f)}`)
  }

  it("names the features a stable sort by falling contribution puts first (the shipped model, and one of many equal weights)", () => {
    let state = 29
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state / 2147483648
    }
    const shipped = rules.lineModel!
    const size = featureNames.length + shipped.vocabulary.length
    const ties: LineModel = {
      ...shipped,
      weights: shipped.weights.map(() => Float64Array.from({ length: size }, () => Math.floor(random() * 4) / 2))
    }
    for (const model of [shipped, ties]) {
      for (let round = 0; round < 3_000; round++) {
        const indices: Array<number> = []
        for (let f = 0; f < size; f++) if (random() < 0.08) indices.push(f)
        const x: SparseBuffer = {
          indices: Int32Array.from(indices),
          values: Float64Array.from(indices, () => (random() < 0.7 ? 1 : Math.floor(random() * 5) / 4)),
          length: indices.length
        }
        const kind = Math.floor(random() * model.classes.length)
        const against = Math.floor(random() * model.classes.length)
        expect(strongestFeatures(model, x, kind, against)).toEqual(sortedEvidence(model, x, kind, against))
      }
    }
  })
})

/**
 * The title step's and the layout steps' tests as the cls11 pass wrote them (read from the end, gated,
 * the cheapest first) answer what the patterns and code they replace answer: every gold line, the same in
 * upper and lower case, odd lines and random strings of the characters they read.
 */
describe("the layout steps' cheaper tests", () => {
  const gold = loadGoldPages(rules.outlets).flatMap((page) => page.segments.map((segment) => segment.text))
  const odd = [
    "Trang chủ > Tin tức > Hội nghị trực tuyến",
    "Home / Page d'accueil / Actualités",
    "• Trang chủ",
    "Bệnh viện Hữu nghị Đa khoa Nghệ An > TIN TỨC > Tin y tế > Hội nghị trực tuyến “Đổi mới phong cách”",
    "A › B › C",
    "Le Président Ho Chi Minh a affirmé :",
    "Le Président a déclaré :»",
    "… le 19 janvier 2026 à Hanoï ( AFP / Nhac NGUYEN )",
    "Photo d'illustration/VTV",
    "Luong Cuong (au centre) prêtant serment",
    "Les consommateurs sont-ils faciles à vivre ?",
    "Vraiment ?!",
    "?",
    "..",
    "Fin.”)",
    "Fin..”",
    "Sáng 1/3. - Đà Nẵng -",
    "Đại hội Đảng toàn quốc lần thứ XIII - Tin mới nhất hôm nay |",
    "ΣΟΦΊΑ ΚΑΙ ΑΘΉΝΑ",
    "𝐀𝐁𝐂𝐃 𝐄𝐅𝐆𝐇 ?",
    "\ud800 lone ! ",
    ""
  ]
  const alphabet = [...'aAéÉđĐảẢ1 .,;:!?…"»”’)(|/>›-\t'].concat([
    "«",
    "\u00a0",
    "𝐀",
    "\udc00",
    "Trang chủ",
    "Home",
    "photo",
    "Ảnh",
    "a dit",
    " cho biết"
  ])
  const texts = [...odd, ...gold].flatMap((line) => [line, line.toUpperCase(), line.toLowerCase()])
  texts.push(...randomStrings(alphabet, 20_000, 14, 29))

  // As they were written before.
  const letters = /\p{L}/gu
  const inCapitalsBefore = (text: string): boolean => {
    const found = text.match(letters) ?? []
    return found.length >= 8 && /\s/u.test(text.trim()) && !/\p{Ll}/u.test(text)
  }
  const isBreadcrumbTrailBefore = (text: string): boolean => {
    const trimmed = text.trim()
    if (trimmed.length > 400) return false
    if (/^\P{L}{0,3}(?:Trang chủ|Home|Accueil)\s*[>»›/|]\s*\S/iu.test(trimmed)) return true
    const parts = trimmed
      .replace(/^\P{L}{0,3}/u, "")
      .split(/\s+[>»›]\s+/u)
      .map((part) => part.trim())
    return (
      parts.length >= 3 &&
      parts
        .slice(0, -1)
        .every((part) => part.length > 0 && part.length <= 50 && part.split(" ").length <= 8 && !/[.!?:]$/u.test(part))
    )
  }
  const listHeadlineBefore = (text: string): boolean => {
    const probe = probeOf(text)
      .replace(/\s+[-|]$/u, "")
      .trim()
    return (
      probe.length >= 30 &&
      probe.length <= Config.layout.titleMaxChars &&
      probe.split(/\s+/u).length >= 5 &&
      !/[.;:,…]["»”’)]*$/u.test(probe) &&
      !/[.!?…]["»”’)]*\s+["«“‘(]?\p{Lu}/u.test(probe)
    )
  }
  const photoCredits = shapeRows.filter((row) => row.id === "photo-credit" || row.id === "photo-credit-bare")
  const endsInFullStopBefore = (text: string): boolean => /(?<!\.)\.["»”’)]*$/u.test(probeOf(text))
  const canBeTitleBefore = (text: string): boolean => {
    const probe = probeOf(text)
    return (
      !/\|\s*$/u.test(text) &&
      !partHeading.test(probe) &&
      !numberedSection.test(probe) &&
      !homeLink.test(probe) &&
      !/[,;]["»”’)]*$/u.test(probe) &&
      !endsInFullStopBefore(text) &&
      !creditedSentence.test(probe) &&
      !labelledStamp.test(probe) &&
      !quoteLeadIn.test(probe) &&
      !photoCredits.some((row) => row.pattern.test(probe)) &&
      !slashCredit.test(probe) &&
      !photoPosition.test(probe)
    )
  }

  it("answer as before", () => {
    const seen = { capitals: 0, trail: 0, list: 0, fullStop: 0, asks: 0, title: 0 }
    for (const text of texts) {
      const expected = {
        capitals: inCapitalsBefore(text),
        trail: isBreadcrumbTrailBefore(text),
        list: listHeadlineBefore(text),
        fullStop: endsInFullStopBefore(text),
        asks: /[^?!][?!]["»”’)]*$/u.test(probeOf(text)),
        title: canBeTitleBefore(text)
      }
      expect(
        {
          capitals: inCapitals(text),
          trail: isBreadcrumbTrail(text),
          list: listHeadline(text),
          fullStop: endsInFullStop(text),
          asks: asksOrExclaims(probeOf(text)),
          title: canBeTitle(text)
        },
        text
      ).toEqual(expected)
      for (const key of Object.keys(seen) as Array<keyof typeof seen>) if (expected[key]) seen[key]++
    }
    // Each answer is given both ways many times.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(20)
    for (const count of Object.values(seen)) expect(count).toBeLessThan(texts.length - 20)
  })
})

describe("a group of pages classified step by step", () => {
  const pages = loadGoldPages(rules.outlets).map((page) => segment(page.record))
  const alone = pages.map((page) => JSON.stringify(classifyNoise(page, rules)))

  it("gives each gold page what it gets alone (groups of 16, of 3, and all the pages in one)", () => {
    for (const size of [16, 3, pages.length]) {
      for (let i = 0; i < pages.length; i += size) {
        const group = classifyGroup(pages.slice(i, i + size), rules)
        for (const [k, result] of group.entries()) expect(JSON.stringify(result)).toBe(alone[i + k])
      }
    }
  })

  it("fails only the page a step throws on, with what it threw; the others go on", () => {
    const thrown = new Error("no text")
    const broken = {
      ...pages[1]!,
      segments: pages[1]!.segments.map((line, index) =>
        index === 0
          ? Object.defineProperty({ ...line }, "text", {
              get: () => {
                throw thrown
              }
            })
          : line
      )
    }
    const group = classifyGroup([pages[0]!, broken, pages[2]!], rules)
    expect(group[1]).toBeInstanceOf(PageFailed)
    expect((group[1] as PageFailed).error).toBe(thrown)
    expect(JSON.stringify(group[0])).toBe(alone[0])
    expect(JSON.stringify(group[2])).toBe(alone[2])
    expect(() => classifyNoise(broken, rules)).toThrow(thrown)
  })
})
