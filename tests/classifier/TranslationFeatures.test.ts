/**
 * The French-transcription family of the translation model, on real lines of
 * French desks (names without Vietnamese marks, `Têt` as a French word) and of
 * automatic editions (names kept whole with all their marks).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import {
  bodyNamePattern,
  bodyNames,
  countCapitalLabels,
  countCommonNounsCapitalised,
  countFrenchTranscription,
  countFrenchTranscriptionOf,
  countVietnameseOnlyWords,
  familyCounts,
  familyGates,
  familyWholeWords,
  familyWords,
  frenchTranscription,
  frenchWordsOfTranscriptionShape,
  mayHoldWord,
  profileWords,
  profileWordsOf,
  translationFeatureNames,
  translationFeatures,
  trigramSetWords,
  wordTrigrams
} from "../../pipeline/classifier/TranslationFeatures.ts"
import { frenchFunctionWords, translationeseFamilies } from "../../pipeline/rules/translationese.fr.ts"
import { randomStrings } from "../support/random.ts"

/** A page of plain text: no switch label, no side-by-side layout, no translated boilerplate, no outlet. */
const page = (text: string) => ({
  text,
  switchLabel: false,
  sideBySide: false,
  translatedBoilerplate: false,
  outletEdition: null
})

describe("french transcription", () => {
  it("counts a desk's transcribed names (VOVworld, Le Courrier du Vietnam)", () => {
    // tests/gold/fr-desk-a/raw/35_vovworld-colloque-etat-de-droit-socialiste.txt
    expect(countFrenchTranscription("Le président de la République, Nguyên Xuân Phuc (photo: TTXVN)")).toBe(2)
    // tests/gold/fr-desk-a/raw/54_lecourrier-obseques-nationales-nguyen-phu-trong.txt
    expect(
      countFrenchTranscription("Présent, le président de la République, Nguyên Xuân Phuc, également président")
    ).toBe(2)
  })

  it("does not count Têt, a French word (Le Courrier du Vietnam, VNA in French)", () => {
    // tests/gold/fr-desk-b/raw/04_vnanet-vi-pham-minh-chinh-hommage-pham-van-dong.txt
    expect(countFrenchTranscription(">> Le président Luong Cuong adresse ses vœux du Têt aux anciens dirigeants")).toBe(
      0
    )
    // tests/gold/fr-desk-a/raw/46_lecourrier-to-lam-visite-anciens-dirigeants.txt
    expect(countFrenchTranscription("à l'approche du Têt traditionnel")).toBe(0)
  })

  it("does not count a name that prints a letter French does not write (Lao Động's automatic edition)", () => {
    // tests/gold/fr-mt-national/raw/59_laodong-fr-vice-president-cgtv-cadeaux-tet-ha-tinh.txt
    const line =
      "Hà Tĩnh - Le matin du 8 février, M. Nguyễn Xuân Hùng - Vice-président de la Confédération générale du travail du Vietnam a remis des cadeaux du Têt"
    expect(countFrenchTranscription(line)).toBe(0)
  })

  it("keeps French words of the same shape out (Hôtel, Fête, Côte)", () => {
    expect(countFrenchTranscription("L'Hôtel de ville, la Fête nationale, la Côte d'Ivoire")).toBe(0)
  })
})

describe("labels in capitals opening a line", () => {
  it("counts a dateline's or a rubric's colon, spaced or not, on several outlets", () => {
    // tests/gold/vi-fr-more6/raw/17_arabnews-afp-vietnamiens-hommage-nguyen-phu-trong.txt (Arab News, AFP copy)
    expect(countCapitalLabels("HANOÏ : Par milliers, les Vietnamiens rendent un dernier hommage, jeudi")).toEqual({
      spaced: 1,
      unspaced: 0
    })
    // tests/gold/fr-more-outlets/raw/27_vietnamvn-fr-conductrice-mercedes-motos-thu-duc.txt (vietnam.vn)
    expect(countCapitalLabels("VIDÉO :")).toEqual({ spaced: 1, unspaced: 0 })
    // tests/gold/fr-mt-provincial/raw/09_baonghean-fr-reglement-guichet-unique.txt (Báo Nghệ An)
    expect(countCapitalLabels("DÉCISION:\nArticle 1. Émettre, conjointement avec la présente décision")).toEqual({
      spaced: 0,
      unspaced: 1
    })
    // tests/gold/fr-desk-b/raw/46_francetvinfo-les-vietnamiens-votent.txt (franceinfo)
    expect(countCapitalLabels("LA PHOTO: Les Vietnamiens votent")).toEqual({ spaced: 0, unspaced: 1 })
    // tests/gold/fr-desk-b/raw/65_vnanet-vi-truong-sa-archipel-pacifique.txt (VNA)
    expect(countCapitalLabels("NDLR: En 1988, des journalistes de la revue Vietnam Illustré")).toEqual({
      spaced: 0,
      unspaced: 1
    })
  })

  it("leaves a colon in the text, or after a word that is not in capitals, to the spacing habit", () => {
    // tests/gold/fr-desk-b/raw/51_tv5monde-afp-macron-arrive-au-vietnam.txt
    const line = "\"Partout, je dirai une chose simple: la France est une puissance de paix et d'équilibres."
    expect(countCapitalLabels(line)).toEqual({ spaced: 0, unspaced: 0 })
    expect(countCapitalLabels("Hanoi : la capitale")).toEqual({ spaced: 0, unspaced: 0 })
  })

  it("takes the label's colon out of the spacing habit", () => {
    const at = (name: string) => translationFeatureNames.indexOf(name)
    // tests/gold/vi-fr-more6/raw/17_arabnews-afp-vietnamiens-hommage-nguyen-phu-trong.txt: its only mark
    const dateline = translationFeatures(
      page("HANOÏ : Par milliers, les Vietnamiens rendent un dernier hommage, jeudi, au dirigeant du parti communiste")
    )
    expect(dateline[at("space-before-colon")]).toBe(0)
    expect(dateline[at("no-space-before-colon")]).toBe(0)
    // tests/gold/fr-desk-b/raw/51_tv5monde-afp-macron-arrive-au-vietnam.txt: a colon in the text still counts
    const text = translationFeatures(page("VIDÉO :\nPartout, je dirai une chose simple: la France est une puissance"))
    expect(text[at("space-before-colon")]).toBe(0)
    expect(text[at("no-space-before-colon")]).toBe(1)
  })
})

describe("the counts the gates shortcut", () => {
  const vietnameseOnly = /[ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
  const nameRuns = /(?<!\p{L})\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)*/gu
  const transcription =
    /(?<!\p{L})(?!(?:Hôtel|Hôpital|Fête|Côte|Château|Tête|Être|Même|Forêt|Côté|Hôte|Âge|Pâques|Dôme|Rôle|Contrôle|Arrêt|Intérêt|Conquête|Enquête|Prêt|Fenêtre|Bientôt|Aussitôt|Tôt|Plutôt|Hôtels|Hôpitaux|Fêtes|Têt)(?!\p{L}))\p{Lu}[a-zâêô]*[âêô][a-zâêô]*(?!\p{L})/gu
  const lines = [
    "Le président de la République, Nguyên Xuân Phuc (photo: TTXVN)",
    "Hà Tĩnh - Le matin du 8 février, M. Nguyễn Xuân Hùng - Vice-président de la Confédération générale du travail",
    "L'Hôtel de ville, la Fête nationale, la Côte d'Ivoire, l’être Même",
    "Thủ tướng Phạm Minh Chính, 𝐀đ ơ-ư đđ Đ’ƠN 😀ạ",
    "plutôt même côté Lâm Đồng Trân \ud800Hô",
    "à Hanoï, Haïphong, la Thaïlande, Haïti, les Thaï, \ud800Hanoï Hà Nội"
  ]
  it("counts the words holding a letter French does not write as the runs of letters /\\p{L}+/gu holding one", () => {
    for (const line of lines)
      expect(countVietnameseOnlyWords(line), line).toBe(
        (line.match(/\p{L}+/gu) ?? []).filter((run) => vietnameseOnly.test(run)).length
      )
    expect(countVietnameseOnlyWords(lines[3]!)).toBe(10)
  })
  it("counts the transcribed names of each name run, as without the gate", () => {
    for (const line of lines) {
      const expected = (line.match(nameRuns) ?? [])
        .filter((run) => !vietnameseOnly.test(run))
        .reduce((sum, run) => sum + (run.match(transcription) ?? []).length, 0)
      expect(countFrenchTranscription(line), line).toBe(expected)
    }
  })
})

/** Every gold page's text, and each of its lines: what the shortcuts below are checked on. */
const goldTexts = (): ReadonlyArray<string> => {
  const root = path.join(import.meta.dirname, "../gold")
  const texts: Array<string> = []
  for (const set of fs.readdirSync(root)) {
    const raw = path.join(root, set, "raw")
    if (!fs.existsSync(raw)) continue
    for (const file of fs.readdirSync(raw)) {
      const text = fs.readFileSync(path.join(raw, file), "utf8")
      texts.push(text, ...text.split("\n"))
    }
  }
  return texts
}

describe("the shortcuts of the page features", () => {
  const texts = goldTexts()
  const commonNouns =
    /(?<=\p{Ll}[,]?\s|\s[-–]\s)(?:Secrétaire|Président|Vice-président|Ministre|Vice-ministre|Province|Provincial|District|Commune|Ville|Délégués?|Camarades?|Directeur|Chef|Session|Conférence|Résolution|Directive|Programme|Projet|Délégation|Membres?|Comité|Conseil|Département|Secteur|Localité|Unité|Agence|Entreprise|Peuple|Cadres?)\b/gu

  it("counts the common nouns capitalised mid-sentence as the look-behind pattern does", () => {
    const lines = [
      // tests/gold/fr-mt-national/raw/59_laodong-fr-vice-president-cgtv-cadeaux-tet-ha-tinh.txt
      "Hà Tĩnh - Le matin du 8 février, M. Nguyễn Xuân Hùng - Vice-président de la Confédération générale du travail",
      "le Secrétaire du Comité provincial du Parti, la Province, - Comité - Délégués, Vice-ministre",
      "ProvinceProvince le Province  la Programme,ProgrammeChef chef Chef",
      "a, Comité a,  Comité — Comité - Comité"
    ]
    for (const text of [...lines, ...texts])
      expect(countCommonNounsCapitalised(text), text.slice(0, 80)).toBe((text.match(commonNouns) ?? []).length)
    expect(countCommonNounsCapitalised(lines[1]!)).toBe(4)
  })

  it("opens the vietnamese-left gate where its look-behind pattern matches, on every gold page and line", () => {
    const pattern =
      /(?<![A-Za-z])(?:của|và|các|những|được|trong|với|cho|người|này|đã|không|là|tỉnh|huyện|xã|thành\s+phố|đồng\s+chí|Đảng\s+bộ|ủy\s+ban)(?![A-Za-z])/
    const gate = familyGates["vietnamese-left"]!
    const built = ["Acho cho", "xcủa, trongx trong", "Zvà", "thành  phố", "athành phố", "đồng\nchí", "là", "lá", "tChO"]
    for (const text of [...built, ...texts, ...texts.map((text) => text.toLowerCase())])
      expect(gate(text), text.slice(0, 80)).toBe(pattern.test(text))
    expect(built.map((text) => gate(text))).toEqual([true, true, false, true, false, true, true, false, false])
  })

  it("opens the french-accents-missing gate where its look-behind pattern matches, on every gold page and line", () => {
    const pattern =
      /(?<![A-Za-z])(?:a\s+ete|ete\s+[\s\S]+|etait|etaient|apres|deja|tres|etre|president|republique|general|generale|developpement|securite|societe|comite|delegation|delegues?|activites?|reunion|economique|deputes?|ministere|celebre|decembre|fevrier|aout|annee|premiere|specialement|procedure)(?![A-Za-z])/i
    const gate = familyGates["french-accents-missing"]!
    const built = ["a ete", "Xa ete", "ete  x", "ete ", "apres", "éapres", "xapres", "APRES.", "\napres", "ſ", "\u212a"]
    for (const text of [...built, ...texts, ...texts.map((text) => text.toLowerCase())])
      expect(gate(text), text.slice(0, 80)).toBe(/[\ud800-\udfff\u017f\u212a]/.test(text) || pattern.test(text))
    expect(built.map((text) => gate(text))).toEqual([
      true,
      false,
      true,
      false,
      true,
      true,
      false,
      true,
      true,
      true,
      true
    ])
  })

  it("gives a family no match where its gate is shut, on every gold page and line", () => {
    for (const family of translationeseFamilies) {
      const gate = familyGates[family.id]
      if (gate === undefined) continue
      const pattern = new RegExp(family.pattern, family.caseInsensitive === true ? "iu" : "u")
      for (const text of texts)
        if (!gate(text)) expect(pattern.test(text), `${family.id}: ${text.slice(0, 80)}`).toBe(false)
    }
  })
})

describe("the page's words in one pass", () => {
  const texts = goldTexts()
  const profileOf = (read: typeof profileWords, lower: string) => {
    const functionWordCounts = new Float64Array(new Set(frenchFunctionWords).size)
    const buckets = new Float64Array(1024)
    const seen = new Int32Array(trigramSetWords)
    const profile = read(lower, functionWordCounts, buckets, seen)
    // (the buckets and the set as text: one comparison each rather than one per element)
    return { profile, functionWordCounts: [...functionWordCounts], buckets: buckets.join(), seen: seen.join() }
  }

  it("counts the words, adverbs, function words, trigrams and the families' whole words of letterWords, on every gold page and line", () => {
    for (const text of texts) {
      const lower = text.toLowerCase()
      expect(profileOf(profileWords, lower), text.slice(0, 80)).toEqual(profileOf(profileWordsOf, lower))
    }
  })

  it("counts them the same on strings of function words, apostrophes, marks and surrogates", () => {
    const alphabet = [
      ...frenchFunctionWords,
      "ment",
      "vraiment",
      "également",
      "l",
      "'",
      "’",
      " ",
      "-",
      ".",
      "é",
      "e",
      "ơ",
      "\u0301",
      "𝐀",
      "😀",
      "\ud800",
      "\udc00",
      "1",
      "ß",
      "x"
    ]
    alphabet.push("tres", "apres", "là", "và", "đảng", "ủy", "ete", "president")
    const built = [
      "l'été",
      "aujourd'hui",
      "l' a",
      "'a",
      "a'",
      "a''b",
      "l’𝐀b",
      "été\ud800",
      "notamment,également",
      "l'apres",
      "tres'x",
      "qu'il",
      "l'on",
      "và là",
      "l'ete\ud800"
    ]
    for (const text of [...built, ...randomStrings(alphabet, 6_000, 12, 5)])
      expect(profileOf(profileWords, text), text).toEqual(profileOf(profileWordsOf, text))
    expect(profileOf(profileWords, "l'été, le été aux vraiment").profile).toEqual({
      words: 5,
      adverbs: 1,
      trigrams: 21,
      families: 0
    })
    // a run after an apostrophe is a word of its own for the families, not for the function words
    expect(profileOf(profileWords, "l'apres và").profile.families).toBe(3)
    expect(profileOf(profileWords, "l'on").functionWordCounts.every((n) => n === 0)).toBe(true)
  })
})

describe("the French transcription read from the words that may count", () => {
  const texts = goldTexts()
  it("counts what the name runs and their patterns count, on every gold page and line", () => {
    let counted = 0
    for (const text of texts) {
      const expected = countFrenchTranscriptionOf(text)
      counted += expected
      expect(countFrenchTranscription(text), text.slice(0, 80)).toBe(expected)
    }
    expect(counted).toBeGreaterThan(50)
  })

  it("counts the same on strings of names, French words of the shape, spaces, tabs and marks", () => {
    const alphabet = [
      "Nguyên",
      "Xuân",
      "Hô",
      "Trân",
      "Tân",
      "Hôtel",
      "Hôtels",
      "Têt",
      "Âge",
      "Ê",
      "ê",
      "ô",
      "a",
      "X",
      "ă",
      "Ơ",
      "Đ",
      "é",
      "ñ",
      " ",
      " ",
      "\t",
      "\n",
      "-",
      ",",
      "’",
      "𝐀",
      "\ud800"
    ]
    for (const text of randomStrings(alphabet, 20_000, 10, 3))
      expect(countFrenchTranscription(text), text).toBe(countFrenchTranscriptionOf(text))
  })

  it("leaves out the French words the pattern's look-ahead names", () => {
    const pattern = /\(\?!\(\?:([^)]*)\)\(\?!\\p\{L\}\)\)/u.exec(frenchTranscription.source)
    expect([...frenchWordsOfTranscriptionShape]).toEqual(pattern?.[1]?.split("|"))
  })
})

describe("the body names asked where a head starts", () => {
  const texts = goldTexts()
  const described = (matches: Iterable<RegExpExecArray | RegExpMatchArray>) =>
    [...matches].map((match) => [match.index, match[0], match.groups?.head, match.groups?.qualifier])

  it("finds the matches of the pattern searched from every character, on every gold page and line", () => {
    let found = 0
    for (const text of texts) {
      const expected = described(text.matchAll(bodyNamePattern))
      found += expected.length
      expect(described(bodyNames(text)), text.slice(0, 80)).toEqual(expected)
    }
    expect(found).toBeGreaterThan(20)
  })

  it("finds the same on strings of heads, qualifiers and their joints", () => {
    const alphabet = [
      "Comité ",
      "Comités ",
      "Commission ",
      "Commissions\t",
      "Département ",
      "Conseil ",
      "Bureau ",
      "Office",
      "xComité ",
      "_Conseil ",
      "central ",
      "centrale ",
      "nationaux ",
      "populaires ",
      "exécutif ",
      "d'organisation ",
      "d’État ",
      "de la Propagande ",
      "des Affaires",
      "du Parti ",
      "de  la x",
      " ",
      "1",
      "é"
    ]
    let found = 0
    for (const text of randomStrings(alphabet, 20_000, 12, 13)) {
      const expected = described(text.matchAll(bodyNamePattern))
      found += expected.length
      expect(described(bodyNames(text)), text).toEqual(expected)
    }
    expect(found).toBeGreaterThan(100)
  })
})

describe("the families counted where their matches can start", () => {
  const texts = goldTexts()
  const globalCount = (id: string, text: string): number => {
    const family = translationeseFamilies.find((row) => row.id === id)!
    return (text.match(new RegExp(family.pattern, family.caseInsensitive === true ? "giu" : "gu")) ?? []).length
  }
  const strings: Readonly<Record<string, ReadonlyArray<string>>> = {
    "dash-apposition": [
      "Nguyễn ",
      "Văn",
      "A",
      "a",
      "É",
      "ß",
      " ",
      "\u00a0",
      "\n",
      "-",
      "–",
      " - ",
      " – ",
      "Président ",
      "Vice-",
      "Membre ",
      "Chef ",
      "Député",
      "𝐀",
      "𝐚",
      "x"
    ],
    "calque-comrade": [
      "le",
      "la ",
      "les ",
      "du",
      "au ",
      "aux",
      "des  ",
      " ",
      "\u00a0",
      "\n",
      "camarade ",
      "Camarades\t",
      "camarade",
      "amarade ",
      "C",
      "c",
      "Nguyễn",
      "Xuân",
      "é",
      ",",
      "_",
      "1",
      "𝐀"
    ],
    "french-inverted-incise": [
      "a",
      "ont",
      "est",
      "déclare",
      "précise",
      "va",
      "dit",
      "-t-",
      "-",
      "il",
      "ils",
      "elle",
      "elles",
      "on",
      " ",
      "é",
      "É",
      "A",
      "_",
      "1",
      "\n",
      "𝐚"
    ],
    "calque-cong-tac": [
      "le ",
      "bon\u00a0",
      "un  ",
      "xle ",
      "travail ",
      "travail",
      "de la ",
      "d’",
      "du ",
      "propagande",
      "cadres",
      " ",
      "é",
      "𝐀"
    ]
  }

  for (const [id, count] of Object.entries(familyCounts)) {
    it(`counts ${id} as its pattern does, on every gold page and line and on random strings`, () => {
      let found = 0
      for (const text of texts) {
        const expected = globalCount(id, text)
        found += expected
        expect(count(text), text.slice(0, 80)).toBe(expected)
      }
      expect(found).toBeGreaterThan(20)
      let built = 0
      for (const text of randomStrings(strings[id] ?? [], 20_000, 12, 21)) {
        const expected = globalCount(id, text)
        built += expected
        expect(count(text), text).toBe(expected)
      }
      expect(built).toBeGreaterThan(20)
    })
  }
})

describe("the families asked only where the page's words may hold a match", () => {
  const texts = goldTexts()
  const familyCount = (id: string, text: string): number => {
    const family = translationeseFamilies.find((row) => row.id === id)!
    return (text.match(new RegExp(family.pattern, family.caseInsensitive === true ? "giu" : "gu")) ?? []).length
  }
  const profile = (text: string) => {
    const seen = new Int32Array(trigramSetWords)
    const read = profileWords(text.toLowerCase(), new Float64Array(200), new Float64Array(1024), seen)
    return { seen, families: read.families }
  }
  /** Pieces of the families' matches, in several cases, glued to letters, apostrophes, `ſ`, the Kelvin sign and surrogates. */
  const pieces = [
    "Ville de Hanoi",
    "ville de Ha Noi",
    "Ho Chi Minh City",
    "Hà Nội",
    "HANOI",
    "de manière synchrone",
    "de façon décisive",
    "de manière globale et synchrone",
    "synchronement",
    "drastiquement",
    "pro-activement",
    "proactivement",
    "January 5",
    "5 December",
    "Related news",
    "Read more",
    "Share",
    "Photo:",
    "Source:",
    "Tags:",
    "Hot news",
    "See more",
    "Comments",
    "les camarades ",
    "Camarade ",
    "le travail de la ",
    "bon travail d’",
    "propagande",
    "terme XII",
    "cours 2",
    "mandat 2020-2025",
    "période 2020 – 2025",
    "session 2021-2026",
    "points de pont",
    "ponts en ligne",
    "Le matin du 5",
    "Dans l’après-midi du 12",
    "En soirée du 3",
    "Au nuit du 1",
    "a solennellement",
    "solennellement ouvert",
    "étudier attentivement",
    "promouvoir l'esprit",
    "chaleureusement félicité",
    "tres",
    "TRES",
    "Apres",
    "a ete",
    "ete elu",
    "preſident",
    "Republique",
    "aout",
    "của",
    "và",
    "Đảng bộ",
    "ủy ban",
    "thành phố",
    "đồng chí",
    "là",
    "l'",
    "’",
    "-",
    " ",
    "\n",
    ". ",
    "é",
    "a",
    "X",
    "1",
    "\u017f",
    "\u212a",
    "𝐀"
  ]
  const strings = randomStrings(pieces, 20_000, 6, 33)

  it("finds one of a family's words wherever the family matches, on every gold page and line and on random strings", () => {
    let matched = 0
    for (const [id, words] of Object.entries(familyWords)) {
      const trigrams = words.map(wordTrigrams)
      for (const text of [...texts, ...strings]) {
        if (familyCount(id, text) === 0) continue
        matched++
        expect(mayHoldWord(profile(text).seen, trigrams), `${id}: ${text.slice(0, 80)}`).toBe(true)
      }
    }
    expect(matched).toBeGreaterThan(1000)
  })

  it("finds one of a family's whole words wherever the family matches, unless the text holds ſ, K or a surrogate", () => {
    let matched = 0
    familyWholeWords.forEach(({ family }, index) => {
      const caseless = translationeseFamilies.find((row) => row.id === family)!.caseInsensitive === true
      for (const text of [...texts, ...strings]) {
        if (familyCount(family, text) === 0) continue
        matched++
        const found = (profile(text).families & (1 << index)) !== 0
        expect(found || (caseless && /[\ud800-\udfff\u017f\u212a]/.test(text)), `${family}: ${text.slice(0, 80)}`).toBe(
          true
        )
      }
    })
    expect(matched).toBeGreaterThan(500)
  })

  it("shuts a gate on a page without the words: the features are those of the patterns themselves", () => {
    const family = (text: string, id: string) =>
      translationFeatures(page(text))[translationFeatureNames.indexOf(`family:${id}`)]
    for (const text of strings.slice(0, 3000))
      for (const { id } of translationeseFamilies)
        expect(family(text, id), `${id}: ${text}`).toBe(Math.log1p(familyCount(id, text)))
  })
})
