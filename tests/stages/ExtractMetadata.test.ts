import { describe, expect, it } from "@effect/vitest"
import { Config } from "../../pipeline/Config.ts"
import { featureNames } from "../../pipeline/classifier/LineFeatures.ts"
import type { LineModel } from "../../pipeline/classifier/LineModel.ts"
import { processDocument } from "../../pipeline/Pipeline.ts"
import {
  datePatternGates,
  findDayMonth,
  findFullDate,
  findLedeDate,
  inferYear
} from "../../pipeline/stages/DateParsing.ts"
import { headlineOf, printedName } from "../../pipeline/stages/ExtractMetadata.ts"
import { detect, documentOf, goldAndSeedLines, processLines, rules } from "../support/pipeline.ts"

describe("dates", () => {
  it("reads full dates in bylines and datelines", () => {
    expect(findFullDate("Phương Mai (Thời sự - thoisu@vtv.vn)-Thứ năm, ngày 29/01/2015 17:58 GMT+7")).toMatchObject({
      year: 2015,
      month: 1,
      day: 29,
      hour: 17,
      minute: 58,
      offset: "+07:00"
    })
    expect(findFullDate("09:47 28/12/2023 GMT+7")).toMatchObject({
      year: 2023,
      month: 12,
      day: 28,
      hour: 9,
      minute: 47
    })
    expect(findFullDate("Publié le 16 décembre 2024 à 10h30")).toMatchObject({
      year: 2024,
      month: 12,
      day: 16,
      hour: 10
    })
    expect(findFullDate("31/02/2024")).toBeNull()
  })

  it("reads no date from a zone no place has: beyond ±14:00, or minutes past 59", () => {
    expect(findFullDate("29/01/2015 17:58 GMT+14")).toMatchObject({ day: 29, offset: "+14:00" })
    expect(findFullDate("2015-01-29T17:58:00-09:30")).toMatchObject({ day: 29, offset: "-09:30" })
    expect(findFullDate("29/01/2015 17:58 GMT+15")).toBeNull()
    expect(findFullDate("29/01/2015 17:58 GMT+99")).toBeNull()
    expect(findFullDate("2015-01-29T17:58:00+07:75")).toBeNull()
    expect(findFullDate("2015-01-29T17:58:00-14:30")).toBeNull()
  })

  // Real lines of the gold pages (tests/gold/*/raw), two outlets a shape.
  it.each([
    ["Được đăng: Thứ ba, 13 Tháng 10 2015 09:10", [2015, 10, 13, 9, 10]], // vi-provincial tuyengiaoangiang
    ["thông qua ngày 20 tháng 5 năm 2024", [2024, 5, 20, null, null]], // dev thvl
    ["PV August 20, 2025 17:59", [2025, 8, 20, 17, 59]], // fr-mt-provincial baonghean-fr
    ["— Viet Nam Government Portal (@VNGovtPortal) January 24, 2021", [2021, 1, 24, null, null]], // fr-desk-b lepetitjournal
    ["Đăng ngày 15-05-2022 10:48", [2022, 5, 15, 10, 48]], // vi-national vksdanang
    ["Báo Gia LaiBáo Gia Lai16/04/2025", [2025, 4, 16, null, null]] // fr-mt-national vietnam.vn
  ])("reads a full date in the shape of %s", (line, [year, month, day, hour, minute]) => {
    expect(findFullDate(line)).toMatchObject({ year, month, day, hour, minute })
  })

  it.each([
    ["Đảng bộ tỉnh Vĩnh Phúc - Dấu ấn nửa nhiệm kỳ (03/02/2019 21:20)", "Đảng bộ tỉnh Vĩnh Phúc - Dấu ấn nửa nhiệm kỳ"],
    [
      "/ Đề nghị kỷ luật 4 tổ chức Đảng, 23 đảng viên trong quân đội",
      "Đề nghị kỷ luật 4 tổ chức Đảng, 23 đảng viên trong quân đội"
    ],
    [
      "Kỷ niệm 35 năm Ngày thành lập Đảng bộ Khối các cơ quan thành phố Đà Nẵng (16/7/1987 - 16/7/2022)",
      "Kỷ niệm 35 năm Ngày thành lập Đảng bộ Khối các cơ quan thành phố Đà Nẵng (16/7/1987 - 16/7/2022)"
    ],
    [
      "Le secrétaire national du Parti communiste français en terre vietnamienne (17-25/07/2019)",
      "Le secrétaire national du Parti communiste français en terre vietnamienne (17-25/07/2019)"
    ],
    // a breadcrumb glued before the headline: a real line of Le Petit Journal (fr-desk-b), and the
    // `Trang chủ > Tin tức > [Chuyên mục] > [Tiêu đề]` trail Vietnamese site templates print (written here)
    [
      "Home / Page d'accueil  / Actualités générales  / Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire",
      "Congrès nationaux du Parti communiste vietnamien : 90 ans d’Histoire"
    ],
    [
      "Trang chủ > Tin tức > Thời sự > Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
      "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"
    ],
    // a stray table pipe after it (a text scrape's table cell), but not a closing quotation mark (Vietnam.vn)
    ["Monter sur des pêchers |", "Monter sur des pêchers"],
    [
      "Réaliser le rêve des puces semi-conductrices « Made in Vietnam »",
      "Réaliser le rêve des puces semi-conductrices « Made in Vietnam »"
    ],
    // a scraper's `date` field glued before it: real lines of Le Courrier (fr-more-outlets); a headline
    // opening on a date of its own stays whole
    [
      " date 2025-12-26 La vitalité du patrimoine culturel vietnamien en grand format",
      "La vitalité du patrimoine culturel vietnamien en grand format"
    ],
    ["date 2022-12 Photo d'illustration/VTV", "Photo d'illustration/VTV"],
    ["2025-12-26 : la vitalité du patrimoine culturel", "2025-12-26 : la vitalité du patrimoine culturel"],
    // a mark in quotation marks after it (Báo Quảng Bình); a quotation of its own closing it stays
    [
      'Tập trung sự lãnh đạo của cấp ủy, bảo đảm cho đại hội Đảng các cấp thành công tốt đẹp "*"',
      "Tập trung sự lãnh đạo của cấp ủy, bảo đảm cho đại hội Đảng các cấp thành công tốt đẹp"
    ],
    ["Les promesses de l'ère numérique | ", "Les promesses de l'ère numérique"],
    ['Le Vietnam, "ami sûr et fiable"', 'Le Vietnam, "ami sûr et fiable"'],
    // a publication stamp glued before it (vi-national/24_docnhanh-bi-thu-thanh-hoa-pho-chu-tich-ngo-van-tuan.txt,
    // line 13); a headline opening on a date and no time stays whole
    [
      "19/12/2017 00:58Bí thư Thanh Hóa nói về việc của Phó Chủ tịch UBND Ngô Văn Tuấn: 'Sẽ xử lý theo quy định'",
      "Bí thư Thanh Hóa nói về việc của Phó Chủ tịch UBND Ngô Văn Tuấn: 'Sẽ xử lý theo quy định'"
    ],
    ["30/4/1975 Giải phóng miền Nam", "30/4/1975 Giải phóng miền Nam"],
    // a template's empty field printed before it (vi-more3/15_btgdongthap-to-chuc-bo-may-ban-tuyen-giao.txt, line 3);
    // a headline opening on the word as a word of its own stays whole
    [
      "null Những vấn đề đặt ra đối với tổ chức bộ máy ban tuyên giáo địa phương",
      "Những vấn đề đặt ra đối với tổ chức bộ máy ban tuyên giáo địa phương"
    ],
    [
      "undefined Le Vietnam et la France renforcent leur coopération",
      "Le Vietnam et la France renforcent leur coopération"
    ],
    ["null et non avenu : le contrat annulé", "null et non avenu : le contrat annulé"],
    // a headline with a slash of its own, or one crumb only, stays whole
    ["Hà Nội / TP.HCM: giá xăng giảm từ 15 giờ chiều nay", "Hà Nội / TP.HCM: giá xăng giảm từ 15 giờ chiều nay"]
  ])(
    "takes a publication stamp, a breadcrumb or a stray mark off a headline, never its own dates: %s",
    (line, headline) => {
      expect(headlineOf(line)).toBe(headline)
    }
  )

  it("reads a day and month opening a lede", () => {
    expect(findLedeDate("Sáng 27/1, tại Hà Nội, Ban Tổ chức Trung ương tổ chức hội nghị")).toMatchObject({
      day: 27,
      month: 1,
      year: null
    })
    expect(findLedeDate("Sáng nay (29/1), tại Hà Nội")).toMatchObject({ day: 29, month: 1 })
    expect(findLedeDate("Le 16 décembre, à Hanoi, le Comité")).toMatchObject({ day: 16, month: 12 })
    expect(findLedeDate("Dans l'après-midi du 2 janvier, le Comité")).toMatchObject({ day: 2, month: 1 })
    expect(findLedeDate("Le Comité a tenu 16 réunions en décembre.")).toBeNull()
  })

  it("reads no lede date further in than its opening: an event the story reports", () => {
    expect(
      findLedeDate("La 9e session de la XVe Assemblée nationale (AN) débutera le 5 mai et terminera le 28 juin.")
    ).toBeNull()
    expect(findLedeDate("Hô Chi Minh-Ville - Le 1er février, le syndicat")).toMatchObject({ day: 1, month: 2 })
  })

  it("reads a lede's date as the first valid day and month of the whole text, kept when it opens the lede", () => {
    // What `findLedeDate` was before its patterns were asked only within the opening (`ledeDatePatterns`).
    const before = (text: string) => {
      const date = findDayMonth(text)
      return date !== null && date.index <= Config.metadata.ledeDateMaxOffset ? date : null
    }
    let seed = 5
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const parts = [
      ..."Sáng Chiều nay qua Ngày ngày Hôm ( ) , . le Le du au ce dès on On 1er 5 27/1 29/1 31/2 12/5/2024 32/1 2/13 janvier mars MARS décembre January may 2024 , x Hà Nội".split(
        " "
      ),
      " ",
      "  ",
      "\u00a0",
      "😀",
      "é"
    ]
    const texts = goldAndSeedLines(5_000)
    for (let i = 0; i < 30_000; i++)
      texts.push(
        Array.from({ length: 1 + random(24) }, () => parts[random(parts.length)]!).join(random(3) === 0 ? "" : " ")
      )
    let found = 0
    for (const text of texts) {
      const date = findLedeDate(text)
      if (date !== null) found++
      expect(date, text).toEqual(before(text))
    }
    expect(found).toBeGreaterThan(1_000)
  })

  it("infers the year from a review-and-plan pair: before July the second year, from July the first", () => {
    expect(inferYear(1, "tổng kết công tác năm 2014, triển khai nhiệm vụ năm 2015.", "")).toBe(2015)
    expect(inferYear(12, "examiner le travail en 2024 et déployer les tâches pour 2025", "")).toBe(2024)
  })

  it("prefers the same month printed with a year", () => {
    expect(inferYear(1, "le travail en décembre 2017 et les tâches pour janvier 2018", "... janvier 2018 ...")).toBe(
      2018
    )
    expect(inferYear(3, "", "kế hoạch tháng 3/2021 của Bộ")).toBe(2021)
  })

  it("answers null when the text holds no year", () => {
    expect(inferYear(5, "Sáng 12/5, tại Hà Nội", "Sáng 12/5, tại Hà Nội")).toBeNull()
  })

  it("takes no year printed only elsewhere in the text (an anniversary, a plan's horizon)", () => {
    const lede = "Le 19 janvier au matin, les délégués ont rendu hommage au Président Hô Chi Minh."
    expect(inferYear(1, lede, `${lede}\nUn pays développé à l'horizon 2045, 80 ans après 1945.`)).toBeNull()
  })
})

describe("the date patterns' gates", () => {
  it("hold on every text a pattern matches: gold and seed lines, and random strings of date parts", () => {
    const lines = goldAndSeedLines(2_000)
    const parts =
      "1 05 1er 1ER 12 2024 1999 / . - : , ( ) GMT+7 T 10h30 à at on On le Le du tháng Tháng năm Sáng janvier Décembre MARS August may \u00a0 \t x".split(
        " "
      )
    parts.push(" ", " ", " ")
    let seed = 11
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const strings: Array<string> = Array.from({ length: 20_000 }, () =>
      Array.from({ length: 1 + random(10) }, () => parts[random(parts.length)]!).join("")
    )
    // Dates as printed, their parts and separators drawn at random (one of them a no-break space or none).
    const pick = (options: ReadonlyArray<string>) => options[random(options.length)]!
    const separators = [" ", "  ", "", "\u00a0", "\t", "/", "-", ".", ", "]
    for (let i = 0; i < 20_000; i++) {
      const [a, b, c] = [pick(separators), pick(separators), pick(separators)]
      const word = pick(["on", "On", "le", "LE", "du", "dès le", "Sáng", "Ngày", "ngày", "x", ""])
      const day = pick(["1", "05", "1er", "1ER", "31", "7er"])
      const month = pick(["janvier", "Décembre", "MARS", "August", "may", "tháng 3", "Tháng 12", "03", "11"])
      const year = pick(["2024", "1999", "", "năm 2020"])
      strings.push(
        random(2) === 0 ? `${word}${a}${day}${b}${month}${c}${year}` : `${word}${a}${month}${b}${day}${c}${year}`
      )
    }
    let matched = 0
    for (const text of [...lines, ...strings]) {
      for (const [pattern, gates] of datePatternGates()) {
        if (!pattern.test(text)) continue
        matched++
        for (const gate of gates) expect(gate.test(text), `${pattern.source} on ${text}`).toBe(true)
      }
    }
    expect(matched).toBeGreaterThan(2_000)
  })
})

describe("a byline's printed name", () => {
  it.each([
    ["Vương Trần", "Vương Trần"],
    ["QUANG ĐẠI", "QUANG ĐẠI"],
    ["Linh Đan - Hà Lê", "Linh Đan - Hà Lê"],
    ["KIỀU VŨ (báo lao động) 22/05/2025 15:16 (GMT+7)", "KIỀU VŨ"],
    ["Ngan Hanh - Lam Tung - 10 juillet 2024 09:30", "Ngan Hanh - Lam Tung"],
    ["Hà Vũ 17/08/2024 09:30", "Hà Vũ"],
    ["Trọng Đức (TTXVN)", "Trọng Đức"],
    ["P. Thủy", "P. Thủy"],
    ["Xem cỡ chữ", null],
    ["Thứ Sáu, 22/11/2024, 16:08 (GMT+7)", null],
    ["29/11/2018 15:38", null],
    ["Trần Thị Thanh Thủy", "Trần Thị Thanh Thủy"],
    ["THẢO LUẬN TẠI HỘI TRƯỜNG", null],
    ["Ông Nguyễn Đức Chung", null]
  ])("%s gives %s", (line, name) => {
    expect(printedName(line)).toBe(name)
  })
})

describe("extractMetadata through the stages", () => {
  it("takes author, outlet and time from an e-mail byline", () => {
    const doc = processLines([
      "Hội nghị toàn quốc công tác tổ chức",
      "Phương Mai (Thời sự - thoisu@vtv.vn)-Thứ năm, ngày 29/01/2015 17:58 GMT+7",
      "Sáng nay (29/1), tại Hà Nội, Ban Tổ chức Trung ương đã tổ chức Hội nghị cán bộ toàn quốc năm 2014."
    ])
    expect(doc.metadata).toEqual({
      title: "Hội nghị toàn quốc công tác tổ chức",
      publishedDate: "2015-01-29",
      publishedAt: "2015-01-29T17:58:00+07:00",
      dateInferred: false,
      outlet: "VTV",
      author: "Phương Mai"
    })
  })

  it("reads the head's date after a sentence headline its sapo echoes (real lines of Vietnam.vn's French pages)", () => {
    // the model calls the first line title, a sentence body and a headline-like line noise
    const model: LineModel = {
      classes: ["title", "body", "other_noise"],
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? 6 : 0)),
        Float64Array.from(featureNames, (name) => (name === "ends:sentence" ? 3 : 0)),
        Float64Array.from(featureNames, (name) => (name === "headline-like" ? 3 : 0))
      ]
    }
    const doc = processDocument(
      documentOf([
        "1 200 travailleurs ont emprunté avec enthousiasme les 25 bus gratuits mis à leur disposition.",
        "VnExpressVnExpress06/05/2023",
        "Le matin du 7 février, 25 bus gratuits ont ramené chez eux 1 200 travailleurs des parcs industriels de Hanoï."
      ]),
      { rules: { ...rules, lineModel: model }, detect }
    )
    // the sapo under the sentence repeats its news (`1 200 travailleurs`, `bus gratuits`): the headline
    expect(doc.segments.map((s) => s.kind)).toEqual(["title", "other_noise", "body"])
    expect(doc.metadata.title).toBe(
      "1 200 travailleurs ont emprunté avec enthousiasme les 25 bus gratuits mis à leur disposition."
    )
    expect(doc.metadata.publishedDate).toBe("2023-05-06")
  })

  it("takes a sentence with the page's date stamp right under it for the headline (Báo Nghệ An's, vietnam.vn's French pages)", () => {
    // the model calls sentences body and a date alone a dateline: no line is called title
    const model: LineModel = {
      classes: ["title", "body", "dateline"],
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, () => 0),
        Float64Array.from(featureNames, (name) => (name === "ends:sentence" ? 3 : 0)),
        Float64Array.from(featureNames, (name) => (name === "shape:date-numeric" || name === "date:only" ? 6 : 0))
      ]
    }
    const lines = [
      "Deux camions sont entrés en collision alors qu'ils traversaient la rue à Hoang Mai.",
      "28/05/2016 12:27",
      "Le 28 mai à 10 heures du matin, sur la route nationale 1A, deux camions se sont percutés."
    ]
    const doc = processDocument(documentOf(lines), { rules: { ...rules, lineModel: model }, detect })
    expect(doc.segments.map((s) => s.kind)).toEqual(["title", "dateline", "body"])
    expect(doc.metadata.title).toBe(lines[0])
    expect(doc.metadata.publishedDate).toBe("2016-05-28")
    // a lede with no stamp under it stays body
    const unstamped = processDocument(documentOf([lines[0]!, lines[2]!]), {
      rules: { ...rules, lineModel: model },
      detect
    })
    expect(unstamped.segments.map((s) => s.kind)).toEqual(["body", "body"])
    // a headline asking a question, stamped so (fr-mt-more/13_vietnamvn-fr-marche-de-dinh-contrefacons-nghe-an.txt,
    // lines 1-3: the sapo between); unstamped it stays body, the echo of its sapo is not enough for a question
    const question =
      "Infiltrer le marché de Dinh (Nghe An) : un « paradis » de contrefaçons et de produits falsifiés étonnamment bon marché ?"
    const sapo =
      "Le marché de Dinh, situé dans la commune de Yen Thanh, est l'un des plus grands marchés ruraux de la province de Nghệ An."
    const asked = processDocument(documentOf([question, sapo, "28/05/2016 12:27"]), {
      rules: { ...rules, lineModel: model },
      detect
    })
    expect(asked.segments.map((s) => s.kind)).toEqual(["title", "body", "dateline"])
    const unasked = processDocument(documentOf([question, sapo]), { rules: { ...rules, lineModel: model }, detect })
    expect(unasked.segments.map((s) => s.kind)).toEqual(["body", "body"])
  })

  it("reads the date of a source line stamped with it, under the sapo (vietnam.vn's reprints)", () => {
    const model: LineModel = {
      classes: ["title", "body", "source"],
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? 6 : 0)),
        Float64Array.from(featureNames, (name) => (name === "ends:sentence" ? 3 : 0)),
        Float64Array.from(featureNames, (name) => (name === "shape:date-numeric" ? 6 : 0))
      ]
    }
    const doc = processDocument(
      documentOf([
        "Fortes pluies de Hue à Khanh Hoa",
        "En seulement onze jours, les habitants des provinces du centre ont dû faire face à deux inondations.",
        "VietNamNetVietNamNet09/11/2025",
        "De fortes pluies continues ont provoqué l'inondation de nombreuses zones de la ville de Hue."
      ]),
      { rules: { ...rules, lineModel: model }, detect }
    )
    expect(doc.segments.map((s) => s.kind)).toEqual(["title", "body", "source", "body"])
    expect(doc.metadata.publishedDate).toBe("2025-11-09")
  })

  it("takes the writer a credit line names, without the agencies after a slash", () => {
    const lines = (credit: string) => [
      "Tiêu đề bài viết",
      "Người dân tham gia lễ hội đông vui trong suốt ba ngày cuối tuần vừa qua tại quảng trường.",
      credit
    ]
    expect(processLines(lines("Tin và ảnh: THU OANH")).metadata.author).toBe("THU OANH")
    // a report's maker (Báo Quảng Ngãi's video credit), with the initials of the names
    expect(processLines(lines("Thực hiện: T.PHƯƠNG - Đ.TƯƠI")).metadata.author).toBe("T.PHƯƠNG - Đ.TƯƠI")
    expect(processLines(lines("Texte et photos : Viêt Cuong - Thông Thiên/VNP/CVN")).metadata.author).toBe(
      "Viêt Cuong - Thông Thiên"
    )
  })

  it("takes the outlet from a source line, normalised through the outlet table", () => {
    const doc = processLines([
      "Tiêu đề bài viết",
      "Sáng 12/3, tại Hà Nội, hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 đã diễn ra.",
      "Theo VietnamPlus"
    ])
    expect(doc.metadata.outlet).toBe("Vietnam+")
    expect(doc.metadata.publishedDate).toBe("2024-03-12")
    expect(doc.metadata.dateInferred).toBe(true)
  })

  it("gives no date when a lede's 29/2 falls in an inferred year that is not a leap year", () => {
    const lede = (year: number) => [
      "Tiêu đề bài viết",
      `Sáng 29/2, tại Hà Nội, hội nghị tổng kết công tác năm ${year - 1}, triển khai nhiệm vụ năm ${year} đã diễn ra.`
    ]
    expect(processLines(lede(2024)).metadata).toMatchObject({ publishedDate: "2024-02-29", dateInferred: true })
    expect(processLines(lede(2022)).metadata).toMatchObject({
      publishedDate: null,
      publishedAt: null,
      dateInferred: false
    })
  })

  it("keeps an outlet that is not in the table as its source line prints it", () => {
    const doc = processLines([
      "Tiêu đề bài viết",
      "Người dân tham gia lễ hội đông vui trong suốt ba ngày cuối tuần vừa qua tại quảng trường.",
      "Theo Báo Làng Gốm Bát Tràng"
    ])
    expect(doc.metadata.outlet).toBe("Báo Làng Gốm Bát Tràng")
  })

  it("names an outlet of the table by its own name, whatever alias the page prints", () => {
    const doc = processLines([
      "Tiêu đề bài viết",
      "Người dân tham gia lễ hội đông vui trong suốt ba ngày cuối tuần vừa qua tại quảng trường.",
      "Theo Báo Dân Việt"
    ])
    expect(doc.metadata.outlet).toBe("Dân Việt")
  })

  it("names a wire agency's paper, not the agency, when the agency's dateline is on the paper's own site", () => {
    const lines = [
      "Ouverture du 15e Plénum du Comité central du Parti",
      "Hanoï (VNA) - Le 15e Plénum du Comité central du Parti communiste du Vietnam s'est ouvert lundi à Hanoï sous la présidence du secrétaire général."
    ]
    const onSite = processDocument(documentOf(lines, "fr.vietnamplus.vn/ouverture-15e-plenum.txt"), { rules, detect })
    const elsewhere = processDocument(documentOf(lines, "scrapes/ouverture-15e-plenum.txt"), { rules, detect })
    expect([onSite.metadata.outlet, elsewhere.metadata.outlet]).toEqual(["Vietnam+", "TTXVN"])
  })

  it("reads a site's domain from a file name that writes it without dots", () => {
    const doc = processDocument(
      documentOf(
        [
          "Tiêu đề bài viết",
          "Người dân tham gia lễ hội đông vui trong suốt ba ngày cuối tuần vừa qua tại quảng trường."
        ],
        "12_vietnamvn-le-hoi.txt"
      ),
      { rules, detect }
    )
    expect(doc.metadata.outlet).toBe("Vietnam.vn")
  })
})

describe("the site's clock above the headline", () => {
  // the model calls sentences body, a headline-sized line title and a date alone a dateline
  const model: LineModel = {
    classes: ["title", "body", "dateline"],
    vocabulary: [],
    weights: [
      Float64Array.from(featureNames, (name) => (name === "headline-like" ? 2 : 0)),
      Float64Array.from(featureNames, (name) => (name === "ends:sentence" ? 4 : 0)),
      Float64Array.from(featureNames, (name) => (name === "date:only" || name === "rule:dateline" ? 6 : 0))
    ]
  }
  const run = (lines: ReadonlyArray<string>) =>
    processDocument(documentOf(lines), { rules: { ...rules, lineModel: model }, detect })

  it("is ui, and the article's dateline under the headline gives the date (real lines of Báo Thái Bình)", () => {
    const doc = run([
      "Thứ 7, 23/11/2024, 21:41[GMT+7]",
      "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025",
      "Thứ 2, 05/10/2020 | 15:05:53",
      "Theo kế hoạch, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 sẽ được tổ chức trong 3 ngày."
    ])
    expect(doc.segments.map((s) => [s.kind, s.kindEvidence.at(-1)])).toEqual([
      ["ui", "layout:site-clock"],
      ["title", "model:headline-like"],
      ["dateline", "model:rule:dateline"],
      ["body", "model:ends:sentence"]
    ])
    expect(doc.metadata.publishedDate).toBe("2020-10-05")
  })

  it("gives no date of its own (real lines of Tạp chí Quốc phòng toàn dân, Báo Cà Mau, Tuyên giáo Hưng Yên)", () => {
    // and the long form of Tuyên giáo Hưng Yên's
    for (const clock of [
      "Thứ Sáu, 22/11/2024, 16:08 (GMT+7)",
      "Thứ bảy, 18-1-25 19:06:54",
      "Thứ Bảy, ngày 29 tháng 2 năm 2020 - 8:28:19 PM"
    ]) {
      const doc = run([
        clock,
        "Đảng bộ tỉnh Cà Mau qua các kỳ đại hội",
        "Trải qua các kỳ đại hội, Đảng bộ tỉnh đã lãnh đạo Nhân dân vượt qua nhiều khó khăn, thử thách."
      ])
      expect(doc.segments.map((s) => s.kind)).toEqual(["ui", "title", "body"])
      expect(doc.metadata.publishedDate).toBeNull()
    }
  })

  it("is ui where the model calls it a related item (real lines of Bộ Ngoại giao, Tuyên giáo Hưng Yên)", () => {
    // a model that calls the page's first line a related item
    const relatedModel: LineModel = {
      classes: ["title", "body", "related"],
      vocabulary: [],
      weights: [
        Float64Array.from(featureNames, (name) => (name === "headline-like" ? 2 : 0)),
        Float64Array.from(featureNames, (name) => (name === "ends:sentence" ? 4 : 0)),
        Float64Array.from(featureNames, (name) => (name === "pos:first" ? 8 : 0))
      ]
    }
    for (const clock of [
      "Thứ hai, ngày 23 tháng 12 năm 2024 Tìm kiếm",
      "Thứ Bảy, ngày 29 tháng 2 năm 2020 - 8:28:19 PM"
    ]) {
      const doc = processDocument(
        documentOf([
          clock,
          "Nội dung Họp báo thường kỳ lần thứ 14 năm 2021",
          "Nhận lời mời của Tổng Bí thư, Chủ tịch nước Lào, Chủ tịch nước Nguyễn Xuân Phúc sẽ thăm chính thức Lào."
        ]),
        { rules: { ...rules, lineModel: relatedModel }, detect }
      )
      expect(doc.segments.map((s) => [s.kind, s.kindEvidence.at(-1)])).toEqual([
        ["ui", "layout:site-clock"],
        ["title", "model:headline-like"],
        ["body", "model:ends:sentence"]
      ])
      expect(doc.metadata.publishedDate).toBeNull()
    }
  })

  it("gives no date where the model already calls it ui (real lines of Ban Tuyên giáo, Tạp chí Dân vận)", () => {
    const uiModel: LineModel = { ...model, classes: ["title", "body", "ui"] }
    for (const clock of ["Thứ Sáu, 21/6/2024", "Thứ Bảy, 28/12/2024"]) {
      const doc = processDocument(
        documentOf([
          clock,
          "Đảng bộ và nhân dân Vĩnh Phúc 60 năm thực hiện lời căn dặn của Bác",
          "Bài viết một lần nữa khẳng định tinh thần đoàn kết, bản lĩnh, trí tuệ, sự nỗ lực sáng tạo của Đảng bộ."
        ]),
        { rules: { ...rules, lineModel: uiModel }, detect }
      )
      expect(doc.segments.map((s) => [s.kind, s.kindEvidence.at(-1)])).toEqual([
        ["ui", "layout:site-clock"],
        ["title", "model:headline-like"],
        ["body", "model:ends:sentence"]
      ])
      expect(doc.metadata.publishedDate).toBeNull()
    }
  })
})
