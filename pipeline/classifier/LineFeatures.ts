/**
 * Describes every line of a page by features of itself and its page, for the
 * line classifier (`LineModel.ts`). Families, each seen on several outlets:
 *
 * - size and punctuation: length, words, sentence end, a trailing table pipe; one
 *   sentence only (a caption, a headline), and a short one;
 * - case and characters: capitals, title case, digits, letters; a line of nothing but
 *   acronyms (an agency or outlet tag);
 * - shapes (`shapes.ts`): date, time, weekday, credit, source, arrow, e-mail ...;
 *   a line that is nothing but a date and time;
 * - rule tables: the kind of the first whole-line noise rule that matches, and a
 *   head rule (a company header) — hits are evidence, not verdicts;
 * - markup: the kind the HTML markup hints;
 * - language of the line by its letters, and whether it differs from the page's;
 * - position: first lines, last lines, before the first paragraph, the first
 *   headline-like line;
 * - image: the nearest line above that is not blank is image residue (where a caption sits);
 * - neighbours: the previous and next line's size, shape and rule hits (a line
 *   after image residue, inside a run of headlines, after a related header);
 * - blocks: a line after a related header, a player widget, a UI label or an
 *   image, with no paragraph between (a list of headlines under `Tin liên quan`);
 * - repeats: a verbatim or near repeat of an earlier line, a line repeated later;
 * - words: the line's words and word pairs that the training pages of several
 *   outlets share (`lineWords`; the vocabulary is part of the model), such as
 *   `phát biểu` or `prononce` in captions, `xem thêm` in related blocks.
 *
 * Every feature has a name a user can read in `kind_evidence`.
 */
import type { Kind } from "../../schemas/Vocabulary.ts"
import { Kind as KindSchema } from "../../schemas/Vocabulary.ts"
import type { LineSegment } from "../Document.ts"
import { isSurrogate, openingTest } from "../rules/openingUnits.ts"
import { findLedeDate } from "../stages/DateParsing.ts"
import { countLetters, type LanguageGuess, vietnameseOnlyCodes, voteFunctionWords } from "../stages/DetectLanguage.ts"
import { endsWithPipe, probeOf } from "../TextNormalization.ts"
import {
  type CharacterCounts,
  countLine,
  endsInMark,
  lettersAndNumbersRuns,
  lettersOnly,
  someSentenceEnd
} from "./Characters.ts"
import { shapeRows } from "./shapes.ts"

export const kinds: ReadonlyArray<Kind> = KindSchema.literals

/** What the rule tables say of a line (computed by the caller, which holds the rules). */
export interface RuleHits {
  /** The kind of the first `any`-scope noise rule that matches, or null. */
  readonly kind: Kind | null
  /** A `head`-scope rule (a company or advertiser name) matches. */
  readonly head: boolean
}

/** `[.!?…]`, then closing quotes or brackets, at the end (`endsInMark`). */
const sentenceMarks = ".!?…"
/** `[:;,]`, the same way. */
const clauseMarks = ":;,"
const dateTokens =
  /\d+|(?:thứ|chủ nhật|ngày|tháng|năm|lúc|giờ|sáng|chiều|tối|gmt|utc|am|pm|cập nhật|đăng|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|le|du|at|on|h)(?![\p{L}])/giu
/**
 * A line that is nothing but a date or a time (`Saturday 2025-06-14 03:53`, `16:13' - 10/04/2021`,
 * `Thứ Năm, 15/10/2020, 16:21 (GMT+7)`): what is left without date words and numbers is three
 * letters at most; asked only of short lines (80 characters) with a digit. `text` is the line's probe.
 */
export const dateOnly = (text: string): boolean => text.length <= 80 && /\d/u.test(text) && dateOnlyWithDigit(text)
/** `dateOnly` of a line known to hold a digit. */
const dateOnlyWithDigit = (text: string): boolean =>
  text.length <= 80 && lettersOnly(text.replace(dateTokens, "")).length <= 3
/** A word before a full stop that abbreviates: one or two letters opening in capitals (`TP`, `M`, `Th`), or all capitals up to four (`PGS`). */
const abbreviation = /^(?:\p{Lu}\p{L}?|\p{Lu}{2,4})$/u
/**
 * Whether a sentence ends inside the line (a caption is one sentence, a paragraph often more): a
 * sentence mark before another sentence that opens in capitals or a digit
 * (`/([\p{L}\d]+)[.!?…]["»”’)]*\s+["«“‘(]?[\p{Lu}\d]/gu`, `forEachSentenceEnd`); the word
 * before the mark is asked apart (an initial or a title's short form, `TP.`, `M.`, is no end). The
 * features read only whether there is one: the scan stops at the first.
 */
const innerSentenceEnd = (text: string): boolean => someSentenceEnd(text, (word) => !abbreviation.test(word))
/**
 * A token of an agency or outlet tag: two to six capitals without a Vietnamese mark (digits, `+`,
 * `&` among them): `TTXVN`, `VNA`, `CPV`, `AFP`, `PV`, `BBT`; a word in capitals of a Vietnamese
 * name or label (`NGUYỄN`, `MỚI`) has its marks.
 */
const acronymToken = /^[A-ZĐ][A-ZĐ\d+&]{1,5}$/u
const tagSplit = /[\s/,;|()[\]•·:–—-]+/u
/** A short line of nothing but acronyms, three at most: an agency or outlet tag (`TTXVN`, `VNA/CVN`, `(VGP)`, `PV`). */
const acronymsOnly = (text: string): boolean => {
  if (text.length > 40) return false
  const tokens = text.split(tagSplit).filter((token) => token !== "" && token !== ".")
  return (
    tokens.length > 0 && tokens.length <= 3 && tokens.every((token) => acronymToken.test(token.replace(/\.$/u, "")))
  )
}

/** A line opening in lower case (or a digit glued to a word): the rest of a sentence a scraper wrapped. */
const startsLower = /^[\p{Ll}]|^\d+\p{Ll}/u

/**
 * Kinds that open a block of lines: the lines after a related header, a player widget, a UI
 * label or an image, up to the next paragraph, are `block:after-<kind>`.
 */
const blockKinds = ["related", "ticker", "ui", "comment", "image"] as const

const base = [
  "len:tiny",
  "len:short",
  "len:medium",
  "len:long",
  "len:very-long",
  "len:log",
  "words:one-two",
  "words:three-eight",
  "ends:sentence",
  "ends:clause",
  "ends:pipe",
  "headline-like",
  "caps:all",
  "caps:share",
  "titlecase:share",
  "digits:share",
  "letters:none",
  "date:only",
  "sentences:one",
  "sentences:one-short",
  "acronyms:only",
  ...shapeRows.map((row) => `shape:${row.id}`),
  ...kinds.map((kind) => `rule:${kind}`),
  "rule:head"
] as const

const neighbourNames = [
  "len:tiny",
  "len:short",
  "len:long",
  "ends:sentence",
  "headline-like",
  "date:only",
  "caps:all",
  "shape:photo-credit",
  "shape:arrow-lead",
  "rule:image",
  "rule:caption",
  "rule:related",
  "rule:ticker",
  "rule:ui",
  "rule:dateline",
  "rule:byline",
  "hint:image",
  "lang-other"
] as const

const own = [
  "bias",
  ...base,
  ...kinds.map((kind) => `hint:${kind}`),
  "lang:vi",
  "lang:fr",
  "lang:en",
  "lang:other-than-page",
  "pos:first",
  "pos:second",
  "pos:third",
  "pos:relative",
  "pos:last",
  "pos:second-last",
  "pos:before-first-paragraph",
  "pos:first-headline",
  "pos:after-last-paragraph",
  "pos:only-line",
  "image:after",
  "starts:lower",
  "continues-previous",
  "continued-by-next",
  "page:wrapped",
  "repeat:earlier",
  "repeat:later",
  "repeat:near-earlier",
  "repeat:contains-earlier",
  "run:short-lines",
  ...blockKinds.map((kind) => `block:after-${kind}`),
  "page:short",
  "prev:none",
  "next:none"
]

export const featureNames: ReadonlyArray<string> = [
  ...own,
  ...neighbourNames.map((name) => `prev:${name}`),
  ...neighbourNames.map((name) => `next:${name}`)
]

const indexOf = new Map(featureNames.map((name, index) => [name, index]))
export const featureCount = featureNames.length

/** Where each neighbour feature sits, by side, in `neighbourNames` order. */
const neighbourIndex = (prefix: "prev" | "next"): ReadonlyArray<number> =>
  neighbourNames.map((name) => indexOf.get(`${prefix}:${name}`)!)
const neighbourIndexes = { prev: neighbourIndex("prev"), next: neighbourIndex("next") }
/** Where each neighbour feature sits among the line's own (-1 for `lang-other`, which is the page's). */
const ownNeighbourIndexes: ReadonlyArray<number> = neighbourNames.map((name) => indexOf.get(name) ?? -1)
/**
 * Where a named feature sits, resolved once when the module loads: a line's features are set by index
 * (a `Map` lookup per feature and line, and a name built per rule hit, were most of the classifier's time).
 */
const at = (name: string): number => {
  const index = indexOf.get(name)
  if (index === undefined) throw new Error(`LineFeatures: no feature ${name}`)
  return index
}
/** Feature `index` of the vector, set when `value` is not 0. */
const setAt = (values: Float64Array, index: number, value = 1): void => {
  if (value !== 0) values[index] = value
}
const kindIndexes = (prefix: string): ReadonlyMap<string, number> =>
  new Map(kinds.map((kind) => [kind, at(`${prefix}:${kind}`)]))
const ruleIndexes = kindIndexes("rule")
const hintIndexes = kindIndexes("hint")
const langIndexes = { vi: at("lang:vi"), fr: at("lang:fr"), en: at("lang:en") }
const blockIndexes: ReadonlyMap<string, number> = new Map(blockKinds.map((kind) => [kind, at(`block:after-${kind}`)]))
const atLenTiny = at("len:tiny")
const atLenShort = at("len:short")
const atLenMedium = at("len:medium")
const atLenLong = at("len:long")
const atLenVeryLong = at("len:very-long")
const atLenLog = at("len:log")
const atWordsOneTwo = at("words:one-two")
const atWordsThreeEight = at("words:three-eight")
const atEndsSentence = at("ends:sentence")
const atEndsClause = at("ends:clause")
const atEndsPipe = at("ends:pipe")
const atHeadlineLike = at("headline-like")
const atCapsShare = at("caps:share")
const atCapsAll = at("caps:all")
const atTitlecaseShare = at("titlecase:share")
const atDigitsShare = at("digits:share")
const atLettersNone = at("letters:none")
const atDateOnly = at("date:only")
const atSentencesOne = at("sentences:one")
const atSentencesOneShort = at("sentences:one-short")
const atAcronymsOnly = at("acronyms:only")
const atRuleHead = at("rule:head")
const atBias = at("bias")
const atLangOtherThanPage = at("lang:other-than-page")
const atImageAfter = at("image:after")
const atStartsLower = at("starts:lower")
const atContinuesPrevious = at("continues-previous")
const atContinuedByNext = at("continued-by-next")
const atPageWrapped = at("page:wrapped")
const atPosFirst = at("pos:first")
const atPosSecond = at("pos:second")
const atPosThird = at("pos:third")
const atPosRelative = at("pos:relative")
const atPosLast = at("pos:last")
const atPosSecondLast = at("pos:second-last")
const atPosBeforeFirstParagraph = at("pos:before-first-paragraph")
const atPosFirstHeadline = at("pos:first-headline")
const atPosAfterLastParagraph = at("pos:after-last-paragraph")
const atPosOnlyLine = at("pos:only-line")
const atRepeatEarlier = at("repeat:earlier")
const atRepeatLater = at("repeat:later")
const atRepeatNearEarlier = at("repeat:near-earlier")
const atRepeatContainsEarlier = at("repeat:contains-earlier")
const atPageShort = at("page:short")
const atPrevNone = at("prev:none")
const atNextNone = at("next:none")
const atRunShortLines = at("run:short-lines")
const fileNameIndex = indexOf.get("shape:file-name")!
const imageNumberIndex = indexOf.get("shape:image-number")!

interface LineFacts {
  readonly text: string
  readonly startsLower: boolean
  readonly endsOpen: boolean
  /** The line's own features (its size, shape, rule hits, hint) by index in `featureNames`; 0 where unset. */
  readonly values: Float64Array
  readonly paragraph: boolean
  readonly headlineLike: boolean
  readonly lang: "vi" | "fr" | "en" | null
  readonly letters: number
  readonly key: string
}

/** The share of `count` among the line's characters other than spaces (0 for a line of spaces). */
const shareOf = (count: number, counts: CharacterCounts): number => (counts.total === 0 ? 0 : count / counts.total)

/** The line's words without marks, case or punctuation: what a near repeat shares. */
export const comparisonKey = (text: string): string => lettersOnly(text.toLowerCase())

/** Where each shape's feature sits. */
const shapeIndexes: ReadonlyArray<number> = shapeRows.map((row) => indexOf.get(`shape:${row.id}`)!)

/**
 * The shapes a line's neighbours read (`neighbourNames`) or that make it image residue (`isImage`):
 * all a line needs whose own vector is not asked for.
 */
const neighbourShapes: ReadonlyArray<number> = shapeRows.flatMap((row, k) =>
  ["photo-credit", "arrow-lead", "file-name", "image-number"].includes(row.id) ? [k] : []
)
const allShapes: ReadonlyArray<number> = shapeRows.map((_, k) => k)
/**
 * The shapes a line opening on a unit can have (bit k: `shapeRows[k]`), by the unit: an anchored pattern
 * opens on few characters (`openingUnits.ts`); a line opening on a surrogate, or empty, asks them all.
 */
const shapesOpeningOn = (unit: number): number => {
  if (!(unit >= 0) || isSurrogate(unit)) return allShapeBits
  let bits = shapeOpenings[unit]!
  if (bits === 0) {
    bits = unknownOpening
    for (let k = 0; k < shapeRows.length; k++) {
      const opens = shapeOpeners[k]
      if (opens === undefined || opens(unit)) bits |= 1 << k
    }
    shapeOpenings[unit] = bits
  }
  return bits
}
const shapeOpeners = shapeRows.map((row) => openingTest(row.pattern))
if (shapeRows.length > 30) throw new Error("LineFeatures: more shapes than the opening bits hold")
/** Set on every worked-out entry of `shapeOpenings` (0: not yet worked out). */
const unknownOpening = 1 << 30
const allShapeBits = (1 << shapeRows.length) - 1
const shapeOpenings = new Int32Array(0x10000)
/** The glued-case shape, whose gate (`hasLowerUpperLower`) `countLine` answers with the line's counts. */
const gluedCaseShape = shapeRows.findIndex((row) => row.id === "glued-case")

/**
 * The facts of a line. `whole` false: a line whose own vector is not asked for (the markup or a
 * certain rule decides it) gets only what its page and its neighbours read of it; the features
 * only its own vector holds (title case, digits, one sentence, acronyms, the other shapes) stay 0.
 */
const describeLine = (
  segment: LineSegment,
  hits: RuleHits,
  whole: boolean,
  repeatKey: string | undefined,
  vote: (text: string) => LanguageGuess | null,
  values: Float64Array
): LineFacts => {
  // The line ends in a table pipe (`endsWithPipe`), asked once: its probe is the text without it, else the text.
  const pipe = endsWithPipe(segment.text)
  const text = pipe ? probeOf(segment.text) : segment.text
  const chars = text.length
  // `text.split(/\s+/u)`'s parts (none for an empty line), counted: only their number and capitals are read;
  // `countLetters(text)`'s letters and Vietnamese-only letters, `countCharacters(text)`, and the glued-case
  // shape's gate, in the same pass (`countLine`).
  const counts = countLine(text, vietnameseOnlyCodes)
  const { words, titled } = counts
  setAt(values, atLenTiny, chars <= 12 ? 1 : 0)
  setAt(values, atLenShort, chars > 12 && chars <= 60 ? 1 : 0)
  setAt(values, atLenMedium, chars > 60 && chars <= 160 ? 1 : 0)
  setAt(values, atLenLong, chars > 160 && chars <= 400 ? 1 : 0)
  setAt(values, atLenVeryLong, chars > 400 ? 1 : 0)
  setAt(values, atLenLog, Math.log1p(chars) / 7)
  setAt(values, atWordsOneTwo, words <= 2 ? 1 : 0)
  setAt(values, atWordsThreeEight, words >= 3 && words <= 8 ? 1 : 0)
  const endsSentence = endsInMark(text, sentenceMarks)
  const endsClause = endsInMark(text, clauseMarks)
  setAt(values, atEndsSentence, endsSentence ? 1 : 0)
  setAt(values, atEndsClause, endsClause ? 1 : 0)
  setAt(values, atEndsPipe, pipe ? 1 : 0)
  const headlineLike = chars > 0 && chars <= 200 && words <= 35 && !endsSentence && !endsClause
  setAt(values, atHeadlineLike, headlineLike ? 1 : 0)
  const letters = counts.unitLetters
  const vietnamese = counts.marked
  const caps = letters === 0 ? 0 : shareOf(counts.upper, counts) / Math.max(shareOf(counts.letters, counts), 1e-9)
  setAt(values, atCapsShare, Math.min(1, caps))
  setAt(values, atCapsAll, letters >= 4 && caps >= 0.8 ? 1 : 0)
  if (whole) {
    setAt(values, atTitlecaseShare, words === 0 ? 0 : titled / words)
    setAt(values, atDigitsShare, shareOf(counts.digits, counts))
  }
  setAt(values, atLettersNone, letters === 0 ? 1 : 0)
  // `dateOnly(text)`, the line's digits counted already (`\d` is ASCII's ten under `u`).
  setAt(values, atDateOnly, counts.digits > 0 && dateOnlyWithDigit(text) ? 1 : 0)
  // One sentence (a caption, a headline), not a paragraph of several: asked of lines of three words or more.
  if (whole) {
    const oneSentence = words >= 3 && letters >= 10 && !innerSentenceEnd(text)
    setAt(values, atSentencesOne, oneSentence ? 1 : 0)
    setAt(values, atSentencesOneShort, oneSentence && words <= 25 ? 1 : 0)
    setAt(values, atAcronymsOnly, acronymsOnly(text) ? 1 : 0)
  }
  const opening = shapesOpeningOn(text.charCodeAt(0))
  for (const k of whole ? allShapes : neighbourShapes) {
    const row = shapeRows[k]!
    if ((opening & (1 << k)) === 0 || (row.digit === true && counts.digits === 0)) continue
    const gated = k === gluedCaseShape ? counts.lowerUpperLower : row.gate === undefined || row.gate(text)
    if (gated && row.pattern.test(text)) values[shapeIndexes[k]!] = 1
  }
  if (hits.kind !== null) setAt(values, ruleIndexes.get(hits.kind)!)
  if (hits.head) setAt(values, atRuleHead)
  if (segment.hint !== null) setAt(values, hintIndexes.get(segment.hint)!)
  let lang: LineFacts["lang"] = null
  if (letters >= 4 && vietnamese / letters >= 0.04 && vietnamese >= 2) lang = "vi"
  else if (letters >= 15) {
    const voted = vote(text)?.lang
    lang = voted === undefined || voted === "und" ? null : voted
  }
  return {
    text,
    startsLower: startsLower.test(text),
    endsOpen: !endsSentence && !pipe,
    values,
    paragraph: chars >= 80 && endsSentence,
    headlineLike,
    lang,
    letters,
    // Where the caller has it (the letters of the line's letters and digits in lower case), the same.
    key: repeatKey ?? comparisonKey(text)
  }
}

const imageAfterIndex = indexOf.get("image:after")!

/**
 * Where a caption sits, seen on many outlets: under image residue (`image:after` of the line's
 * vector), over the same text printed again (its image's alt text, a caption block printed
 * twice), over its credit alone on a short line (`Photo : VNA/CVN`), or beside its translation
 * (`translationPair`: a machine-translated page's Vietnamese caption and its French); or it ends in
 * its own credit (`endsInCredit`); or it is one sentence of what a caption says, with no time: a
 * ceremony's scene (`ceremonyScene`) or a person by name and office (`portrait`), a portrait not right under a lede opening on its day (`underDatedLede`). Not over a caption that ends in a credit (that line is the
 * caption, the one above it the article's), nor beside a line in the other language (a bilingual
 * page's paragraph pairs look the same). Asked of the few lines the model calls caption, or body,
 * by a small margin.
 */
export const captionCue = (segments: ReadonlyArray<LineSegment>, index: number, vector: Float64Array): boolean => {
  if (vector[imageAfterIndex] !== 0) return true
  const text = probeOf(segments[index]!.text)
  if (
    vector[sentencesOneIndex] !== 0 &&
    !overImage(vector) &&
    (ceremonyScene(text) || portrait(text)) &&
    !(portrait(text) && underDatedLede(segments, index))
  )
    return true
  const next = segments[index + 1]
  if (next === undefined) return endsInCredit(text)
  const following = probeOf(next.text)
  if (following.length <= 40 && creditAlone.test(following)) return true
  if (endsInCredit(text)) return true
  const key = comparisonKey(text)
  if (key.length >= 8 && comparisonKey(following) === key) return true
  const previous = segments[index - 1]
  return translationPair(text, following) || (previous !== undefined && translationPair(text, probeOf(previous.text)))
}

const sentencesOneIndex = indexOf.get("sentences:one")!

/**
 * What a photo of a ceremony shows, said after its subject in one sentence with no time: `Toàn cảnh hội
 * nghị.` (Đô Lương), `Lãnh đạo Đảng, Nhà nước dự Đại hội.` (Báo Quảng Ninh, Báo Yên Bái, Bắc Ninh), `Bộ
 * trưởng Bộ Công an tặng hoa chúc mừng Đại hội.` (Bắc Ninh), `Đại biểu tham dự lễ khai mạc.` (Báo Trà
 * Vinh), `… điều hành Phiên họp` (Thương hiệu & Sản phẩm), `Đại tướng Lương Cường chủ trì cuộc họp …`
 * (VietnamFinance), `… tới dự và chỉ đạo tại Hội nghị.` (Báo Giao thông), `Ra mắt Ủy ban Hội tại Đại hội
 * …` (Thanh Gióng; `… khóa VI ra mắt …`, Tuổi trẻ xứ Dừa), `Délégués participant à la réunion.`
 * (Vietnam.vn), `… inaugure l'exposition …` (Le Petit Journal). The article tells the same events with a time (`Sáng 14/3, …`, `Chiều 31.12`), in a
 * clause that opens its sentence (`Dự Đại hội có …`, `Phát biểu khai mạc, …`, `Được tham dự buổi Lễ, …`)
 * or as a numbered item (`1. Đại biểu dự đại hội`): none of those is one. Asked of one-sentence lines of
 * at most `ceremonySceneMaxChars` that the model calls caption or body by a small margin (gold: 47
 * one-sentence lines so are captions, 9 headlines and 8 body, which the model is sure of).
 */
/** The words of a ceremony's scene anywhere in the line, told or not. */
export const sceneWordsIn = (text: string): boolean => sceneWords.test(text)
export const ceremonyScene = (text: string): boolean =>
  text.length <= ceremonySceneMaxChars && !sceneTold.test(text) && (sceneWords.test(text) || eventNamed(text))
const ceremonySceneMaxChars = 220
/**
 * The event itself named as the photo's whole subject, in one sentence with no verb: the congress,
 * conference or session by its number, term or place and a full stop (`Đại hội Đại biểu Đảng bộ Bộ Y tế
 * lần thứ I, nhiệm kỳ 2025-2030.`, Soha; `Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tại huyện Thanh Miện.`,
 * Tuổi trẻ Thủ đô). A headline names it so without the full stop; the article says what it did
 * (`Đại hội … nhiệm kỳ 2021 - 2026 được tổ chức …`, `Kỳ họp diễn ra …`). Gold: 4 such lines of 2
 * outlets, all captions.
 */
const eventNamed = (text: string): boolean => eventName.test(text) && !eventTold.test(text)
const eventName =
  /^(?:Đại hội|Hội nghị|Kỳ họp|Phiên họp)\s[^.;:!?]{5,140}(?:lần thứ [IVXLC\d]+|nhiệm kỳ \d{4}\s*[-–]\s*\d{4}|khóa [IVXLC]+|\stại [^,.;:]{2,50})\.$/u
const eventTold = /(?<![\p{L}])(?:đã|sẽ|được|diễn ra|có|là)(?![\p{L}])/u
const sceneWords =
  /(?<![\p{L}])(?:toàn cảnh|quang cảnh|tặng hoa|chúc mừng|chào mừng|trao (?:quà|tặng|bằng|quyết định|giấy khen|cờ|huy hiệu|kỷ niệm chương)|chụp ảnh|ra mắt|(?:tham )?dự (?:và chỉ đạo )?(?:tại )?(?:đại hội|hội nghị|lễ|kỳ họp|buổi|phiên)|điều hành|chủ trì|phát biểu (?:chỉ đạo|khai mạc|bế mạc|tại)|prononce|prononçant|remet|participant à|posent|pose pour|inaugure|accueille|assistent|assiste)(?![\p{L}])/iu
/**
 * A date or a time of day, a clause opening on the scene's verb (`Đến dự …`), a participle, a tense or a
 * reporting verb (`… đã đến dự và phát biểu …`), a list item's number or mark.
 */
const sceneTold =
  /\d+\s*[/.]\s*\d+|^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Le matin|Dans la soirée|Le \d|Tham dự|Dự|Đến dự|Tới dự|Phát biểu|Chủ trì|Điều hành|Được)(?![\p{L}])|(?<![\p{L}])(?:đã|sẽ|vừa|cho biết)(?![\p{L}])|^(?:\d+|[IVX]+)[.)]|^[-–•*+(]/iu

/**
 * A person in the photo, by honorific, name and office, in one sentence that tells nothing with a time, a
 * tense or a reporting verb: `Ông Trần Quốc Vượng, Chủ nhiệm Ủy ban Kiểm tra Trung ương.` (Kiến Thức), `Ông
 * Đào Văn Dương, người dân tộc Châu Ro, Bí thư Chi bộ thôn …` (Báo Bà Rịa - Vũng Tàu), `Đồng chí Vũ Đức Nam,
 * Trưởng ban Tuyên giáo … giới thiệu Logo …` (Công an nhân dân), `Đồng chí Lâm Thị Ngọc Giàu, Bí thư Đoàn …`
 * (An Phú); gold: 21 such one-sentence lines of 17 outlets are captions, one a headline, one a caption's
 * repeat, one body (a line over its photo, whose caption under it names him again: neither shape is a
 * caption over image residue, `overImage`). The article names a person so as it tells what was said
 * or done (`… cho biết`, `… đã …`, `Le camarade …, a prié …`, `… : …`).
 */
export const portrait = (text: string): boolean =>
  text.length <= ceremonySceneMaxChars && portraitOpening.test(text) && !portraitTold.test(text)
const portraitOpening =
  /^\|?(?:Ông|Bà|Đồng chí|Mục sư|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Le camarade|La camarade)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}\s*(?:,|\s[-–]\s)/u
const portraitTold =
  /\d+\s*[/.-]\s*\d+|[:;]|(?<![\p{L}])(?:cho biết|nói|nhấn mạnh|khẳng định|đề nghị|yêu cầu|chia sẻ|cho rằng|nhận định|đã|sẽ|vừa|đang|là|a|ont|avait|était|sera|déclare|estime)(?![\p{L}])/iu
/**
 * A caption printed twice, one line under the other (its picture's alt text and the caption, Báo Bà Rịa -
 * Vũng Tàu, Công Đoàn, Tiền Phong, Nhân Dân, Báo Tuyên Quang): the line is directly over the same text again
 * (the next raw line, no empty line between; the same words, `comparisonKey`, of at least `repeatKeyChars`
 * letters) and tells nothing with a time, a tense or a reporting verb (`portraitTold`). A lede printed twice
 * tells its event so (`Le président …, Vuong Dinh Hue, a présidé le 15 avril …`, Đảng Cộng sản; `(Baonghean) -
 * … ont été préservées …`; `Le ministère … a organisé le 16 juin …`, Vietnam+). Gold: 17 lines over their
 * repeat so are 7 captions (three the model kept as body), 4 noise lines of other kinds, no body. With empty
 * lines between, only a sentence with its full stop (`L’ouvrage « … » …`, Nhân Dân; `Trụ sở tiếp công dân
 * tỉnh Bắc Kạn, …`, Báo Bắc Kạn): a headline printed twice so has none (gold: 3 such lines, all captions).
 */
export const overItsRepeat = (
  segments: ReadonlyArray<LineSegment>,
  index: number,
  keyAt: (k: number) => string = (k) => comparisonKey(probeOf(segments[k]!.text))
): boolean => {
  const line = segments[index]!
  let after = index + 1
  while (after < segments.length && segments[after]!.text.trim() === "") after++
  const next = segments[after]
  if (next === undefined) return false
  const text = probeOf(line.text)
  if (next.lineStart !== line.lineEnd + 1 && (text.length > ceremonySceneMaxChars || !endsInMark(text, sentenceMarks)))
    return false
  const key = keyAt(index)
  return key.length >= repeatKeyChars && keyAt(after) === key && !portraitTold.test(text)
}
const repeatKeyChars = 8

/**
 * A person by honorific, name and office doing what a ceremony's photo shows (`portrait` and
 * `ceremonyScene` both), in one sentence not over image residue: a caption however sure the model is of
 * body (`Đồng chí Nguyễn Thanh Hải, Ủy viên Ban Chấp hành Trung ương Đảng, … tặng hoa và chúc mừng …`,
 * Thái Nguyên TV; `Thiếu tướng Nguyễn Xuân Thủy, Phó Cục trưởng …`, Người Lao Động; gold: 5 such lines of
 * 5 outlets, all captions; the one body line so sits over its photo).
 */
export const personInScene = (segments: ReadonlyArray<LineSegment>, index: number, vector: Float64Array): boolean => {
  if (vector[sentencesOneIndex] === 0 || overImage(vector)) return false
  const text = probeOf(segments[index]!.text)
  return portrait(text) && ceremonyScene(text) && !underDatedLede(segments, index)
}

/**
 * The line above (blank lines skipped) is a lede opening on its day (`Sáng 27/1, tại Hà Nội, …`): the
 * sentence under it goes on with the event it dates (who attended), as the seed page of the Ban Tổ chức
 * Trung ương prints `Ông Tô Huy Rứa, …, dự và chỉ đạo Hội nghị.` under its lede; without the photo
 * under that line (its clean text fed back) it would otherwise read as a caption.
 */
const underDatedLede = (segments: ReadonlyArray<LineSegment>, index: number): boolean => {
  for (let k = index - 1; k >= 0; k--) {
    const above = probeOf(segments[k]!.text)
    if (above.trim() === "") continue
    return findLedeDate(above) !== null
  }
  return false
}
/**
 * A short scene: a ceremony's scene (`ceremonyScene`) told in one short sentence, the subject and what
 * it does at the event and nothing more (`Toàn cảnh hội nghị.`, Đô Lương; `Đoàn Chủ tịch điều hành Đại
 * hội.`, Báo Quảng Ninh; `Các đồng chí lãnh đạo Đảng, Nhà nước dự Đại hội.`, Báo Yên Bái; `Bộ trưởng Bộ
 * Công an tặng hoa chúc mừng Đại hội.`, Bắc Ninh; `Lãnh đạo các sở, ngành tỉnh và đại biểu tham dự lễ khai
 * mạc.`, Báo Trà Vinh), not over image residue: a caption while the model gives content less than
 * `Config.classifier.shortSceneProtect`. The article's one-sentence lines of a scene are longer: they say
 * how or where (`Đại diện lãnh đạo các tỉnh, thành phố dự hội nghị qua các điểm cầu trực tuyến.`, Báo Giao
 * thông, 78 characters) or are headlines (which the model calls title).
 */
export const shortScene = (segments: ReadonlyArray<LineSegment>, index: number, vector: Float64Array): boolean => {
  if (vector[sentencesOneIndex] === 0 || overImage(vector)) return false
  const text = probeOf(segments[index]!.text)
  return text.length <= shortSceneMaxChars && /[.!?…]$/u.test(text) && ceremonyScene(text)
}
const shortSceneMaxChars = 64
const nextImageIndexes = ["next:rule:image", "next:hint:image"].map((name) => indexOf.get(name)!)
/** The next line is image residue: the line is over the photo, whose caption is under it. */
const overImage = (vector: Float64Array): boolean => nextImageIndexes.some((k) => vector[k] !== 0)

/** Vietnamese text: at least this share of its letters are Vietnamese-only (`ạ`, `ơ`, `đ`...). */
const vietnameseShare = 0.15

/** Made once: esbuild writes a literal with `\p{…}` as `new RegExp(…)` where it stands, in a function once per call. */
const combiningMarks = /\p{M}/gu
const capitalisedNames = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}/gu
/** The capitalised names of a line (two to five capitalised words in a row), without marks, lower case. */
const namesOf = (text: string): ReadonlySet<string> => {
  const found = new Set<string>()
  const plain = text.normalize("NFD").replace(combiningMarks, "").replace(/[Đđ]/gu, "d")
  for (const m of plain.matchAll(capitalisedNames)) found.add(m[0].toLowerCase())
  return found
}

/**
 * A Vietnamese line and its French (or English) translation side by side, naming the same people or
 * places: a machine-translated page keeps the original of a photo's caption beside the translation
 * (Lao Động, Công Đoàn, Nghệ An, Vietnam.vn French editions: `Đại biểu Quốc hội Nguyễn Thị Mai Hoa
 * trao quà Tết...` / `La députée Nguyễn Thị Mai Hoa remet des cadeaux...`); the article's paragraphs
 * are printed once.
 */
export const translationPair = (a: string, b: string): boolean => {
  const texts = [a, b] as const
  return translationPairBy(
    a,
    b,
    (which) => translationSide(texts[which], voteFunctionWords(texts[which])),
    (which) => namesOf(texts[which])
  )
}

/**
 * The side of a translation pair a text can stand on: 1 Vietnamese (at least `vietnameseShare` of its
 * letters Vietnamese-only, and no French or English function words say otherwise), 2 French or English
 * (their function words say so), 0 neither.
 */
const translationSide = (t: string, voted: LanguageGuess | null): number => {
  if (voted !== null) return voted.lang === "fr" || voted.lang === "en" ? 2 : 0
  const { letters, vietnamese } = countLetters(t)
  return letters > 0 && vietnamese / letters >= vietnameseShare ? 1 : 0
}

/** `translationPair`, each text's side (`translationSide`) and names (`namesOf`) read through the two given (0 of `a`, 1 of `b`). */
const translationPairBy = (
  a: string,
  b: string,
  sideOf: (which: 0 | 1) => number,
  namesIn: (which: 0 | 1) => ReadonlySet<string>
): boolean => {
  if (a.length < 20 || b.length < 20) return false
  const ratio = a.length / b.length
  if (ratio < 0.5 || ratio > 2) return false
  // One Vietnamese (1), the other French or English (2).
  const side = sideOf(0)
  if (side === 0 || sideOf(1) !== 3 - side) return false
  const names = namesIn(1)
  // No name under one side: none shared, the other side's not read.
  if (names.size === 0) return false
  for (const name of namesIn(0)) if (names.has(name)) return true
  return false
}

/**
 * Each line's `voteFunctionWords` of its probe, worked out once for the page by whichever asks first (the
 * line's features, `pageTranslationPair`): `undefined` where not yet asked.
 */
export type PageVotes = Array<LanguageGuess | null | undefined>

/** Line `index`'s vote (`text` its probe), kept in `votes`. */
export const voteAt = (votes: PageVotes, index: number, text: string): LanguageGuess | null => {
  let voted = votes[index]
  if (voted === undefined) {
    voted = voteFunctionWords(text)
    votes[index] = voted
  }
  return voted
}

/**
 * A page's `translationPair` of two of its lines' probes, by index: the same answers, each line's side and
 * names worked out once (a line is asked beside the line above and the line under it, and as their
 * neighbour too), its vote read from `votes`.
 */
export const pageTranslationPair = (
  segments: ReadonlyArray<LineSegment>,
  votes: PageVotes = []
): ((a: number, b: number) => boolean) => {
  const probes: Array<string | undefined> = []
  const sides: Array<number | undefined> = []
  const names: Array<ReadonlySet<string> | undefined> = []
  const probeAt = (k: number): string => (probes[k] ??= probeOf(segments[k]!.text))
  const sideAt = (k: number): number => (sides[k] ??= translationSide(probeAt(k), voteAt(votes, k, probeAt(k))))
  const namesAt = (k: number): ReadonlySet<string> => (names[k] ??= namesOf(probeAt(k)))
  return (a, b) =>
    translationPairBy(
      probeAt(a),
      probeAt(b),
      (which) => sideAt(which === 0 ? a : b),
      (which) => namesAt(which === 0 ? a : b)
    )
}

/**
 * A sentence of the article over a photo's caption that closes on its own credit (`… Photo: AVI`, `… Ảnh:
 * VGP`): the caption is the line under it, and the sentence the article's (VOV World: `Toutes les personnes
 * présentes ont alors observé une minute de silence …` over `Luong Cuong, …. Photo: AVI`; Đại hội Đảng,
 * Nhân Dân, Thanh Niên, Vietnam+ print their paragraphs so). The line ends its sentence, in at most
 * `ceremonySceneMaxChars`; the caption under it (the next line, empty lines skipped) ends in its credit
 * after words of its own (`endsInCredit`), in the same language, and is neither the line again (a caption
 * printed twice) nor its translation (`translationPair`: a machine-translated page's caption pair). Gold:
 * 18 such lines are body, one a caption (a caption in Vietnamese without marks, which another step
 * decides).
 */
export const sentenceOverCaption = (segments: ReadonlyArray<LineSegment>, index: number): boolean => {
  const text = probeOf(segments[index]!.text)
  if (text.length > ceremonySceneMaxChars || !endsInMark(text, sentenceMarks)) return false
  let after = index + 1
  while (after < segments.length && segments[after]!.text.trim() === "") after++
  if (after >= segments.length) return false
  const caption = probeOf(segments[after]!.text)
  if (!endsInCredit(caption) || translationPair(text, caption)) return false
  const key = comparisonKey(text)
  const captionKey = comparisonKey(caption)
  if (captionKey.startsWith(key.slice(0, 20)) || key.startsWith(captionKey.slice(0, 20))) return false
  const vietnamese = (t: string): boolean => {
    const { letters, vietnamese } = countLetters(t)
    return letters > 0 && vietnamese / letters >= vietnameseShare
  }
  return vietnamese(text) === vietnamese(caption)
}

/**
 * A photo credit closing a sentence of the line (the caption and its credit on one line): `… Quốc hội
 * khóa XV_Ảnh: TTXVN` (Tạp chí Cộng sản), `… (ảnh Khải Hoàn).` (Tạp chí Tòa án), `… lần thứ II
 * (nhiệm kỳ 2018-2023). Ảnh nguồn GLO.` (Tỉnh ủy Gia Lai), `… d'anti-corruption - Photo noichinh.vn`
 * (VOV World): the credit word after a space, a dash, an underscore or a bracket, then a colon or a
 * name (a capital, a domain) of at most 40 characters to the end; not `… prendre des photos souvenirs.`
 */
const endsInCredit = (text: string): boolean =>
  [creditWithColon, creditBare].some((pattern) => (pattern.exec(text)?.index ?? -1) >= creditAfterChars)
/** The caption's words before its credit: not a headline opening on it (`LA PHOTO: Les Vietnamiens votent`). */
const creditAfterChars = 12
const creditWithColon =
  /[\s(_–—-](?:Ảnh|ảnh|ẢNH|Photos?|PHOTOS?|photos?|Crédit|Nguồn ảnh)\s*:\s*[^\s:][^()]{0,40}\)?[.\s|]*$/u
/** Without a colon only after a bracket, an underscore, a spaced dash or a full stop, before a name or a domain. */
const creditBare =
  /(?:\(|_|\s[–—-]\s|\.\s)(?:Ảnh|ảnh|ẢNH|Photo|PHOTO|photo)\s+(?:nguồn\s+)?(?:\p{Lu}|[\p{Ll}\d-]+\.(?:vn|com|net|org|fr)\b)[^()]{0,40}\)?[.\s|]*$/u

/** A photo credit that opens its short line (`Photo : VNA/CVN`, `Ảnh: TTXVN`), not a byline's `Tin và ảnh:`. */
const creditAlone = /^\(?(?:Ảnh|Photo|Photos|Crédit|Nguồn ảnh)\s*:\s*\S/iu

/** A short line that is not a paragraph, at `k` (false outside the page). */
const short = (facts: ReadonlyArray<LineFacts>, k: number): boolean =>
  k >= 0 && k < facts.length && facts[k]!.headlineLike && !facts[k]!.paragraph

/** The neighbour features of line `k`, on the side `prefix` says. */
const putNeighbour = (
  vector: Float64Array,
  prefix: "prev" | "next",
  facts: ReadonlyArray<LineFacts>,
  langOther: ReadonlyArray<boolean>,
  k: number
): void => {
  if (k < 0 || k >= facts.length) return
  const other = facts[k]!
  const indexes = neighbourIndexes[prefix]
  for (let j = 0; j < neighbourNames.length; j++) {
    const name = neighbourNames[j]!
    const own = ownNeighbourIndexes[j]!
    const value = name === "lang-other" ? (langOther[k] ? 1 : 0) : own < 0 ? 0 : other.values[own]!
    if (value !== 0) vector[indexes[j]!] = value
  }
}

/** No vector: a line whose vector was not asked for. */
const none = new Float64Array(0)

/**
 * Feature vectors a caller lends `lineFeatures` page after page (`classifyGroup`, a pool for each page of
 * a group), which reads a page's vectors before it asks for the pool's next page's: each is zeroed and filled again, where a new vector per
 * line was a buffer of its own outside V8's heap (`featureCount` numbers are more than it keeps inside)
 * for every line. A caller that keeps the vectors (training, tests) lends none.
 */
export type VectorPool = Array<Float64Array>
/** A pool holds the vectors of a page's first lines up to this many (about 1.5 MB kept). */
const pooledLines = 1024

/** Vector `index` of `pool`, all zeros: made the first time, zeroed again after (past `pooledLines`, a new one each time). */
const pooledVector = (pool: VectorPool, index: number): Float64Array => {
  if (index >= pooledLines) return new Float64Array(featureCount)
  let vector = pool[index]
  if (vector === undefined) {
    vector = new Float64Array(featureCount)
    pool[index] = vector
  } else vector.fill(0)
  return vector
}

/**
 * One feature vector per segment, in order. `wanted` (all when omitted) says which lines' vectors
 * are asked for; the others (decided by the markup or a certain rule) are an empty array, and only
 * what their page and neighbours read of them is computed: the vectors asked for are the same.
 * `votes` keeps each line's function-word vote for the page's other steps (`pageTranslationPair`).
 * `repeatKeys`, where the caller has them, are each line's repeat key (`comparisonKey` of its probe):
 * the letters of its letters and digits in lower case (`lettersOnly(lettersAndNumbersOnly(text.toLowerCase()))`,
 * of its text or its probe alike: a trailing pipe is neither, and no lower case reads past it), not
 * cut from the line again. With a `pool` the vectors are the pool's (`VectorPool`), valid until its next use.
 * `dates`, where given, gets each line's `dateOnly` of its probe (`probeOf(segment.text)`), worked out here for
 * every line, its own vector asked for or not (`date:only`).
 */
export const lineFeatures = (
  segments: ReadonlyArray<LineSegment>,
  hits: ReadonlyArray<RuleHits>,
  wanted?: (index: number) => boolean,
  repeatKeys?: ReadonlyArray<string>,
  votes: PageVotes = [],
  pool?: VectorPool,
  dates?: Array<boolean>
): ReadonlyArray<Float64Array> => {
  const facts = segments.map((segment, index) =>
    describeLine(
      segment,
      hits[index]!,
      wanted?.(index) ?? true,
      repeatKeys?.[index],
      (text) => voteAt(votes, index, text),
      pool === undefined ? new Float64Array(featureCount) : pooledVector(pool, index)
    )
  )
  const n = facts.length
  if (dates !== undefined) for (let i = 0; i < n; i++) dates[i] = facts[i]!.values[atDateOnly] !== 0
  const firstParagraph = facts.findIndex((f) => f.paragraph)
  let lastParagraph = -1
  for (let i = n - 1; i >= 0; i--) {
    if (facts[i]!.paragraph) {
      lastParagraph = i
      break
    }
  }
  const firstHeadline = facts.findIndex(
    (f, i) => f.headlineLike && (firstParagraph < 0 || i < firstParagraph) && f.letters >= 12
  )
  const langChars = new Map<string, number>()
  for (const f of facts) if (f.lang !== null) langChars.set(f.lang, (langChars.get(f.lang) ?? 0) + f.text.length)
  const pageLang = [...langChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  const seen = new Map<string, number>()
  const keyCount = new Map<string, number>()
  for (const f of facts) if (f.key.length >= 8) keyCount.set(f.key, (keyCount.get(f.key) ?? 0) + 1)
  const totalChars = facts.reduce((sum, f) => sum + f.text.length, 0)
  const continues = facts.map((f, i) => i > 0 && f.startsLower && facts[i - 1]!.endsOpen)
  const wrapped = n === 0 ? 0 : continues.filter(Boolean).length / n
  const langOther = facts.map((f) => f.lang !== null && pageLang !== null && f.lang !== pageLang)
  // Image residue (a rule's or the markup's image, a file name, an alt text's picture number) as
  // the nearest line above that is not blank: what a caption follows.
  const isImage = (i: number): boolean =>
    hits[i]!.kind === "image" ||
    segments[i]!.hint === "image" ||
    facts[i]!.values[fileNameIndex] !== 0 ||
    facts[i]!.values[imageNumberIndex] !== 0
  const afterImage = facts.map((_, i) => {
    let k = i - 1
    while (k >= 0 && facts[k]!.text.length === 0) k--
    return k >= 0 && isImage(k)
  })
  const blockOf: Array<string | null> = []
  let open: string | null = null
  facts.forEach((f, i) => {
    if (f.paragraph) open = null
    blockOf.push(open)
    const hit = hits[i]!.kind ?? segments[i]!.hint
    if (hit !== null && (blockKinds as ReadonlyArray<string>).includes(hit)) open = hit
  })

  return facts.map((f, i) => {
    if (wanted !== undefined && !wanted(i)) {
      // What a later line's repeat features read of this one.
      if (f.key.length >= 8 && !seen.has(f.key)) seen.set(f.key, i)
      return none
    }
    // The line's own features, then the page's and the neighbours' (none of them the line's own).
    // The line's own vector, filled in place: its neighbours read only its own features (`ownNeighbourIndexes`), set above.
    const vector = f.values
    setAt(vector, atBias, 1)
    if (f.lang !== null) setAt(vector, langIndexes[f.lang])
    if (langOther[i]) setAt(vector, atLangOtherThanPage, 1)
    setAt(vector, atImageAfter, afterImage[i] ? 1 : 0)
    setAt(vector, atStartsLower, f.startsLower ? 1 : 0)
    setAt(vector, atContinuesPrevious, continues[i] ? 1 : 0)
    setAt(vector, atContinuedByNext, continues[i + 1] === true ? 1 : 0)
    setAt(vector, atPageWrapped, wrapped >= 0.2 ? 1 : 0)
    setAt(vector, atPosFirst, i === 0 ? 1 : 0)
    setAt(vector, atPosSecond, i === 1 ? 1 : 0)
    setAt(vector, atPosThird, i === 2 ? 1 : 0)
    setAt(vector, atPosRelative, n <= 1 ? 0 : i / (n - 1))
    setAt(vector, atPosLast, i === n - 1 ? 1 : 0)
    setAt(vector, atPosSecondLast, i === n - 2 ? 1 : 0)
    setAt(vector, atPosBeforeFirstParagraph, firstParagraph >= 0 && i < firstParagraph ? 1 : 0)
    setAt(vector, atPosFirstHeadline, i === firstHeadline ? 1 : 0)
    setAt(vector, atPosAfterLastParagraph, lastParagraph >= 0 && i > lastParagraph ? 1 : 0)
    setAt(vector, atPosOnlyLine, n === 1 ? 1 : 0)
    if (f.key.length >= 8) {
      const earlier = seen.get(f.key)
      if (earlier !== undefined) setAt(vector, atRepeatEarlier, 1)
      else if ((keyCount.get(f.key) ?? 0) > 1) setAt(vector, atRepeatLater, 1)
      if (earlier === undefined) seen.set(f.key, i)
      if (earlier === undefined && f.key.length >= 20) {
        for (let j = 0; j < i; j++) {
          const other = facts[j]!.key
          if (other.length < 20) continue
          if (other.startsWith(f.key) || f.key.startsWith(other)) {
            setAt(vector, atRepeatNearEarlier, 1)
            break
          }
          if (other.length > f.key.length + 10 && other.includes(f.key)) {
            setAt(vector, atRepeatContainsEarlier, 1)
            break
          }
        }
      }
    }
    setAt(
      vector,
      atRunShortLines,
      short(facts, i) &&
        ((short(facts, i - 1) && short(facts, i - 2)) ||
          (short(facts, i + 1) && short(facts, i + 2)) ||
          (short(facts, i - 1) && short(facts, i + 1)))
        ? 1
        : 0
    )
    if (blockOf[i] !== null) setAt(vector, blockIndexes.get(blockOf[i]!)!)
    setAt(vector, atPageShort, totalChars < 600 ? 1 : 0)
    setAt(vector, atPrevNone, i === 0 ? 1 : 0)
    setAt(vector, atNextNone, i === n - 1 ? 1 : 0)
    putNeighbour(vector, "prev", facts, langOther, i - 1)
    putNeighbour(vector, "next", facts, langOther, i + 1)
    return vector
  })
}

const digit = /\d/u
/** Where a long line is first cut before it is lower-cased: 40 words take fewer characters on every page seen. */
const wordsPrefixChars = 480

/**
 * The line's words, lower-cased, the first `limit` at least when it has them. A long line is lower-cased
 * up to a space past `wordsPrefixChars` only: no lower case reads past a space (the final sigma's context
 * stops there), so the prefix's lower case opens the line's, and its words are the line's first words
 * when they are `limit` or more (a word never spans a space); otherwise the whole line is read.
 */
const lowerWords = (text: string, limit: number): Array<string> => {
  if (text.length > wordsPrefixChars) {
    const cut = text.indexOf(" ", wordsPrefixChars)
    if (cut > 0) {
      const words = lettersAndNumbersRuns(text.slice(0, cut).toLowerCase())
      if (words.length >= limit) return words
    }
  }
  return lettersAndNumbersRuns(text.toLowerCase())
}

/** The line's words and adjacent word pairs, lower-cased (the first 40 words). */
export const lineWords = (text: string): ReadonlyArray<string> => {
  // `vi` has no casing of its own (Unicode's SpecialCasing has only lt, tr, az): the plain lower case.
  const found = lowerWords(text, 40)
  const n = Math.min(found.length, 40)
  const words: Array<string> = new Array(n)
  for (let i = 0; i < n; i++) words[i] = digit.test(found[i]!) ? "0" : found[i]!
  const out = new Set<string>(words)
  for (let i = 1; i < n; i++) out.add(`${words[i - 1]} ${words[i]}`)
  return [...out]
}
