import { describe, expect, it } from "@effect/vitest"
import { Config } from "../../pipeline/Config.ts"
import { processLines, rules } from "../support/pipeline.ts"

/** The text rules that fire on one French sentence. */
const firedRules = (text: string) =>
  rules.translation.filter(({ rule, regex }) => rule.lang === "fr" && regex.test(text)).map(({ rule }) => rule.id)

const flagsOf = (lines: ReadonlyArray<string>) => processLines(lines).segments.map((segment) => segment.mtFlag)

// Native French news prose, written for these tests in a French newsroom's style.
const nativeFrench = [
  "Le gouvernement a présenté mercredi un projet de loi destiné à simplifier les démarches des petites entreprises.",
  "Selon le ministre de l'Économie, la réforme devrait permettre d'économiser près de deux milliards d'euros par an ; les syndicats, eux, restent sceptiques.",
  "À Marseille, les commerçants du centre-ville attendent surtout des mesures concrètes contre la hausse des loyers.",
  "« Nous n'avons pas été consultés », regrette la présidente d'une fédération professionnelle, qui promet de se mobiliser dès la rentrée.",
  "Le texte sera examiné en première lecture à l'Assemblée nationale au début du mois de novembre."
]

const nativeFrenchOnVietnam = [
  "Hanoï accueille cette semaine un sommet régional consacré à la transition énergétique en Asie du Sud-Est.",
  "Le secrétaire général du Parti communiste vietnamien, To Lam, doit y prononcer un discours très attendu par les investisseurs.",
  "Le Vietnam, dont la croissance a dépassé 6 % l'an dernier, cherche à réduire sa dépendance au charbon d'ici à 2030."
]

describe("text evidence, rule by rule", () => {
  it.each([
    ["était présent au point de pont de Quang Ninh", "mt.fr.calque-bridge-point"],
    ["les Résolutions du 6e Comité Central (terme XII)", "mt.fr.calque-term-numeral"],
    ["la Résolution 4 du Comité central (XIIe trimestre)", "mt.fr.calque-term-numeral"],
    ["le secteur a pro-activement conseillé", "mt.fr.calque-proactively"],
    ["Dans lequel, il y a des contenus clés tels que", "mt.fr.calque-in-which"],
    ["C'est-à-dire, achever l'examen de 2017", "mt.fr.calque-that-is"],
    ["faire un bon travail de propagande", "mt.fr.calque-good-work"],
    ["la province ; Camarades du Comité permanent", "mt.fr.semicolon-capital"],
    ["le camarade Le Minh Hung", "mt.fr.comrade"],
    ["le camarade Vu Dai Thang, membre du Comité", "mt.fr.vietnamese-name-stripped"]
  ])("%s fires %s", (text, id) => expect(firedRules(text)).toContain(id))

  it.each([
    ["Le pont de Normandie relie Le Havre à Honfleur depuis 1995."],
    ["Le XIIe arrondissement de Paris compte plusieurs marchés couverts ; les habitants les fréquentent."],
    ["Il a répondu de manière proactive aux questions des journalistes."],
    ["Le rapport, dans lequel figurent plusieurs recommandations, sera publié lundi."],
    ["Il faut, c'est-à-dire, agir vite et bien."],
    ["Le Parti socialiste et Le Monde ont réagi ; la majorité a préféré se taire."],
    ["Le Premier ministre a reçu Marine Le Bras et Jean Dupont."]
  ])("native French does not fire a calque: %s", (text) => {
    expect(firedRules(text).filter((id) => id.includes("calque"))).toEqual([])
  })
})

describe("flags, page by page", () => {
  it("does not flag native French news", () => {
    expect(
      flagsOf(["La réforme des petites entreprises présentée au Conseil des ministres", ...nativeFrench])
    ).not.toContain(true)
  })

  it("does not flag native French reporting on Vietnam, names without diacritics included", () => {
    expect(flagsOf(["Sommet régional à Hanoï", ...nativeFrenchOnVietnam])).not.toContain(true)
  })

  it("never flags Vietnamese, nor English", () => {
    expect(
      flagsOf([
        "Hội nghị toàn quốc công tác tổ chức xây dựng Đảng",
        "Sáng nay (29/1), tại Hà Nội, Ban Tổ chức Trung ương đã tổ chức Hội nghị cán bộ toàn quốc.",
        "Theo Vietnam+"
      ])
    ).not.toContain(true)
    expect(
      flagsOf([
        "Government unveils small business reform",
        "The government presented a bill on Wednesday to simplify procedures for small businesses.",
        "Unions remain sceptical about the savings the minister announced."
      ])
    ).not.toContain(true)
  })

  it("flags French after a switch label on a Vietnamese page, with the evidence", () => {
    const doc = processLines([
      "Tiêu đề bài viết hôm nay",
      "Ban Tổ chức Trung ương tiếp tục phối hợp chặt chẽ với các cấp ủy Đảng và các cơ quan liên quan.",
      `Français ${nativeFrench[0]}`,
      nativeFrench[2]!
    ])
    expect(doc.segments.map((s) => s.mtFlag)).toEqual([false, false, true, true])
    expect(doc.segments[2]?.mtSignals).toEqual(expect.arrayContaining(["lang-switch-label", "side-by-side"]))
    expect(doc.translation.mtStatus).toBe("partial")
    expect(doc.translation.language).toBe("vi")
  })

  it("flags French from an outlet that publishes no French edition", () => {
    const doc = processLines(["Titre de l'article", `(Baonghean.vn) - ${nativeFrench[0]}`, nativeFrench[4]!])
    expect(doc.segments.every((s) => s.mtFlag)).toBe(true)
    expect(doc.segments[1]?.mtSignals).toContain("outlet-without-edition")
    expect(doc.translation.mtStatus).toBe("full")
  })

  it("does not take `Selon Vietnam+` as evidence: Vietnam+ publishes French", () => {
    expect(flagsOf(["Sommet régional à Hanoï", ...nativeFrenchOnVietnam, "Selon Vietnam+"])).not.toContain(true)
  })

  it("keeps scores in [0, 1] and the flag at the threshold", () => {
    const doc = processLines([
      "Titre",
      "le camarade Le Minh Hung était présent au point de pont de Quang Ninh ; Des représentants étaient là."
    ])
    for (const segment of doc.segments) {
      expect(segment.mtScore).toBeGreaterThanOrEqual(0)
      expect(segment.mtScore).toBeLessThanOrEqual(1)
      expect(segment.mtFlag).toBe(segment.mtScore >= Config.translation.threshold)
    }
  })
})

describe("page signals, each with a positive and a negative page", () => {
  const signalsOf = (lines: ReadonlyArray<string>) => new Set(processLines(lines).segments.flatMap((s) => s.mtSignals))
  const frenchTitle = "La réforme des petites entreprises présentée au Conseil des ministres"

  it("mixed-apostrophes", () => {
    expect(
      signalsOf([frenchTitle, "L'ensemble du secteur a réagi.", "Il demande à l’ensemble du secteur d’agir."])
    ).toContain("mixed-apostrophes")
    expect(signalsOf([frenchTitle, ...nativeFrench])).not.toContain("mixed-apostrophes")
  })

  it("inconsistent-names", () => {
    expect(
      signalsOf([
        frenchTitle,
        "Le Comité central d'organisation a tenu une conférence nationale pour examiner le travail de l'année.",
        "La conférence était présidée par le chef de la Commission centrale d'organisation du Parti."
      ])
    ).toContain("inconsistent-names")
    expect(
      signalsOf([
        frenchTitle,
        "La Commission centrale d'organisation a tenu une conférence nationale pour examiner le travail de l'année.",
        "La conférence était présidée par le chef de la Commission centrale d'organisation du Parti."
      ])
    ).not.toContain("inconsistent-names")
  })

  it("translated-boilerplate", () => {
    const vietnamese = "Ban Tổ chức Trung ương tiếp tục phối hợp chặt chẽ với các cấp ủy Đảng và các cơ quan liên quan."
    expect(signalsOf(["Tiêu đề bài viết hôm nay", vietnamese, nativeFrench[0]!, "NOUVELLES CONNEXES |"])).toContain(
      "translated-boilerplate"
    )
    expect(signalsOf([frenchTitle, ...nativeFrench, "Articles connexes"])).not.toContain("translated-boilerplate")
  })

  it("side-by-side", () => {
    const vietnamese = "Ban Tổ chức Trung ương tiếp tục phối hợp chặt chẽ với các cấp ủy Đảng và các cơ quan liên quan."
    expect(signalsOf(["Tiêu đề bài viết hôm nay", vietnamese, nativeFrench[0]!])).toContain("side-by-side")
    expect(signalsOf([frenchTitle, ...nativeFrench])).not.toContain("side-by-side")
  })
})
