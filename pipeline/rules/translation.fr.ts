/**
 * Translationese of French machine-translated from Vietnamese. Calques of
 * Vietnamese administrative terms weigh most: a human translator does not
 * write them. Weak cues (`camarade`, names without diacritics) are shared with
 * careful human translations and native reporting on Vietnam, so they weigh less.
 * Weights are log-odds added once per segment; see `pipeline/Config.ts` for the
 * prior and the threshold.
 */
import type { TranslationRuleInput } from "../../schemas/Rules.ts"

export const frenchTranslationRules: ReadonlyArray<TranslationRuleInput> = [
  {
    id: "mt.fr.calque-bridge-point",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`\bpoints?\s+(?:de|du)\s+pont\b`,
    caseInsensitive: true,
    weight: 2,
    note: "`point de pont` for *điểm cầu* (a remote venue of an online conference); native French says `site` or `lieu de connexion`."
  },
  {
    id: "mt.fr.calque-term-numeral",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`\b(?:terme\s+X[IVX]*\b|X[IVX]*e\s+trimestre\b)`,
    weight: 2,
    note: "`terme XII` or `XIIe trimestre` for *khóa XII* (the 12th Central Committee); native French says `XIIe mandat` or `XIIe législature`."
  },
  {
    id: "mt.fr.calque-proactively",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`\bpro-activement\b`,
    caseInsensitive: true,
    weight: 2,
    note: "`pro-activement` for *chủ động*: the hyphenated adverb does not exist in French (`de manière proactive`)."
  },
  {
    id: "mt.fr.calque-in-which",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`(?:^|[.!?;:]\s+)Dans lequel,?\s+(?:il y a|on compte|il existe)`,
    weight: 2,
    note: "`Dans lequel, il y a` opening a sentence for *Trong đó* (among which); French says `Parmi eux` or `dont`."
  },
  {
    id: "mt.fr.calque-that-is",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`(?:^|[.!?]\s+)C['’]est-à-dire,`,
    weight: 1.5,
    note: "`C'est-à-dire,` opening a sentence for *Tức là* / *Cụ thể là*; French does not start a sentence with it."
  },
  {
    id: "mt.fr.calque-good-work",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`\bfaire un bon travail (?:de|d['’])\b`,
    caseInsensitive: true,
    weight: 1,
    note: "`faire un bon travail de` for *làm tốt công tác* (do the task of X well)."
  },
  {
    id: "mt.fr.calque-synchronous",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`\bde manière synchrone\b`,
    caseInsensitive: true,
    weight: 0.8,
    note: "`de manière synchrone` for *đồng bộ* (comprehensively, in a coordinated way); French uses it only of machines and clocks."
  },
  {
    id: "mt.fr.calque-personnel-work",
    lang: "fr",
    signal: "calque",
    pattern: String.raw`\ble travail (?:du|de) personnel\b`,
    caseInsensitive: true,
    weight: 0.8,
    note: "`le travail du personnel` for *công tác cán bộ* (cadre policy); French says `la politique des cadres`."
  },
  {
    id: "mt.fr.semicolon-capital",
    lang: "fr",
    signal: "list-style",
    pattern: String.raw`\s;\s+(?!(?:M|Mme|Mgr|Dr)\b)\p{Lu}\p{Ll}`,
    weight: 0.8,
    note: "` ; ` followed by a capitalised clause: Vietnamese list style kept by the translation; French continues a list in lower case."
  },
  {
    id: "mt.fr.comrade",
    lang: "fr",
    signal: "register",
    pattern: String.raw`\bcamarades?\b`,
    caseInsensitive: true,
    weight: 0.4,
    note: "`camarade` for *đồng chí* before every official's name; human translations keep it too, so it is weak."
  },
  {
    id: "mt.fr.vietnamese-name-stripped",
    lang: "fr",
    signal: "name-without-diacritics",
    pattern: String.raw`(?<![\p{L}])(?:Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|To|Trinh|Dinh|Mai|Truong|Luong|Lam|Ha|Dao|Cao|Doan|Chu|Tong|Ta|Thai|Luu|Quach|Kieu|Vuong|Trieu|Lai|Khuc|Nong)(?:\s+(?:(?:[BCDGHKLMNPQRSTVX]|Ch|Gh|Gi|Kh|Ng|Ngh|Nh|Ph|Qu|Th|Tr)(?:uye|uoi|ieu|oai|oay|uay|uya|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uy|a|e|i|o|u|y)|[AEIOUY][aeiouy]{0,2})(?:ch|ng|nh|c|m|n|p|t|u|i|o|y)?(?![\p{L}\p{N}])){1,3}`,
    weight: 0.3,
    note: "A Vietnamese personal name with its diacritics stripped (`Le Minh Hung`, `Vu Dai Thang`): machine translation drops them; native French press often does too, so it is weak."
  }
]
