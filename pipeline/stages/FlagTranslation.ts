/**
 * Flags machine-translated segments, with the evidence, and rolls them up per document.
 *
 * Candidates are the segments in the page's translated language: the dominant
 * language other than the page's original (`vi` for this corpus, which is never
 * a candidate). A candidate's log-odds are the page's plus the segment's own:
 *
 * - the page: for French with enough French content, the translation model
 *   (`pipeline/classifier/TranslationModel.ts`, trained by `pnpm train` on the
 *   gold pages labelled by edition) over translationese features, the page's
 *   structure (switch label, original beside) and, when the outlet is known,
 *   what the outlet table says of its French edition (one feature among the
 *   others); otherwise the fixed page signals of `Config.translation.pageSignals`
 *   from `Config.translation.prior`;
 * - the page's own notice that it is a translation (`Traduit par Lao Dong AI`,
 *   `translationNotices` of `pipeline/rules/translationese.fr.ts`), with its
 *   weight; the notice itself is the site's widget, never flagged;
 * - the segment: the text rules (`pipeline/rules/translation.*.ts`) that fire in
 *   it, times `segmentTextFactor`.
 *
 * `mt_signals` names the page's strongest evidence for machine translation in
 * words (the model's contributions grouped by signal) and the segment's rules.
 * `mt_score` = sigmoid(log-odds); `mt_flag` = score >= threshold. The document's
 * `mt_share` is the flagged share of body characters, `mt_status` follows from
 * it, and `language` is the dominant language of the body not flagged (a page
 * beside its original is in the original's language), or of the whole body when
 * `mt_status` is `full` (a few Vietnamese captions do not make a translated page Vietnamese).
 */

import type { TranslationRule } from "../../schemas/Rules.ts"
import type { Lang, MtStatus } from "../../schemas/Vocabulary.ts"
import { Config, type PageSignal } from "../Config.ts"
import {
  hasInconsistentNames,
  mayHoldWord,
  type OutletEdition,
  type TranslationPage,
  translationFeatureNames,
  translationFeatures,
  trigramSetWords,
  wordTrigrams
} from "../classifier/TranslationFeatures.ts"
import { pageLogOdds, strongestSignals } from "../classifier/TranslationModel.ts"
import type { CleanSegment, Translated, TranslationSegment, TranslationSummary, WithMetadata } from "../Document.ts"
import { type Compiled, lookupOutlet, type RuleBook } from "../rules/RuleBook.ts"
import { type TranslationNotice, translationNotices } from "../rules/translationese.fr.ts"

const settings = Config.translation

const sigmoid = (logOdds: number): number => 1 / (1 + Math.exp(-logOdds))

const isContent = (segment: CleanSegment): boolean => segment.kind === "title" || segment.kind === "body"

/**
 * The language with the most characters over the segments given (those `keep` keeps, all without it), the first
 * seen among equals; `null` when none has a character. `und` is left out unless `otherLanguages`: then text in
 * a language outside the corpus' counts as `und` (a German page with a few English lines is `und`, not `en`).
 * (What a `Map` of characters per language gave, in its order of first appearance: here two short arrays, the
 * segments neither copied nor filtered first.)
 */
const dominantLanguage = <S extends CleanSegment>(
  segments: ReadonlyArray<S>,
  otherLanguages: boolean,
  keep?: (segment: S) => boolean
): Lang | null => {
  const langs: Array<Lang> = []
  const totals: Array<number> = []
  for (const segment of segments) {
    if (keep !== undefined && !keep(segment)) continue
    if (segment.lang === "und" && !(otherLanguages && segment.otherLang !== undefined)) continue
    const at = langs.indexOf(segment.lang)
    if (at < 0) {
      langs.push(segment.lang)
      totals.push(segment.text.length)
    } else totals[at]! += segment.text.length
  }
  let best: Lang | null = null
  let bestCount = 0
  for (let i = 0; i < langs.length; i++) {
    if (totals[i]! > bestCount) {
      best = langs[i]!
      bestCount = totals[i]!
    }
  }
  return best
}

const isTranslatable = (segment: CleanSegment): boolean => !settings.originalLanguages.includes(segment.lang)
const isTranslatableContent = (segment: CleanSegment): boolean => isContent(segment) && isTranslatable(segment)

/** The language the candidates are in, or `null` when the page is all original. */
export const translatedLanguage = (segments: ReadonlyArray<CleanSegment>): Lang | null =>
  // the title and body, the original languages left out (never counted: the others keep their order); else any line
  dominantLanguage(segments, false, isTranslatableContent) ?? dominantLanguage(segments, false, isTranslatable)

/**
 * What a text must hold for a notice's pattern to match, tested first: the pattern is asked of every segment of a
 * page with a candidate language (on HTML pages, tens of thousands of short lines a run), most of which hold none.
 * `link-to-original`'s branches both open at the start (`^`, no `m` flag) on `Lisez`, `Lire`, `Voir` or `Le` (no
 * `i` flag: as written), so its first unit is `L` or `V`; asked of every line, the pattern cost its call (half the
 * notices' time on HTML pages) for one unit. A notice without a gate is asked as it is (a literal search for
 * `stated-machine-translation`'s `radu` or `Original` costs more than its pattern).
 */
export const noticeGates: Readonly<Record<string, (text: string) => boolean>> = {
  "link-to-original": (text) => {
    const first = text.charCodeAt(0)
    return first === 0x4c || first === 0x56 // L, V
  }
}

const notices = translationNotices.map((notice) => ({
  notice,
  regex: new RegExp(notice.pattern, "u"),
  gate: noticeGates[notice.id]
}))

type Notices = ReadonlyArray<(typeof notices)[number]>
const noNotice: Notices = []

/** The notices of translation a segment is, if any (a site's widget: never a candidate itself); most are none, one array. */
const noticesIn = (segment: CleanSegment): Notices => {
  let found: Array<(typeof notices)[number]> | undefined
  for (const notice of notices) {
    if ((notice.gate !== undefined && !notice.gate(segment.text)) || !notice.regex.test(segment.text)) continue
    if (found === undefined) found = [notice]
    else found.push(notice)
  }
  return found ?? noNotice
}

const wordApostrophes = { straight: /\p{L}'\p{L}/u, curly: /\p{L}’\p{L}/u }

/** What the outlet table says of the page's outlet's edition in the target language. */
const outletEditionOf = (doc: WithMetadata<CleanSegment>, target: Lang, rules: RuleBook): OutletEdition | null => {
  const outlet = doc.metadata.outlet === null ? undefined : lookupOutlet(rules.outlets, doc.metadata.outlet)
  if (outlet === undefined || target === "und") return null
  if (!outlet.editions.some((lang) => lang === target)) return "without-french"
  return target === "fr" ? (outlet.frenchEdition ?? null) : null
}

/**
 * The page as the translation model reads it: its French content and its
 * structure. The content is the title and body, and the `related` lines too: a
 * teaser block or a list of the edition's other articles (`>> …` on Le Courrier
 * du Vietnam, headlines and ledes after the closing mark on Vietnam+, `NOUVELLES
 * CONNEXES` on Báo Nghệ An, vietnam.vn, Công Đoàn) is printed by the same
 * edition, desk or engine, in the same French, and a short article needs its
 * words for a steady reading (left out, Vietnam+ French-desk pages of a few paragraphs read as
 * machine-translated: 10 folds without outlet knowledge, mt_status on French
 * pages .949, with them .957). Captions, bylines and widgets stay out.
 *
 * A switch label counts where CleanInline stripped it (French after Vietnamese) and where it stayed glued inside the French (`Français Lors de la
 * réunion, …` in the middle of a vietnam.vn page: the platform's translation widget).
 */
export const translationPageOf = (doc: WithMetadata<CleanSegment>, target: Lang, rules: RuleBook): TranslationPage => {
  const content = doc.segments.filter(isContent)
  const hasOriginal = content.some((segment) => settings.originalLanguages.includes(segment.lang))
  return {
    text: doc.segments
      .filter((segment) => segment.lang === target && (isContent(segment) || segment.kind === "related"))
      .map((segment) => segment.text)
      .join("\n"),
    switchLabel: doc.segments.some(
      (segment) =>
        segment.switchLabel === target ||
        (segment.lang === target &&
          isContent(segment) &&
          rules.switchLabels.some(({ rule, regex }) => rule.lang === target && regex.test(segment.text)))
    ),
    sideBySide: hasOriginal && content.some((segment) => segment.lang === target && segment.kind === "body"),
    translatedBoilerplate:
      hasOriginal && doc.segments.some((s) => s.lang === target && !isContent(s) && s.ruleLang === target),
    outletEdition: outletEditionOf(doc, target, rules)
  }
}

/** Whether a fixed page signal fired. */
const signalFired = (page: TranslationPage, signal: PageSignal): boolean => {
  switch (signal) {
    case "lang-switch-label":
      return page.switchLabel
    case "outlet-without-edition":
      return page.outletEdition === "without-french"
    case "side-by-side":
      return page.sideBySide
    case "translated-boilerplate":
      return page.translatedBoilerplate
    case "mixed-apostrophes":
      // Both apostrophes printed first (a literal search): most pages hold no `’`, and the patterns then need not read them.
      return (
        page.text.includes("'") &&
        page.text.includes("’") &&
        wordApostrophes.straight.test(page.text) &&
        wordApostrophes.curly.test(page.text)
      )
    case "inconsistent-names":
      return hasInconsistentNames(page.text)
  }
}

const pageSignals = Object.keys(settings.pageSignals) as ReadonlyArray<PageSignal>

/** The fixed page signals that fired, in config order. */
const fixedPageSignals = (page: TranslationPage): ReadonlyArray<PageSignal> =>
  pageSignals.filter((signal) => signalFired(page, signal))

/** The page's structure: fixed evidence even where the model reads the page. */
const structuralSignals: ReadonlyArray<PageSignal> = ["lang-switch-label", "side-by-side", "translated-boilerplate"]
/** The structural signals in config order: where the model reads the page, the others (its text's) are not asked. */
const structuralInOrder = pageSignals.filter((signal) => structuralSignals.includes(signal))

/** The page's feature vector, filled again for each page the model reads (`translationFeatures`' `into`). */
const pageFeatures = new Float64Array(translationFeatureNames.length)

/** The page's trigram set, made again for each page the model reads (`translationFeatures`' `trigramSetInto`). */
const pageTrigrams = new Int32Array(trigramSetWords)

interface PageEvidence {
  readonly logOdds: number
  readonly signals: ReadonlyArray<string>
  /** The trigram set of the page's text where the model read it (`pageTrigrams`), else `undefined`. */
  readonly trigrams: Int32Array | undefined
}

const sumOf = (signals: ReadonlyArray<PageSignal>): number =>
  signals.reduce((sum, signal) => sum + settings.pageSignals[signal], 0)

/**
 * The page's log-odds and the words naming its strongest evidence for machine
 * translation: the translation model's reading when it reads the target
 * language and the page holds enough of it, plus the page's structure; else
 * the fixed page signals from the prior.
 */
const pageEvidence = (
  page: TranslationPage,
  target: Lang,
  rules: RuleBook,
  stated: ReadonlyArray<TranslationNotice>
): PageEvidence => {
  const noticeOdds = stated.reduce((sum, notice) => sum + notice.logOdds, 0)
  const noticeSignals = stated.map((notice) => notice.signal)
  const model = rules.translationModel
  if (model === null || target !== settings.modelLanguage || page.text.length < settings.modelMinChars) {
    const fired = fixedPageSignals(page)
    return {
      logOdds: settings.prior + sumOf(fired) + noticeOdds,
      signals: [...noticeSignals, ...fired],
      trigrams: undefined
    }
  }
  // (`fixedPageSignals(page)`'s structural ones, in the same order: the text's signals are the model's to read)
  const structure = structuralInOrder.filter((signal) => signalFired(page, signal))
  // (read here and dropped: the vector is written into the stage's one array)
  const dense = translationFeatures(page, pageFeatures, pageTrigrams)
  const read = strongestSignals(model, dense, settings.evidenceMinLogOdds, settings.evidenceSignals)
  return {
    logOdds: pageLogOdds(model, dense) + sumOf(structure) + noticeOdds,
    signals: [...noticeSignals, ...structure, ...read],
    trigrams: pageTrigrams
  }
}

interface TextEvidence {
  readonly signals: ReadonlyArray<string>
  readonly weight: number
}

const noSignals: ReadonlyArray<string> = []

/**
 * Words one of which (in lower case, three letters or more) every match of a segment rule holds: a segment of the
 * page the model read (a title, body or related line: a line of its text) is not asked a rule none of whose words
 * the page's trigram set may hold (`mayHoldWord`). What a caseless rule (`i`) matches, the lower case holds in
 * lower case: its words hold no `s` or `k` (which `iu` also matches as `ſ` and the Kelvin sign). A rule whose
 * pattern does not print its words (another table's) is asked as it is.
 */
export const ruleWords: Readonly<Record<string, ReadonlyArray<string>>> = {
  "mt.fr.calque-bridge-point": ["pont"],
  "mt.fr.calque-term-numeral": ["terme", "trimestre"],
  "mt.fr.calque-proactively": ["activement"],
  "mt.fr.calque-in-which": ["lequel"],
  "mt.fr.calque-that-is": ["dire"],
  "mt.fr.calque-good-work": ["travail"],
  "mt.fr.calque-synchronous": ["manière"],
  "mt.fr.calque-personnel-work": ["travail"],
  "mt.fr.comrade": ["camarade"]
}

/** Each rule's words (`ruleWords`) as their trigrams' hashes, or `undefined`: made once per table of rules. */
const ruleWordBuckets = new WeakMap<
  ReadonlyArray<Compiled<TranslationRule>>,
  ReadonlyArray<ReadonlyArray<Int32Array> | undefined>
>()
const wordBucketsOf = (
  rules: ReadonlyArray<Compiled<TranslationRule>>
): ReadonlyArray<ReadonlyArray<Int32Array> | undefined> => {
  let known = ruleWordBuckets.get(rules)
  if (known === undefined) {
    known = rules.map(({ rule }) => {
      const words = ruleWords[rule.id]
      // the pattern in lower case, `[Cc]` read as `c`: each word printed there (a check of the table, not a proof)
      const printed = rule.pattern
        .replace(/\[(\p{Lu})(\p{Ll})\]/gu, (both, upper: string, lower: string) =>
          upper.toLowerCase() === lower ? lower : both
        )
        .toLowerCase()
      const usable = (word: string): boolean =>
        word.length >= 3 &&
        word === word.toLowerCase() &&
        (rule.caseInsensitive !== true || !/[sk]/u.test(word)) &&
        /^\p{L}+$/u.test(word) &&
        [...word].length === word.length &&
        printed.includes(word)
      return words === undefined || !words.every(usable) ? undefined : words.map(wordTrigrams)
    })
    ruleWordBuckets.set(rules, known)
  }
  return known
}

/**
 * The rules of `lang` that fire in `text`: their signals, in rule order, and their weights summed in that order.
 * `trigrams`: the trigram set of a page whose text holds `text` (then a rule whose words are not there is not asked).
 */
const textEvidence = (text: string, lang: Lang, rules: RuleBook, trigrams: Int32Array | undefined): TextEvidence => {
  let signals: Array<string> | undefined
  let weight = 0
  const table = rules.translation
  const gates = trigrams === undefined ? undefined : wordBucketsOf(table)
  for (let r = 0; r < table.length; r++) {
    const { rule, regex } = table[r]!
    const words = gates?.[r]
    if (rule.lang !== lang || (words !== undefined && !mayHoldWord(trigrams!, words)) || !regex.test(text)) continue
    if (signals === undefined) signals = [rule.signal]
    else signals.push(rule.signal)
    weight += rule.weight
  }
  return { signals: signals ?? noSignals, weight }
}

const unique = (values: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(values)]

const statusOf = (share: number): MtStatus =>
  share >= settings.fullMinShare ? "full" : share >= settings.partialMinShare ? "partial" : "none"

/**
 * A short line in the original language inside the translation (the title, body or caption above it flagged)
 * and followed straight away by its machine translation (a flagged line of comparable length):
 * the original of a caption pair, as translated pages print their photos' captions, not body
 * of its own. The status does not count it. An original before its translation with no
 * translation above (a page beside its original) stays body.
 */
const isOriginalOfPair = (
  segments: ReadonlyArray<TranslationSegment>,
  index: number,
  before: TranslationSegment | undefined
): boolean => {
  const segment = segments[index]!
  const next = segments[index + 1]
  if (before === undefined || next === undefined || !before.mtFlag || !next.mtFlag) return false
  if (!settings.originalLanguages.includes(segment.lang)) return false
  const { maxChars, minRatio, maxRatio } = settings.captionPair
  const ratio = next.text.length / Math.max(1, segment.text.length)
  return segment.text.length <= maxChars && ratio >= minRatio && ratio <= maxRatio
}

const isTitle = (segment: CleanSegment): boolean => segment.kind === "title"
const isNotFlagged = (segment: TranslationSegment): boolean => !segment.mtFlag

const summarise = (segments: ReadonlyArray<TranslationSegment>): TranslationSummary => {
  const body: Array<TranslationSegment> = []
  // the nearest title, body or flagged line above (a source or a dateline between them is no break)
  let before: TranslationSegment | undefined
  segments.forEach((segment, index) => {
    if (segment.kind === "body" && !isOriginalOfPair(segments, index, before)) body.push(segment)
    if (isContent(segment) || segment.mtFlag) before = segment
  })
  let bodyChars = 0
  let flaggedChars = 0
  for (const segment of body) {
    bodyChars += segment.text.length
    if (segment.mtFlag) flaggedChars += segment.text.length
  }
  const mtShare = bodyChars === 0 ? 0 : flaggedChars / bodyChars
  const mtStatus = statusOf(mtShare)
  // A page mostly in a language outside the corpus' is `und`, whatever its few lines in the corpus' languages.
  const foreign = (body.length > 0 ? dominantLanguage(body, true) : dominantLanguage(segments, true, isTitle)) === "und"
  // Beside its original, a page is in the original's language; wholly translated, in the translation's.
  const language = foreign
    ? "und"
    : ((mtStatus === "full" ? undefined : dominantLanguage(body, false, isNotFlagged)) ??
      dominantLanguage(body, false) ??
      dominantLanguage(segments, false, isTitle) ??
      // A page that prints no article (a section's list, a station's schedule) is in its lines' language.
      dominantLanguage(segments, false) ??
      "und")
  return { language, mtStatus, mtShare }
}

type Flagged = (
  segment: CleanSegment,
  mtScore: number,
  mtFlag: boolean,
  mtSignals: ReadonlyArray<string>
) => TranslationSegment

/** A copier per list of keys (`Object.keys` of a segment, in order): the segments of a run have a few. */
const copiers: Array<{ readonly keys: ReadonlyArray<string>; readonly copy: Flagged }> = []
const MAX_COPIERS = 32

/**
 * A function returning a literal of the keys given, each read from the segment, then `mtScore`, `mtFlag`
 * and `mtSignals`: what `Object.assign({}, segment, { mtScore, mtFlag, mtSignals })` makes of a segment
 * with those own keys, key for key and in order (a key the segment holds already keeps its place and
 * takes the new value, in the literal as in `assign`); V8 makes the literal whole, where `assign` adds
 * the keys one by one (a third of the stage on HTML pages, which are no candidates). `undefined` for
 * a `__proto__` key (a literal's would set the prototype), or past `MAX_COPIERS` lists.
 */
const copierOf = (keys: ReadonlyArray<string>): Flagged | undefined => {
  search: for (const known of copiers) {
    if (known.keys.length !== keys.length) continue
    for (let i = 0; i < keys.length; i++) if (known.keys[i] !== keys[i]) continue search
    return known.copy
  }
  if (copiers.length >= MAX_COPIERS || keys.includes("__proto__")) return undefined
  const fields = keys.map((key) => `${JSON.stringify(key)}: segment[${JSON.stringify(key)}]`)
  fields.push("mtScore: mtScore", "mtFlag: mtFlag", "mtSignals: mtSignals")
  // (the code is made of the segment's own key names, each written as a JSON string)
  const copy = new Function("segment", "mtScore", "mtFlag", "mtSignals", `return { ${fields.join(", ")} }`) as Flagged
  copiers.push({ keys: [...keys], copy })
  return copy
}

/**
 * `Object.assign({}, segment, { mtScore, mtFlag, mtSignals })`: the copy as a spread into the literal would
 * make it, key for key (without V8's slow path for that spread), by the copier of its keys (`copierOf`).
 * The segments are plain data: their own enumerable keys are their string keys (`Object.keys`), no symbols.
 */
export const flagged: Flagged = (segment, mtScore, mtFlag, mtSignals) => {
  const copy = copierOf(Object.keys(segment))
  return copy === undefined
    ? Object.assign({}, segment, { mtScore, mtFlag, mtSignals })
    : copy(segment, mtScore, mtFlag, mtSignals)
}

const notFlagged = (segment: CleanSegment): TranslationSegment => flagged(segment, 0, false, [])

export const flagTranslation = (doc: WithMetadata<CleanSegment>, rules: RuleBook): Translated => {
  const target = translatedLanguage(doc.segments)
  const noticed = target === null ? [] : doc.segments.map(noticesIn)
  const isCandidate = (segment: CleanSegment, index: number): boolean =>
    target !== null &&
    segment.lang === target &&
    !settings.originalLanguages.includes(segment.lang) &&
    noticed[index]!.length === 0
  if (target === null || !doc.segments.some(isCandidate)) {
    const segments = doc.segments.map(notFlagged)
    return { ...doc, segments, translation: summarise(segments) }
  }
  // The notices found, each once, in the order first found (`noticed.flatMap(…)` into a set, without an array per segment).
  const statedOnce = new Set<TranslationNotice>()
  for (const found of noticed) for (const { notice } of found) statedOnce.add(notice)
  const stated = [...statedOnce]
  const page = pageEvidence(translationPageOf(doc, target, rules), target, rules, stated)
  const segments = doc.segments.map((segment, index): TranslationSegment => {
    if (!isCandidate(segment, index)) return notFlagged(segment)
    // (a title, body or related line of the target language is a line of the page's text)
    const inPage = isContent(segment) || segment.kind === "related"
    const own = textEvidence(segment.text, target, rules, inPage ? page.trigrams : undefined)
    const mtScore = sigmoid(page.logOdds + settings.segmentTextFactor * own.weight)
    return flagged(segment, mtScore, flaggedAt(mtScore, settings.threshold), unique([...page.signals, ...own.signals]))
  })
  // What `atThreshold` at the configured threshold gives, without copying every segment again.
  return { ...doc, segments, translation: summarise(segments) }
}

/** A candidate is flagged when its score reaches the threshold; a segment that is none scores 0. */
const flaggedAt = (mtScore: number, threshold: number): boolean => mtScore > 0 && mtScore >= threshold

/**
 * The document flagged at `threshold` (`Config.translation.threshold` unless told): every
 * candidate's `mt_flag` is `mt_score >= threshold`, and `mt_share`, `mt_status` and `language`
 * follow from those flags. The stage's own flags are this at the configured threshold; the
 * cross-validation's threshold table calls it at other thresholds on the same scores. Segments
 * that are no candidates score 0 and stay unflagged at any threshold.
 */
export const atThreshold = (doc: Translated, threshold: number = settings.threshold): Translated => {
  const segments = doc.segments.map(
    (segment): TranslationSegment => Object.assign({}, segment, { mtFlag: flaggedAt(segment.mtScore, threshold) })
  )
  return { ...doc, segments, translation: summarise(segments) }
}
