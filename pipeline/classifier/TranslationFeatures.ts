/**
 * Page-level features of French translationese, for the translation model
 * (`TranslationModel.ts`). They are computed over the page's French title,
 * body and related lines as the pipeline cut and labelled them, and are meant to carry from one
 * outlet to another: rates and profiles rather than phrases.
 *
 * - outlet knowledge (the outlet table's `frenchEdition`), one feature among
 *   the others, absent when the outlet is unknown;
 * - machine-translation habits: spacing before `:` `;` `?` `!` and before a
 *   comma or full stop, a capital after `;`, common nouns capitalised
 *   mid-sentence, one body named two ways, Vietnamese names with and without
 *   diacritics side by side, straight and curly apostrophes mixed, straight
 *   apostrophes against typographic ones; and a desk's habit against: names in
 *   the French transcription (`Nguyên`, `Hô`);
 * - families of calques and slips (`pipeline/rules/translationese.fr.ts`);
 * - the rates of French function words, and a hashed profile of letter trigrams
 *   (1024 buckets, each `12 × √share` of the page's trigrams).
 */
import { createHash } from "node:crypto"
import { frenchTranslationRules } from "../rules/translation.fr.ts"
import { frenchFunctionWords, translationeseFamilies } from "../rules/translationese.fr.ts"
import { countPunctuation, isLetterUnit, isLowerUnit, isSpaceUnit, isUpperUnit, letterWords } from "./Characters.ts"
import { buildWordTrie } from "./WordTrie.ts"

export type OutletEdition = "automatic" | "desk" | "without-french"

/**
 * What the features are computed from: plain data, so training and the stage
 * share it. The page's structure (a switch label, the original beside) is not
 * a feature: it is fixed evidence of `FlagTranslation.ts`, too rare in the gold
 * to learn a weight for.
 */
export interface TranslationPage {
  /** The French title, body and related segments, one per line (`translationPageOf`). */
  readonly text: string
  readonly switchLabel: boolean
  readonly sideBySide: boolean
  readonly translatedBoilerplate: boolean
  /** What the outlet table says of the page's outlet; `null` when the outlet is unknown (or not used). */
  readonly outletEdition: OutletEdition | null
}

/** Hashed letter trigrams: 1024 buckets keep collisions between frequent French trigrams rare (256 mixed them). */
const trigramBuckets = 1024

/**
 * A bucket's value is `trigramScale × √share` (its share of the page's trigrams): the square root
 * lifts the rare trigrams a translation engine writes and a desk does not, against the common ones.
 */
/** 12, not 16: the profile, which carries most of an outlet's house style, weighs less against the habits under the same penalty. */
const trigramScale = 12

/**
 * The outlet table's evidence is one feature of this value (not 1): under the same L2 penalty
 * as the text's hundreds of features, its weight can grow to a few log-odds without dominating.
 */
const outletFeatureValue = 4

interface NamedFeature {
  readonly name: string
  /** Words a user reads in `mt_signals`, or the group the feature belongs to. */
  readonly signal: string
}

const outletFeatures: ReadonlyArray<NamedFeature> = [
  { name: "outlet-automatic", signal: "the outlet's French edition is automatic (outlet table)" },
  { name: "outlet-desk", signal: "the outlet has a French desk (outlet table)" },
  { name: "outlet-without-french", signal: "the outlet publishes no French edition (outlet table)" }
]

const habitFeatures: ReadonlyArray<NamedFeature> = [
  { name: "space-before-colon", signal: "spacing before : ; ? !" },
  { name: "no-space-before-colon", signal: "spacing before : ; ? !" },
  { name: "capital-after-semicolon", signal: "a capital after ;" },
  { name: "capitalised-common-nouns", signal: "common nouns capitalised mid-sentence" },
  { name: "mid-sentence-capitals", signal: "common nouns capitalised mid-sentence" },
  { name: "inconsistent-names", signal: "one body named two ways" },
  { name: "names-without-diacritics", signal: "Vietnamese names without diacritics" },
  { name: "names-both-ways", signal: "names with and without diacritics side by side" },
  { name: "vietnamese-letters", signal: "Vietnamese letters kept in names" },
  { name: "mixed-apostrophes", signal: "straight and curly apostrophes mixed" },
  { name: "curly-apostrophes", signal: "straight apostrophes instead of ’" },
  { name: "space-before-comma", signal: "a space before a comma or full stop" },
  { name: "french-transcription", signal: "Vietnamese names in French transcription (Nguyên, Hô)" },
  { name: "straight-quotes", signal: "straight quotes instead of « »" },
  { name: "dot-thousands", signal: "numbers written the Vietnamese way (1.200)" },
  { name: "adverbs-in-ment", signal: "many adverbs in -ment" },
  { name: "words-per-sentence", signal: "sentence length" }
]

const familyFeatures: ReadonlyArray<NamedFeature> = translationeseFamilies.map((family) => ({
  name: `family:${family.id}`,
  signal: family.signal
}))

const functionWordFeatures: ReadonlyArray<NamedFeature> = frenchFunctionWords.map((word) => ({
  name: `function-word:${word}`,
  signal: "function-word profile"
}))

const trigramFeatures: ReadonlyArray<NamedFeature> = Array.from({ length: trigramBuckets }, (_, i) => ({
  name: `trigram-bucket:${i}`,
  signal: "letter-trigram profile"
}))

const allFeatures: ReadonlyArray<NamedFeature> = [
  { name: "bias", signal: "bias" },
  ...outletFeatures,
  ...habitFeatures,
  ...familyFeatures,
  ...functionWordFeatures,
  ...trigramFeatures
]

export const translationFeatureNames: ReadonlyArray<string> = allFeatures.map((feature) => feature.name)
export const translationFeatureSignals: ReadonlyArray<string> = allFeatures.map((feature) => feature.signal)
export const outletFeatureNames: ReadonlyArray<string> = ["outlet-automatic", "outlet-desk", "outlet-without-french"]

const indexOf = new Map(translationFeatureNames.map((name, index) => [name, index]))
const firstTrigramBucket = indexOf.get("trigram-bucket:0")!
const functionWordIndexes = frenchFunctionWords.map((word) => indexOf.get(`function-word:${word}`)!)
/** Where each function word is counted: one slot per word (a word listed twice shares its slot). */
const functionWordSlots = new Map<string, number>()
for (const word of frenchFunctionWords)
  if (!functionWordSlots.has(word)) functionWordSlots.set(word, functionWordSlots.size)
const functionWordSlotOf = frenchFunctionWords.map((word) => functionWordSlots.get(word)!)

const namesStrippedPattern = frenchTranslationRules.find(
  (rule) => rule.id === "mt.fr.vietnamese-name-stripped"
)!.pattern

const families = translationeseFamilies.map(
  (family) => new RegExp(family.pattern, family.caseInsensitive === true ? "giu" : "gu")
)

/**
 * What a text must hold for the costliest families to match, tested first (a literal search,
 * without the `u` flag's slow paths): without it a family counts 0 without being run.
 * - `dash-apposition` needs `\s+[-–]\s+`: a space, a dash, a space;
 * - `french-inverted-incise` needs `-t-`, `-il` or `-elle`;
 * - `vietnamese-left` needs one of its words between characters that are not ASCII letters
 *   (the pattern asks for no letter at all there);
 * - `french-accents-missing` the same, in any case (opening on the start or a character that is not one,
 *   rather than on the look-behind `(?<![A-Za-z])`: the same texts, the opening tried faster); `ſ` and the Kelvin sign, which `iu` reads
 *   as `s` and `k`, and surrogates send the text to the pattern itself;
 * - `calque-comrade` needs `amarade` (its `[Cc]amarades?`; the optional article and spaces before
 *   it made the pattern start at every character);
 * - `calque-term-session` needs one of the words that open its three branches (`terme`,
 *   `trimestre`, `cours`, `mandat`, `période`, `session`), `calque-honour-formulas` one of its adverbs
 *   or `promouvoir`: each branch opens on that word, written as it is (the patterns have no `i` flag).
 */
export const familyGates: Readonly<Record<string, (text: string) => boolean>> = {
  "dash-apposition": (text) => /\s[-–]\s/.test(text),
  "french-inverted-incise": (text) => /-(?:t-|il|elle)/.test(text),
  "vietnamese-left": (text) => {
    // `(?<![A-Za-z])(?:của|…)(?![A-Za-z])`, its look-behind asked only where a word is found (the pattern
    // opening on it was tried at every character): where it fails, the search goes on from the next one.
    vietnameseLeftWord.lastIndex = 0
    for (let found = vietnameseLeftWord.exec(text); found !== null; found = vietnameseLeftWord.exec(text)) {
      if (found.index === 0 || !isAsciiLetter(text.charCodeAt(found.index - 1))) return true
      vietnameseLeftWord.lastIndex = found.index + 1
    }
    return false
  },
  "french-accents-missing": (text) =>
    /[\ud800-\udfff\u017f\u212a]/.test(text) ||
    /(?:^|[^A-Za-z])(?:a\s+ete|ete\s+[\s\S]+|etait|etaient|apres|deja|tres|etre|president|republique|general|generale|developpement|securite|societe|comite|delegation|delegues?|activites?|reunion|economique|deputes?|ministere|celebre|decembre|fevrier|aout|annee|premiere|specialement|procedure)(?![A-Za-z])/i.test(
      text
    ),
  "calque-comrade": (text) => text.includes("amarade"),
  "calque-term-session": (text) => /terme|trimestre|cours|mandat|période|session/.test(text),
  "calque-honour-formulas": (text) => /solennellement|attentivement|promouvoir|chaleureusement/.test(text)
}
/**
 * Words one of which (in lower case) every match of a family's pattern holds, each a run of three letters or more:
 * read in the page's trigram set before the family is asked (`mayHoldWord`). A word in the text is in one of its
 * words (its units are letters), so its trigrams were marked: where one of them is not for every word, the family
 * counts 0 without its pattern (or its gate) reading the page. (The patterns have no `i` flag:
 * what they match, the page's lower case holds in lower case.)
 * - `calque-cong-tac` needs `travail`; `calque-comrade` `amarade`; `calque-bridge-point` `pont` (both branches);
 * - `calque-term-session` one of the six words its branches open on;
 * - `calque-synchronous` `synchron`(e, isée), `drastique`(ment), `décisive`, `globale` or `activement` (`pro-?activement`);
 * - `calque-honour-formulas` one of its adverbs or `promouvoir`;
 * - `calque-time-of-day-opening` `matin`(ée), `midi` (`après-midi`), `soir`(ée) or `nuit`;
 * - `calque-city-of` `ville` or `minh` (`Ho Chi Minh City`); `hanoi-without-trema` `noi` (`Hanoi`, `Ha Noi`) or `nội`;
 * - `english-left` a month of its list, or one of its words (`Comments?` holds `comment`).
 * (The others need words of two letters, or words most pages hold.)
 */
export const familyWords: Readonly<Record<string, ReadonlyArray<string>>> = {
  "calque-cong-tac": ["travail"],
  "calque-comrade": ["amarade"],
  "calque-term-session": ["terme", "trimestre", "cours", "mandat", "période", "session"],
  "calque-bridge-point": ["pont"],
  "calque-synchronous": ["synchron", "drastique", "décisive", "globale", "activement"],
  "calque-honour-formulas": ["solennellement", "attentivement", "promouvoir", "chaleureusement"],
  "calque-time-of-day-opening": ["matin", "midi", "soir", "nuit"],
  "calque-city-of": ["ville", "minh"],
  "hanoi-without-trema": ["noi", "nội"],
  "english-left": [
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "related",
    "read",
    "share",
    "comment",
    "photo",
    "source",
    "tags",
    "hot",
    "see"
  ]
}
const vietnameseLeftWord =
  /(?:của|và|các|những|được|trong|với|cho|người|này|đã|không|là|tỉnh|huyện|xã|thành\s+phố|đồng\s+chí|Đảng\s+bộ|ủy\s+ban)(?![A-Za-z])/g
const isAsciiLetter = (code: number): boolean => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
const gates = translationeseFamilies.map((family) => familyGates[family.id])

/**
 * The matches of a family's global pattern counted where they can start, without its search from every
 * character: `sticky` (the pattern with `y` instead of `g`) asked at each place `nextStart(text, from)` gives
 * (the first at or after `from` where a match can start, -1 for none), a place after a match sought from
 * its end, after a place that fails from the next character, where the search would go on too.
 */
const countAt = (text: string, sticky: RegExp, nextStart: (text: string, from: number) => number): number => {
  let n = 0
  for (let at = nextStart(text, 0); at >= 0; ) {
    sticky.lastIndex = at
    if (sticky.exec(text) !== null) {
      n++
      at = nextStart(text, sticky.lastIndex)
    } else at = nextStart(text, at + 1)
  }
  return n
}

/**
 * Where a `calque-cong-tac` match can start at or after `from`: it opens on `\b(?:le|du|au|ce|un|bon)\s+travail`,
 * so 2 or 3 units before the spaces before a `travail` (found with `indexOf`; its opening words are letters,
 * so the spaces run back to one).
 */
const congTacStart = (text: string, from: number): number => {
  for (let word = text.indexOf("travail", from); word >= 0; word = text.indexOf("travail", word + 1)) {
    let spaces = word
    while (spaces > 0 && isSpaceUnit(text.charCodeAt(spaces - 1))) spaces--
    if (spaces === word) continue
    for (const at of [spaces - 3, spaces - 2]) if (at >= from) return at
  }
  return -1
}

/** A spaced dash (`dash-apposition`'s gate), each one sought: they may share a space (` - - `). */
const spacedDash = /\s[-–]\s/g

/**
 * Where a `dash-apposition` match can start at or after `from`, in a text without surrogates (a unit is a
 * code point): it opens on `\p{Lu}\p{Ll}+\s+[-–]\s+`, so on the capital before the lower-case letters
 * before the spaces before a spaced dash (the classes do not meet: each run goes back to one place).
 */
const dashAppositionStart = (text: string, from: number): number => {
  spacedDash.lastIndex = from
  for (let found = spacedDash.exec(text); found !== null; found = spacedDash.exec(text)) {
    let i = found.index + 1
    while (i > 0 && isSpaceUnit(text.charCodeAt(i - 1))) i--
    const letters = i
    while (i > 0 && isLowerUnit(text.charCodeAt(i - 1))) i--
    if (i < letters && i - 1 >= from && isUpperUnit(text, i - 1)) return i - 1
    spacedDash.lastIndex = found.index + 1
  }
  return -1
}

/** A UTF-16 surrogate: a text holding one is read by code point (the patterns' own way). */
const surrogateIn = /[\ud800-\udfff]/
const familyPattern = (id: string, flags: string): RegExp => {
  const family = translationeseFamilies.find((row) => row.id === id)!
  return new RegExp(family.pattern, `${family.caseInsensitive === true ? "i" : ""}${flags}`)
}
const congTacSticky = familyPattern("calque-cong-tac", "uy")
const dashApposition = familyPattern("dash-apposition", "gu")
const dashAppositionSticky = familyPattern("dash-apposition", "uy")

/**
 * Where a `calque-comrade` match can start at or after `from`, in a text without surrogates: it opens on
 * `\b(?:le|la|les|du|au|aux|des)?\s*[Cc]amarades?`, so on the unit before an `amarade` (found with `indexOf`), on
 * a space of the run before it, or up to three units before that run (the article): the places from there to the
 * `[Cc]` are asked in order, as the global search would reach them (the pattern opening on an optional article
 * and spaces was tried at every character: the costliest family on the pages holding the word).
 */
const comradeStart = (text: string, from: number): number => {
  const word = text.indexOf("amarade", from + 1)
  if (word < 0) return -1
  let start = word - 1
  while (start > 0 && isSpaceUnit(text.charCodeAt(start - 1))) start--
  return Math.max(from, start - 3, 0)
}
/**
 * Where a `french-inverted-incise` match can start at or after `from`, in a text without surrogates (a unit is a
 * code point): both its branches open on lower-case letters (`\p{Ll}+`, or a verb of its list) right before a
 * hyphen followed by `t-`, `il` or `elle` (its gate's `-(?:t-|il|elle)`), so on a place of the run of lower-case
 * letters before such a hyphen (each place of the run asked in order, as the global search would reach them; the
 * pattern's `\b\p{Ll}+` was tried from every character, backtracking over each run of letters).
 */
const incisePlace = /-(?:t-|il|elle)/g
const inverseIncisionStart = (text: string, from: number): number => {
  incisePlace.lastIndex = from + 1
  for (let found = incisePlace.exec(text); found !== null; found = incisePlace.exec(text)) {
    const hyphen = found.index
    let start = hyphen
    while (start > 0 && isLowerUnit(text.charCodeAt(start - 1))) start--
    if (start < hyphen) return Math.max(from, start)
    incisePlace.lastIndex = hyphen + 1
  }
  return -1
}
const inverseIncision = familyPattern("french-inverted-incise", "gu")
const inverseIncisionSticky = familyPattern("french-inverted-incise", "uy")
const comrade = familyPattern("calque-comrade", "gu")
const comradeSticky = familyPattern("calque-comrade", "uy")

/** Families counted where their matches can start (`countAt`): the pattern's own count, faster. */
export const familyCounts: Readonly<Record<string, (text: string) => number>> = {
  "calque-cong-tac": (text) => countAt(text, congTacSticky, congTacStart),
  "calque-comrade": (text) =>
    surrogateIn.test(text) ? count(text, comrade) : countAt(text, comradeSticky, comradeStart),
  "french-inverted-incise": (text) =>
    surrogateIn.test(text) ? count(text, inverseIncision) : countAt(text, inverseIncisionSticky, inverseIncisionStart),
  "dash-apposition": (text) =>
    surrogateIn.test(text) ? count(text, dashApposition) : countAt(text, dashAppositionSticky, dashAppositionStart)
}
const familyCounters = translationeseFamilies.map(
  (family, i) => familyCounts[family.id] ?? ((text: string) => count(text, families[i]!))
)
const namesStripped = new RegExp(namesStrippedPattern, "gu")
const vietnameseLetter = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩìíọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ"
const namesWithDiacritics = new RegExp(
  String.raw`(?<![\p{L}])\p{Lu}\p{Ll}*[${vietnameseLetter}]\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+`,
  "gu"
)
/**
 * What `namesWithDiacritics` needs, tested first without the `u` flag: one of its Vietnamese letters,
 * then letters (every unit but the spaces and the ASCII ones that are not `a-z`), spaces, and a unit that
 * can be (or open) an upper-case letter (`transcriptionGate`'s): a page whose marked letters close no
 * word before a capitalised one has no such name, and the pattern is not run.
 */
const namesWithDiacriticsGate = new RegExp(
  String.raw`[${vietnameseLetter}][^\s\x00-\x60\x7b-\x7f]*\s+[A-ZÀ-ÖØ-Þ\u0100-\u1fff\u2070-\uffff]`
)
/** Whether `text` holds a match of `namesWithDiacritics` (its gate first). */
const hasNameWithDiacritics = (text: string): boolean => {
  if (!namesWithDiacriticsGate.test(text)) return false
  namesWithDiacritics.lastIndex = 0
  return namesWithDiacritics.test(text)
}
/** A letter French does not write (`ơ`, `ư`, `đ`, `ạ`, `ễ`, ...): `â ê ô` alone are French letters too. */
const vietnameseOnlyLetter = /[ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu
/**
 * The French words of the transcription's shape, which `frenchTranscription`'s look-ahead leaves out
 * (`countTranscribedRuns` asks the set itself).
 */
export const frenchWordsOfTranscriptionShape: ReadonlySet<string> = new Set([
  "Hôtel",
  "Hôpital",
  "Fête",
  "Côte",
  "Château",
  "Tête",
  "Être",
  "Même",
  "Forêt",
  "Côté",
  "Hôte",
  "Âge",
  "Pâques",
  "Dôme",
  "Rôle",
  "Contrôle",
  "Arrêt",
  "Intérêt",
  "Conquête",
  "Enquête",
  "Prêt",
  "Fenêtre",
  "Bientôt",
  "Aussitôt",
  "Tôt",
  "Plutôt",
  "Hôtels",
  "Hôpitaux",
  "Fêtes",
  "Têt"
])
/**
 * A capitalised word whose only marks are French ones over Vietnamese vowels (`Nguyên`, `Trân`, `Hô`, `Lâm`,
 * `Yên Bai`): the transcription French-language desks print; engines strip every mark or keep them all.
 * French words of that shape (`Hôtel`, `Fête`, `Côte`, `Hôpital`...) are left out.
 */
export const frenchTranscription = new RegExp(
  String.raw`(?<!\p{L})(?!(?:${[...frenchWordsOfTranscriptionShape].join("|")})(?!\p{L}))\p{Lu}[a-zâêô]*[âêô][a-zâêô]*(?!\p{L})`,
  "gu"
)

/**
 * What `frenchTranscription` needs, tested first without the `u` flag: one of `[âêô]` after `[a-zâêô]*` after
 * a UTF-16 unit that can be (or end) an upper-case letter: every unit but the ASCII and Latin-1 ones that
 * are none, and the general punctuation's (`’`, `–`, `“`), where no letter is.
 */
const transcriptionGate = /[A-ZÀ-ÖØ-Þ\u0100-\u1fff\u2070-\uffff][a-zâêô]*[âêô]/
/** A run of capitalised words on one line: a name (`Nguyên Thi Kim Tiên`, `Nguyễn Xuân Hùng`, `Long Xuyên`). */
const nameRun = /(?<!\p{L})\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)*/gu

/**
 * Words in the French transcription, counted only in names that print no letter French does not write:
 * `Xuân`, `Tân` or `Xuyên` are also how Vietnamese spells them with all its marks, so in `Nguyễn Xuân
 * Hùng` they are the name kept whole (an engine's habit), not a desk's transcription.
 *
 * A text without surrogates is not cut into names: a word the pattern counts is a whole word of a name
 * run (a capital, then `[a-zâêô]*[âêô][a-zâêô]*`, not one of its French words), so only the runs holding a
 * word of that opening (`transcriptionWords`, found without the `u` flag) are read (`countTranscribedRuns`).
 */
export const countFrenchTranscription = (text: string): number => {
  // A word the pattern counts is a capital, then `[a-zâêô]*[âêô]`: a text with no such letters after a
  // character that can be a capital has none (most pages), and is not cut into names.
  if (!transcriptionGate.test(text)) return 0
  return surrogateIn.test(text) ? countFrenchTranscriptionOf(text) : countTranscribedRuns(text)
}

/** `countFrenchTranscription` by cutting the text into name runs (`nameRun`), each asked of the patterns. */
export const countFrenchTranscriptionOf = (text: string): number => {
  if (!transcriptionGate.test(text)) return 0
  let n = 0
  for (const run of text.match(nameRun) ?? []) {
    if (vietnameseOnlyLetter.test(run)) continue
    n += count(run, frenchTranscription)
  }
  return n
}

/** Where a word `frenchTranscription` may count opens: `transcriptionGate`'s matches, one after the other. */
const transcriptionWords = new RegExp(transcriptionGate.source, "g")
const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09
/** `[a-zâêô]` */
const isTranscriptionLetter = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || code === 0xe2 || code === 0xea || code === 0xf4
/** `[âêô]` */
const isTranscriptionMark = (code: number): boolean => code === 0xe2 || code === 0xea || code === 0xf4

/** The end of the run of letters from `i` (a text without surrogates: a unit is a code point). */
const lettersEnd = (text: string, i: number): number => {
  while (i < text.length && isLetterUnit(text.charCodeAt(i))) i++
  return i
}

/** The start of the run of letters ending at `end`. */
const lettersStart = (text: string, end: number): number => {
  while (end > 0 && isLetterUnit(text.charCodeAt(end - 1))) end--
  return end
}

/**
 * `countFrenchTranscriptionOf` for a text without surrogates, which every unit reads as a code point.
 * A name run (`nameRun`) is a chain of words, each a capital then letters, joined by spaces or tabs, its
 * first word after no letter: every word opening in a capital after no letter is in one, and the run is
 * found from it, back and forth along the chain. A word the pattern counts opens a word of its run (its
 * look-behind) and ends it (its look-ahead: a word runs to a space, a tab or the run's end), so it is a
 * whole word; the run is skipped if it holds a letter French does not write, as before.
 */
const countTranscribedRuns = (text: string): number => {
  let n = 0
  // Where the last run read ends: a word found before it is in that run, already read.
  let readTo = 0
  transcriptionWords.lastIndex = 0
  for (let found = transcriptionWords.exec(text); found !== null; found = transcriptionWords.exec(text)) {
    const at = found.index
    if (at < readTo || !isUpperUnit(text, at) || (at > 0 && isLetterUnit(text.charCodeAt(at - 1)))) continue
    // Back along the chain: spaces or tabs, then a word opening in a capital.
    let start = at
    for (;;) {
      let gap = start
      while (gap > 0 && isSpaceOrTab(text.charCodeAt(gap - 1))) gap--
      if (gap === start || gap === 0 || !isLetterUnit(text.charCodeAt(gap - 1))) break
      const word = lettersStart(text, gap - 1)
      if (!isUpperUnit(text, word)) break
      start = word
    }
    // Forth: the word, then spaces or tabs and a word opening in a capital, for as long as there are.
    let end = lettersEnd(text, at + 1)
    for (;;) {
      let gap = end
      while (gap < text.length && isSpaceOrTab(text.charCodeAt(gap))) gap++
      if (gap === end || !isUpperUnit(text, gap)) break
      end = lettersEnd(text, gap + 1)
    }
    readTo = end
    if (vietnameseOnlyLetter.test(text.slice(start, end))) continue
    // Each word of the run: a capital, then letters up to a space, a tab or the run's end.
    for (let word = start; word < end; ) {
      const wordEnd = lettersEnd(text, word + 1)
      let marked = false
      let shaped = true
      for (let i = word + 1; i < wordEnd && shaped; i++) {
        const code = text.charCodeAt(i)
        if (!isTranscriptionLetter(code)) shaped = false
        else if (isTranscriptionMark(code)) marked = true
      }
      if (shaped && marked && !frenchWordsOfTranscriptionShape.has(text.slice(word, wordEnd))) n++
      word = wordEnd
      while (word < end && isSpaceOrTab(text.charCodeAt(word))) word++
    }
  }
  return n
}

/**
 * Words holding such a letter: what `/\p{L}*[ăđ…]\p{L}*\/giu` counts (each match runs from
 * the start of a run of letters to its end), without that pattern's backtracking over every
 * letter of every French word. The runs of letters (`text.match(/\p{L}+/gu)`) that hold one, found
 * from the letters themselves, rare in French: each found, the search goes on past the end of its run.
 */
export const countVietnameseOnlyWords = (text: string): number => {
  let n = 0
  vietnameseOnlyLetters.lastIndex = 0
  for (let found = vietnameseOnlyLetters.exec(text); found !== null; found = vietnameseOnlyLetters.exec(text)) {
    n++
    // The letter found is a letter: the rest of its run is at least that letter.
    restOfRun.lastIndex = found.index
    restOfRun.exec(text)
    vietnameseOnlyLetters.lastIndex = restOfRun.lastIndex
  }
  return n
}
const vietnameseOnlyLetters = new RegExp(vietnameseOnlyLetter.source, "giu")
const restOfRun = /\p{L}*/uy
/**
 * A common noun capitalised mid-sentence: one of `capitalisedNoun`'s words where `midSentence` holds
 * before it (a lower-case letter, maybe a comma, and a space; or a spaced dash): what
 * `/(?<=\p{Ll}[,]?\s|\s[-–]\s)(?:Secrétaire|…)\b/gu` counts. The words are found first (a search
 * V8 runs on their first letters; the pattern that opened on the look-behind asked it at every
 * character), the look-behind then asked where one starts. Where it fails, the search goes on from
 * the next character, where that pattern would have gone on too: the matches are the same, in
 * number and in place.
 */
export const countCommonNounsCapitalised = (text: string): number => {
  let n = 0
  capitalisedNoun.lastIndex = 0
  for (let found = capitalisedNoun.exec(text); found !== null; found = capitalisedNoun.exec(text)) {
    midSentence.lastIndex = found.index
    if (midSentence.test(text)) {
      n++
      capitalisedNoun.lastIndex = found.index + found[0].length
    } else capitalisedNoun.lastIndex = found.index + 1
  }
  return n
}
const capitalisedNoun =
  /(?:Secrétaire|Président|Vice-président|Ministre|Vice-ministre|Province|Provincial|District|Commune|Ville|Délégués?|Camarades?|Directeur|Chef|Session|Conférence|Résolution|Directive|Programme|Projet|Délégation|Membres?|Comité|Conseil|Département|Secteur|Localité|Unité|Agence|Entreprise|Peuple|Cadres?)\b/gu
const midSentence = /(?<=\p{Ll}[,]?\s|\s[-–]\s)/uy
export const bodyNamePattern =
  /\b(?<head>Comité|Commission|Département|Conseil|Bureau|Office|Comités|Commissions)\s+(?<qualifier>(?:central|national|provincial|populaire|permanent|exécutif)e?s?\s+(?:d['’]|de\s+la\s+|des?\s+|du\s+)\p{L}+)/gu

/** One qualifier printed with two different heads (`Comité central d'organisation`, `Commission centrale d'organisation`). */
export const hasInconsistentNames = (text: string): boolean => {
  // Asked twice of each page (the fixed page signals, then the model's features): the last answer is kept.
  if (text === lastNames.text) return lastNames.inconsistent
  const inconsistent = inconsistentNames(text)
  lastNames = { text, inconsistent }
  return inconsistent
}
let lastNames = { text: "", inconsistent: false }

/**
 * Where a match of `bodyNamePattern` may start: one of its heads (`Comités` and `Commissions` start as
 * `Comit` and `Commission`), each sought with `indexOf` (most pages hold none). No head starts inside
 * another.
 */
const bodyNameHeads = ["Comit", "Commission", "Département", "Conseil", "Bureau", "Office"]
/** `bodyNamePattern` asked at one place. */
const bodyNameAt = new RegExp(bodyNamePattern.source, "uy")

/**
 * `bodyNamePattern`'s matches (`text.matchAll`), in order: the pattern asked only where one of its heads
 * starts (it opens on one, after a `\b` it asks itself), which is where its search from each character
 * could match; after a match the heads are sought from its end, where that search goes on.
 */
export const bodyNames = (text: string): Array<RegExpExecArray> => {
  const matches: Array<RegExpExecArray> = []
  // The next place of each head at or after `from` (-1: none left).
  const next = bodyNameHeads.map((head) => text.indexOf(head))
  for (;;) {
    let at = -1
    for (const place of next) if (place >= 0 && (at < 0 || place < at)) at = place
    if (at < 0) return matches
    bodyNameAt.lastIndex = at
    const match = bodyNameAt.exec(text)
    if (match !== null) matches.push(match)
    const from = match === null ? at + 1 : bodyNameAt.lastIndex
    for (let k = 0; k < next.length; k++)
      if (next[k]! >= 0 && next[k]! < from) next[k] = text.indexOf(bodyNameHeads[k]!, from)
  }
}

/**
 * A qualifier's first word without its feminine or plural ending. (A pattern written in the function is made
 * again at each call once bundled, `new RegExp` of its source: in a run, whose collections empty V8's cache of
 * compiled patterns, compiled again too. Made once here; a pattern without `g` or `y` is read from the start.)
 */
const qualifierEnding = /^(\p{L}+?)e?s?\s/u

const inconsistentNames = (text: string): boolean => {
  const headsByQualifier = new Map<string, Set<string>>()
  for (const match of bodyNames(text)) {
    const head = (match.groups?.head ?? "").replace(/s$/u, "")
    const qualifier = (match.groups?.qualifier ?? "").replace(qualifierEnding, "$1 ").replace(/’/gu, "'").toLowerCase()
    const heads = headsByQualifier.get(qualifier) ?? new Set<string>()
    heads.add(head)
    headsByQualifier.set(qualifier, heads)
  }
  return [...headsByQualifier.values()].some((heads) => heads.size > 1)
}

const count = (text: string, regex: RegExp): number => {
  regex.lastIndex = 0
  let n = 0
  while (regex.exec(text) !== null) n++
  return n
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)

/**
 * A label in capitals that opens a line, then its colon: a dateline (`HANOÏ : Par milliers…`, Arab News
 * reprinting AFP), a rubric (`VIDÉO :` on vietnam.vn, `DÉCISION:` on Báo Nghệ An, `LA PHOTO:` on
 * franceinfo, `NDLR:` on VNA) or a title's kicker (`VIETNAM : LA GRANDE FÊTE…`, LCI). Its spacing is the
 * outlet's template, the same on every page, whoever wrote or translated the text after it: the
 * spacing habit (`space-before-colon`, `no-space-before-colon`) leaves its colon out. On a short page
 * whose only mark it is, counted it read as the whole page's typography. (A colon before a digit or `//`
 * is left as `countPunctuation` counts it.)
 */
const capitalLabel = /^\p{Lu}[\p{Lu} '’-]*\p{Lu}([ \u00a0\u202f]?):(?!\/\/|\d)/gmu
/** What `capitalLabel` needs, a literal search: two capitals, then (after an optional space) a colon. */
const capitalLabelGate = /[A-ZÀ-ÞĀ-ỹ][ \u00a0\u202f]?:/

/** The colons of labels in capitals opening a line, with and without a space before them. */
export const countCapitalLabels = (text: string): { readonly spaced: number; readonly unspaced: number } => {
  let spaced = 0
  let unspaced = 0
  if (!capitalLabelGate.test(text)) return { spaced, unspaced }
  // `text.matchAll(capitalLabel)`'s matches, found by the pattern itself (none is empty: each goes on from the
  // last one's end): `matchAll` searches with a copy, which V8 compiles again whenever its cache was emptied.
  capitalLabel.lastIndex = 0
  for (let match = capitalLabel.exec(text); match !== null; match = capitalLabel.exec(text)) {
    if (match[1] === "") unspaced++
    else spaced++
  }
  capitalLabel.lastIndex = 0
  return { spaced, unspaced }
}

/** FNV-1a over three UTF-16 units (a trigram's), all 32 bits. */
const trigramHash = (a: number, b: number, c: number): number => {
  let hash = 0x811c9dc5
  hash ^= a
  hash = Math.imul(hash, 0x01000193)
  hash ^= b
  hash = Math.imul(hash, 0x01000193)
  hash ^= c
  return Math.imul(hash, 0x01000193)
}
/**
 * A trigram's bucket is `(hash >>> 0) % trigramBuckets`, a power of two: the hash's low bits, `hash & trigramMask`.
 * (The bundle makes the module's constants variables: a remainder by one is a division per trigram.)
 */
const trigramMask = trigramBuckets - 1
if ((trigramBuckets & trigramMask) !== 0) throw new Error("trigramBuckets must be a power of two")

/**
 * The trigrams a page holds, as a set of 65,536 bits (2,048 32-bit words) indexed by bits 10 to 25 of their
 * hash (`trigramHash`; the buckets use bits 0 to 9): a page's few thousand trigrams set a few per cent of them,
 * so a trigram the page does not hold is rarely found there (in the 1,024 buckets, a bucket holds a trigram for
 * about 40 % of them). Not a feature: what the gates ask (`mayHoldWord`).
 */
export const trigramSetWords = 2048
/** Marks the trigram of `hash` in `seen`. */
const markTrigram = (seen: Int32Array, hash: number): void => {
  seen[(hash >>> 15) & 2047]! |= 1 << ((hash >>> 10) & 31)
}
/** Whether the trigram of `hash` is marked in `seen`. */
const hasTrigram = (seen: Int32Array, hash: number): boolean =>
  (seen[(hash >>> 15) & 2047]! & (1 << ((hash >>> 10) & 31))) !== 0
/** A trigram set for callers that do not ask for one. */
const unusedTrigramSet = new Int32Array(trigramSetWords)

const space = 0x20

/** Adds the trigrams of ` word ` (the word between spaces) to `buckets` and marks them in `seen`; returns how many. */
const addTrigrams = (word: string, buckets: Float64Array, seen: Int32Array): number => {
  let a = space
  let b = word.length > 0 ? word.charCodeAt(0) : space
  for (let i = 1; i <= word.length; i++) {
    const c = i === word.length ? space : word.charCodeAt(i)
    const hash = trigramHash(a, b, c)
    buckets[hash & trigramMask]! += 1
    markTrigram(seen, hash)
    a = b
    b = c
  }
  return word.length
}

/**
 * Families whose every match holds a whole word (a run of letters between units that are none: their patterns'
 * `(?<![\p{L}])…(?![\p{L}])`) of a list, which the pass over the page's words finds in its lower case: a page
 * without one counts 0 there without the family's gate or pattern reading it. A family read without case
 * (`caseInsensitive`, `iu`) also matches `ſ` and the Kelvin sign as `s` and `k`, which the lower case does not
 * print as such: a page holding one (or a surrogate) is asked as before. Each family's bit in `WordProfile.families`
 * is `1 << index` (index in this list).
 * - `french-accents-missing`: its words (`a\s+ete` and `ete\s+…` hold `ete`);
 * - `vietnamese-left`: its words, the first of `thành\s+phố`, `đồng\s+chí`, `Đảng\s+bộ` (as `đảng`), `ủy\s+ban`.
 */
export const familyWholeWords: ReadonlyArray<{ readonly family: string; readonly words: ReadonlyArray<string> }> = [
  {
    family: "french-accents-missing",
    words: [
      "ete",
      "etait",
      "etaient",
      "apres",
      "deja",
      "tres",
      "etre",
      "president",
      "republique",
      "general",
      "generale",
      "developpement",
      "securite",
      "societe",
      "comite",
      "delegation",
      "delegue",
      "delegues",
      "activite",
      "activites",
      "reunion",
      "economique",
      "depute",
      "deputes",
      "ministere",
      "celebre",
      "decembre",
      "fevrier",
      "aout",
      "annee",
      "premiere",
      "specialement",
      "procedure"
    ]
  },
  {
    family: "vietnamese-left",
    words: [
      "của",
      "và",
      "các",
      "những",
      "được",
      "trong",
      "với",
      "cho",
      "người",
      "này",
      "đã",
      "không",
      "là",
      "tỉnh",
      "huyện",
      "xã",
      "thành",
      "đồng",
      "đảng",
      "ủy"
    ]
  }
]

/** What the page's words give the features: read from `letterWords` of its lower case, or in one pass (`profileWords`). */
export interface WordProfile {
  /** How many words (`letterWords(lower).length`). */
  readonly words: number
  /** Words longer than 6 units ending in `ment`. */
  readonly adverbs: number
  /** How many trigrams were added to the buckets (the words' units summed). */
  readonly trigrams: number
  /** The bits of the `familyWholeWords` one of whose words is a run of letters of a word (`1 << index`). */
  readonly families: number
}

/**
 * The words of `lower` (`letterWords`), each function word counted in its slot of `functionWordCounts`
 * and each word's trigrams added to `buckets` (and marked in `seen`): the way `translationFeatures` read them
 * before `profileWords`, kept for a text holding a surrogate and for the tests.
 */
export const profileWordsOf = (
  lower: string,
  functionWordCounts: Float64Array,
  buckets: Float64Array,
  seen: Int32Array = unusedTrigramSet
): WordProfile => {
  const words = letterWords(lower)
  let adverbs = 0
  for (const word of words) if (word.length > 6 && word.endsWith("ment")) adverbs++
  for (const word of words) {
    const slot = functionWordSlots.get(word)
    if (slot !== undefined) functionWordCounts[slot]!++
  }
  let trigrams = 0
  for (const word of words) trigrams += addTrigrams(word, buckets, seen)
  let families = 0
  for (const word of words) for (const run of word.split(/['’]/u)) families |= wholeWordFamilies.get(run) ?? 0
  return { words: words.length, adverbs, trigrams, families }
}

/** Each word of `familyWholeWords` with the bits of the families that list it. */
const wholeWordFamilies = new Map<string, number>()
familyWholeWords.forEach(({ words }, index) => {
  for (const word of words) wholeWordFamilies.set(word, (wholeWordFamilies.get(word) ?? 0) | (1 << index))
})

/** The units of the function words, each a letter of `functionWordTrie` (`-1`: none). */
const functionWordLetterOf = new Int16Array(0x10000).fill(-1)
const functionWordLetters: Array<number> = []
for (const word of [...frenchFunctionWords, ...wholeWordFamilies.keys()])
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (functionWordLetterOf[code] === -1) {
      functionWordLetterOf[code] = functionWordLetters.length
      functionWordLetters.push(code)
    }
  }
const FUNCTION_WORD_LETTERS = functionWordLetters.length
/**
 * The function words and the words of `familyWholeWords` as a trie over their units:
 * `next[node * FUNCTION_WORD_LETTERS + letter]` is the next node (0: none; the root, node 0, is no child),
 * `value[node]` one more than the slot of the function word ending there (0: none) in its low 8 bits, and
 * above them (`>> FAMILY_BITS_SHIFT`) the families' bits of the word ending there.
 */
const FAMILY_BITS_SHIFT = 8
if (functionWordSlots.size >= 1 << FAMILY_BITS_SHIFT) throw new Error("too many function words for the trie's values")
const trieValues = new Map<string, number>()
for (const word of frenchFunctionWords) trieValues.set(word, functionWordSlots.get(word)! + 1)
for (const [word, bits] of wholeWordFamilies) {
  // each a run of letters in lower case: a run of a word of the page's lower case, walked down the trie
  if (word.length === 0 || word !== word.toLowerCase() || [...word].some((unit) => !isLetterUnit(unit.charCodeAt(0))))
    throw new Error(`familyWholeWords: ${JSON.stringify(word)} is not a word of letters in lower case`)
  trieValues.set(word, (trieValues.get(word) ?? 0) | (bits << FAMILY_BITS_SHIFT))
}
const functionWordTrie = buildWordTrie(
  FUNCTION_WORD_LETTERS,
  Array.from(
    trieValues,
    ([word, value]) => [Array.from(word, (unit) => functionWordLetterOf[unit.charCodeAt(0)]!), value] as const
  )
)
const FUNCTION_WORD_SLOT_MASK = (1 << FAMILY_BITS_SHIFT) - 1

const apostrophe = 0x27
const curlyApostrophe = 0x2019
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff

/**
 * `profileWordsOf` in one pass over the units of `lower`, no word cut out: a word is a run of letters,
 * on over each straight or curly apostrophe a letter follows (`letterWords`' words); its trigrams are
 * hashed as its units are read, and it is walked down `functionWordTrie` as it goes. A text holding a
 * surrogate (which `letterWords` reads by code point) is read by `profileWordsOf`, the counts and
 * buckets cleared first.
 */
export const profileWords = (
  lower: string,
  functionWordCounts: Float64Array,
  buckets: Float64Array,
  seen: Int32Array = unusedTrigramSet
): WordProfile => {
  const { next, value: valueAt } = functionWordTrie
  const n = lower.length
  let words = 0
  let adverbs = 0
  let trigrams = 0
  let families = 0
  let hash = 0
  let i = 0
  while (i < n) {
    let code = lower.charCodeAt(i)
    if (!isLetterUnit(code)) {
      if (isSurrogate(code)) {
        functionWordCounts.fill(0)
        buckets.fill(0)
        seen.fill(0)
        return profileWordsOf(lower, functionWordCounts, buckets, seen)
      }
      i++
      continue
    }
    const start = i
    // the trigram's first two units (before the word, a space), and the trie's node (0: no function word)
    let a = space
    let b = code
    let letter = functionWordLetterOf[code]!
    let node = letter < 0 ? 0 : next[letter]!
    // no apostrophe read yet: the word may be a function word
    let whole = true
    i++
    for (;;) {
      for (; i < n; i++) {
        code = lower.charCodeAt(i)
        if (!isLetterUnit(code)) break
        hash = trigramHash(a, b, code)
        buckets[hash & trigramMask]! += 1
        markTrigram(seen, hash)
        a = b
        b = code
        if (node > 0) {
          letter = functionWordLetterOf[code]!
          node = letter < 0 ? 0 : next[node * FUNCTION_WORD_LETTERS + letter]!
        }
      }
      if (i + 1 >= n || (code !== apostrophe && code !== curlyApostrophe) || !isLetterUnit(lower.charCodeAt(i + 1)))
        break
      // the run of letters before the apostrophe ends: one of `familyWholeWords`' words?
      if (node > 0) families |= valueAt[node]! >> FAMILY_BITS_SHIFT
      // the apostrophe, then the letters after it: no function word holds one (`whole` is false from here), but
      // the run after it is walked from the root, a word of its own for the families (its first letter read here)
      hash = trigramHash(a, b, code)
      buckets[hash & trigramMask]! += 1
      markTrigram(seen, hash)
      a = b
      b = code
      whole = false
      i++
      code = lower.charCodeAt(i)
      hash = trigramHash(a, b, code)
      buckets[hash & trigramMask]! += 1
      markTrigram(seen, hash)
      a = b
      b = code
      letter = functionWordLetterOf[code]!
      node = letter < 0 ? 0 : next[letter]!
      i++
    }
    hash = trigramHash(a, b, space)
    buckets[hash & trigramMask]! += 1
    markTrigram(seen, hash)
    const length = i - start
    words++
    trigrams += length
    if (
      length > 6 &&
      lower.charCodeAt(i - 4) === 0x6d && // m
      lower.charCodeAt(i - 3) === 0x65 && // e
      lower.charCodeAt(i - 2) === 0x6e && // n
      lower.charCodeAt(i - 1) === 0x74 // t
    )
      adverbs++
    if (node > 0) {
      const value = valueAt[node]!
      families |= value >> FAMILY_BITS_SHIFT
      const slot = value & FUNCTION_WORD_SLOT_MASK
      if (whole && slot > 0) functionWordCounts[slot - 1]!++
    }
  }
  return { words, adverbs, trigrams, families }
}

const set = (dense: Float64Array, name: string, value: number): void => {
  dense[indexOf.get(name)!] = value
}

/**
 * A digest of every vocabulary and pattern the features are computed with: a
 * model trained on other vocabularies is refused at start-up.
 */
export const translationFeatureDigest: string = createHash("sha256")
  .update(
    JSON.stringify({
      translationFeatureNames,
      families: translationeseFamilies.map(({ id, pattern, caseInsensitive }) => [id, pattern, caseInsensitive]),
      namesStrippedPattern,
      frenchTranscription: frenchTranscription.source,
      capitalLabel: capitalLabel.source,
      trigramBuckets,
      trigramScale,
      outletFeatureValue
    })
  )
  .digest("hex")
  .slice(0, 16)

/** Where each family's feature is, in `translationeseFamilies` order. */
const familyIndexes = translationeseFamilies.map((family) => indexOf.get(`family:${family.id}`)!)
const outletIndexes: Readonly<Record<OutletEdition, number>> = {
  automatic: indexOf.get("outlet-automatic")!,
  desk: indexOf.get("outlet-desk")!,
  "without-french": indexOf.get("outlet-without-french")!
}

/** A capital after a semicolon (made once: see `qualifierEnding`; `count` starts it at 0). */
const capitalAfterSemicolonPattern = /;\s+\p{Lu}\p{Ll}/gu

/** The hashes of a word's trigrams (its own units, no space: those of any word holding it). */
export const wordTrigrams = (word: string): Int32Array =>
  Int32Array.from({ length: word.length - 2 }, (_, i) =>
    trigramHash(word.charCodeAt(i), word.charCodeAt(i + 1), word.charCodeAt(i + 2))
  )

/** Per family (`translationeseFamilies` order), its words' trigrams (`familyWords`), or `undefined`. */
const familyWordTrigrams: ReadonlyArray<ReadonlyArray<Int32Array> | undefined> = translationeseFamilies.map(
  (family) => {
    const words = familyWords[family.id]
    if (words === undefined) return undefined
    // the pattern in lower case, `[Vv]` read as `v`: a word must be printed there (a check of the table, not a proof)
    const printed = family.pattern
      .replace(/\[(\p{Lu})(\p{Ll})\]/gu, (both, upper: string, lower: string) =>
        upper.toLowerCase() === lower ? lower : both
      )
      .toLowerCase()
    for (const word of words) {
      // each a run of letters in lower case that the pattern prints: a word of the page's profile
      const letters = [...word].every((unit) => unit.length === 1 && isLetterUnit(unit.charCodeAt(0)))
      if (word.length < 3 || !letters || word !== word.toLowerCase() || !printed.includes(word))
        throw new Error(`familyWords: ${JSON.stringify(word)} cannot gate ${family.id}`)
    }
    return words.map(wordTrigrams)
  }
)

/** Per family (`translationeseFamilies` order), its bit in `WordProfile.families` (`familyWholeWords`), or 0. */
const familyWholeWordBits: ReadonlyArray<number> = translationeseFamilies.map((family) => {
  const index = familyWholeWords.findIndex((row) => row.family === family.id)
  return index < 0 ? 0 : 1 << index
})
/** Per family, whether its pattern reads without case (`iu`). */
const familyCaseless: ReadonlyArray<boolean> = translationeseFamilies.map((family) => family.caseInsensitive === true)
/**
 * What `iu` matches as an ASCII letter that the lower case does not print as one (`ſ`, the Kelvin sign), and the
 * surrogates (a text holding one: `french-accents-missing`'s gate sends it to the pattern too).
 */
const foldedToAsciiLetter = /[\ud800-\udfff\u017f\u212a]/
for (const { family, words } of familyWholeWords) {
  const row = translationeseFamilies.find((candidate) => candidate.id === family)
  if (row === undefined || words.some((word) => !row.pattern.toLowerCase().includes(word)))
    throw new Error(`familyWholeWords: ${family}'s words are not all printed in its pattern`)
}

/**
 * Whether one of the words (their `wordTrigrams`) may be in the page whose trigram set is given (`profileWords`'
 * `seen`): every trigram of one of them is marked. A word of three letters or more that a text holds is in one of
 * its words, its trigrams marked: where this is false, the text holds none of them.
 */
export const mayHoldWord = (seen: Int32Array, words: ReadonlyArray<Int32Array>): boolean => {
  next: for (const word of words) {
    for (let i = 0; i < word.length; i++) if (!hasTrigram(seen, word[i]!)) continue next
    return true
  }
  return false
}

/** `translationFeatures`' function-word counts, trigram buckets and trigram set, cleared at each page. */
const scratchFunctionWordCounts = new Float64Array(functionWordSlots.size)
const scratchBuckets = new Float64Array(trigramBuckets)
const scratchTrigramSet = new Int32Array(trigramSetWords)

/**
 * The page's feature vector, dense, in `translationFeatureNames` order (feature 0 is the bias): a new array, or
 * `into` cleared and filled (a caller that reads the vector and drops it, as the stage does: a typed array this
 * long is allocated outside V8's heap, a call into the runtime, and its memory freed by the collector).
 */
export const translationFeatures = (
  page: TranslationPage,
  into?: Float64Array,
  trigramSetInto?: Int32Array
): Float64Array => {
  const dense =
    into === undefined || into.length !== translationFeatureNames.length
      ? new Float64Array(translationFeatureNames.length)
      : into.fill(0)
  const text = page.text
  // The words of `text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []`: only the function words
  // are counted (the page's other words are no feature), their trigrams hashed into the buckets.
  // (the module's two scratch arrays, cleared: every page's count starts at 0, without 9 KB to collect per page)
  const functionWordCounts = scratchFunctionWordCounts.fill(0)
  const buckets = scratchBuckets.fill(0)
  // (`trigramSetInto`, when given, keeps the page's trigram set for the caller: `mayHoldWord`)
  const seen = (
    trigramSetInto === undefined || trigramSetInto.length !== trigramSetWords ? scratchTrigramSet : trigramSetInto
  ).fill(0)
  const profile = profileWords(text.toLowerCase(), functionWordCounts, buckets, seen)
  const wordCount = Math.max(1, profile.words)
  const per100 = (n: number): number => Math.min(3, (100 * n) / wordCount)
  set(dense, "bias", 1)
  if (page.outletEdition !== null) dense[outletIndexes[page.outletEdition]] = outletFeatureValue

  const counted = countPunctuation(text)
  // The colon of a label in capitals opening a line is the outlet's template, not the writer's typing: not counted.
  const labels = countCapitalLabels(text)
  const punctuation = counted.marks - labels.spaced - labels.unspaced
  set(dense, "space-before-colon", ratio(counted.spaceBeforeMark - labels.spaced, punctuation))
  set(dense, "no-space-before-colon", ratio(counted.noSpaceBeforeMark - labels.unspaced, punctuation))
  // Without a semicolon the ratio is 0: the pattern is not run.
  const capitalAfterSemicolon = counted.semicolons === 0 ? 0 : count(text, capitalAfterSemicolonPattern)
  set(dense, "capital-after-semicolon", ratio(capitalAfterSemicolon, counted.semicolons))
  set(dense, "capitalised-common-nouns", per100(countCommonNounsCapitalised(text)))
  set(dense, "mid-sentence-capitals", Math.min(3, (10 * counted.midSentenceCapitals) / wordCount))
  set(dense, "inconsistent-names", hasInconsistentNames(text) ? 1 : 0)
  const stripped = count(text, namesStripped)
  set(dense, "names-without-diacritics", Math.log1p(stripped) / 3)
  // Both ways needs one name with its marks, not their number: asked only of a page with a stripped one.
  set(dense, "names-both-ways", stripped > 0 && hasNameWithDiacritics(text) ? 1 : 0)
  set(dense, "vietnamese-letters", per100(countVietnameseOnlyWords(text)))
  set(dense, "straight-quotes", ratio(counted.straightQuotes, counted.openingQuotes))
  set(dense, "dot-thousands", per100(count(text, /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,]\d)/gu)))
  set(dense, "mixed-apostrophes", counted.straightApostrophes > 0 && counted.curlyApostrophes > 0 ? 1 : 0)
  // Typographic apostrophes (’) against straight ones ('), from -1 (all straight) to 1 (all curly), 0 without any:
  // a newsroom's editor or CMS sets ’, a translation engine's output keeps '.
  const curly = counted.curlyApostrophes
  const straight = counted.straightApostrophes
  set(dense, "curly-apostrophes", ratio(curly - straight, curly + straight))
  // A word, a space, then a comma or a full stop (`Gia Lai ,`, `Tu Huynh .`): how engines join translated spans.
  set(dense, "french-transcription", per100(countFrenchTranscription(text)))
  set(dense, "space-before-comma", per100(counted.spaceBeforeComma))
  set(dense, "adverbs-in-ment", per100(profile.adverbs))
  const sentences = Math.max(1, counted.sentenceEnds)
  set(dense, "words-per-sentence", Math.min(3, profile.words / sentences / 25))

  // (`seen` holds the page's trigrams, and `profile.families` the whole words it found: a family whose
  // words are not there is not asked)
  for (let i = 0; i < families.length; i++) {
    const words = familyWordTrigrams[i]
    const wholeWords = familyWholeWordBits[i]!
    const gate = gates[i]
    dense[familyIndexes[i]!] =
      (words === undefined || mayHoldWord(seen, words)) &&
      (wholeWords === 0 ||
        (profile.families & wholeWords) !== 0 ||
        (familyCaseless[i]! && foldedToAsciiLetter.test(text))) &&
      (gate === undefined || gate(text))
        ? Math.log1p(familyCounters[i]!(text))
        : 0
  }

  for (let i = 0; i < frenchFunctionWords.length; i++)
    dense[functionWordIndexes[i]!] = (10 * functionWordCounts[functionWordSlotOf[i]!]!) / wordCount

  // Every bucket written, without a branch on its being empty (a guess per bucket, about half of them empty): an
  // empty one's value, `trigramScale × √(0 / trigrams)`, is +0, as the vector holds already. A page without a
  // trigram has only empty buckets (and 0 / 0 is no number): left as they are.
  const trigrams = profile.trigrams
  if (trigrams > 0)
    for (let i = 0; i < trigramBuckets; i++)
      dense[firstTrigramBucket + i] = trigramScale * Math.sqrt(buckets[i]! / trigrams)
  return dense
}

/** The same vector with the outlet table's evidence removed: for the measure without outlet knowledge. */
export const withoutOutlet = (page: TranslationPage): TranslationPage => ({ ...page, outletEdition: null })
