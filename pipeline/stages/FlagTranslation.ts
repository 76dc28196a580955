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
import type { Lang, MtStatus } from "../../schemas/Vocabulary.ts"
import { Config, type PageSignal } from "../Config.ts"
import {
  hasInconsistentNames,
  type OutletEdition,
  type TranslationPage,
  translationFeatures
} from "../classifier/TranslationFeatures.ts"
import { explain, pageLogOdds } from "../classifier/TranslationModel.ts"
import type { CleanSegment, Translated, TranslationSegment, TranslationSummary, WithMetadata } from "../Document.ts"
import { lookupOutlet, type RuleBook } from "../rules/RuleBook.ts"
import { type TranslationNotice, translationNotices } from "../rules/translationese.fr.ts"

const settings = Config.translation

const sigmoid = (logOdds: number): number => 1 / (1 + Math.exp(-logOdds))

const isContent = (segment: CleanSegment): boolean => segment.kind === "title" || segment.kind === "body"

/**
 * Characters per language over the segments given, `und` left out unless
 * `otherLanguages`: then text in a language outside the corpus' counts as `und`
 * (a German page with a few English lines is `und`, not `en`).
 */
const charactersByLanguage = (segments: ReadonlyArray<CleanSegment>, otherLanguages = false): Map<Lang, number> => {
  const totals = new Map<Lang, number>()
  for (const segment of segments) {
    if (segment.lang === "und" && !(otherLanguages && segment.otherLang !== undefined)) continue
    totals.set(segment.lang, (totals.get(segment.lang) ?? 0) + segment.text.length)
  }
  return totals
}

const dominant = (totals: ReadonlyMap<Lang, number>): Lang | null => {
  let best: Lang | null = null
  let bestCount = 0
  for (const [lang, count] of totals) {
    if (count > bestCount) [best, bestCount] = [lang, count]
  }
  return best
}

/** The language the candidates are in, or `null` when the page is all original. */
export const translatedLanguage = (segments: ReadonlyArray<CleanSegment>): Lang | null => {
  const totals = charactersByLanguage(segments.filter(isContent))
  for (const lang of settings.originalLanguages) totals.delete(lang)
  return (
    dominant(totals) ??
    dominant(charactersByLanguage(segments.filter((s) => !settings.originalLanguages.includes(s.lang))))
  )
}

const notices = translationNotices.map((notice) => ({ notice, regex: new RegExp(notice.pattern, "u") }))

type Notices = ReadonlyArray<(typeof notices)[number]>
const noNotice: Notices = []

/** The notices of translation a segment is, if any (a site's widget: never a candidate itself); most are none, one array. */
const noticesIn = (segment: CleanSegment): Notices => {
  let found: Array<(typeof notices)[number]> | undefined
  for (const notice of notices) {
    if (!notice.regex.test(segment.text)) continue
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

interface PageEvidence {
  readonly logOdds: number
  readonly signals: ReadonlyArray<string>
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
    return { logOdds: settings.prior + sumOf(fired) + noticeOdds, signals: [...noticeSignals, ...fired] }
  }
  // (`fixedPageSignals(page)`'s structural ones, in the same order: the text's signals are the model's to read)
  const structure = structuralInOrder.filter((signal) => signalFired(page, signal))
  const dense = translationFeatures(page)
  const read = explain(model, dense)
    .filter((evidence) => evidence.logOdds >= settings.evidenceMinLogOdds)
    .slice(0, settings.evidenceSignals)
    .map((evidence) => evidence.signal)
  return {
    logOdds: pageLogOdds(model, dense) + sumOf(structure) + noticeOdds,
    signals: [...noticeSignals, ...structure, ...read]
  }
}

interface TextEvidence {
  readonly signals: ReadonlyArray<string>
  readonly weight: number
}

const textEvidence = (text: string, lang: Lang, rules: RuleBook): TextEvidence => {
  const fired = rules.translation.filter(({ rule, regex }) => rule.lang === lang && regex.test(text))
  return {
    signals: fired.map(({ rule }) => rule.signal),
    weight: fired.reduce((sum, { rule }) => sum + rule.weight, 0)
  }
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

const summarise = (segments: ReadonlyArray<TranslationSegment>): TranslationSummary => {
  const body: Array<TranslationSegment> = []
  // the nearest title, body or flagged line above (a source or a dateline between them is no break)
  let before: TranslationSegment | undefined
  segments.forEach((segment, index) => {
    if (segment.kind === "body" && !isOriginalOfPair(segments, index, before)) body.push(segment)
    if (isContent(segment) || segment.mtFlag) before = segment
  })
  const bodyChars = body.reduce((sum, segment) => sum + segment.text.length, 0)
  const flaggedChars = body.reduce((sum, segment) => sum + (segment.mtFlag ? segment.text.length : 0), 0)
  const mtShare = bodyChars === 0 ? 0 : flaggedChars / bodyChars
  const mtStatus = statusOf(mtShare)
  // A page mostly in a language outside the corpus' is `und`, whatever its few lines in the corpus' languages.
  const titles = segments.filter((segment) => segment.kind === "title")
  const foreign = dominant(charactersByLanguage(body.length > 0 ? body : titles, true)) === "und"
  // Beside its original, a page is in the original's language; wholly translated, in the translation's.
  const language = foreign
    ? "und"
    : ((mtStatus === "full" ? undefined : dominant(charactersByLanguage(body.filter((segment) => !segment.mtFlag)))) ??
      dominant(charactersByLanguage(body)) ??
      dominant(charactersByLanguage(titles)) ??
      // A page that prints no article (a section's list, a station's schedule) is in its lines' language.
      dominant(charactersByLanguage(segments)) ??
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
  const stated = [...new Set(noticed.flatMap((found) => found.map(({ notice }) => notice)))]
  const page = pageEvidence(translationPageOf(doc, target, rules), target, rules, stated)
  const segments = doc.segments.map((segment, index): TranslationSegment => {
    if (!isCandidate(segment, index)) return notFlagged(segment)
    const own = textEvidence(segment.text, target, rules)
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
