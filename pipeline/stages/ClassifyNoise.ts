/**
 * Gives every segment a `kind`, a `kind_score` and the evidence.
 *
 * 1. What the markup says with certainty (an HTML `<figcaption>`, `<nav>`, an
 *    image's alt text) decides, with score 1.
 * 2. Otherwise the line classifier (`pipeline/classifier/`): a softmax model
 *    over features of the line, its neighbours and its page, the rule tables'
 *    hits among them (`pipeline/rules/noise.*.ts`), trained by `pnpm train`
 *    on the gold pages of `tests/gold/`.
 * 3. Body is protected: a line the model calls noise stays content when the
 *    model still gives content at least `Config.classifier.contentProtect`
 *    (removing an article's sentence is worse than keeping a stray line); a line it calls
 *    caption or body where a caption sits (`captionCue`) needs `Config.classifier.captionCueProtect`, and two
 *    or more such lines one under another, each a full sentence, are a run of captions (`captionRuns`);
 *    a caption's translation on the next line is one (`captionTranslations`), and so is a line placing a
 *    person in the photo (`placedInPhoto`: `(au centre)`, `(giữa)`) or naming one by office in a
 *    ceremony's scene (`personInScene`: `Đồng chí …, Bí thư Tỉnh ủy tặng hoa chúc mừng …`) or a short one-sentence scene while the model gives content less
 *    than `Config.classifier.shortSceneProtect` (`shortScene`: `Toàn cảnh hội nghị.`), and a line of
 *    Vietnamese without its marks (`foldedCaptions`: an alt text or caption made of a file name), and a
 *    line over its own repeat that tells nothing with a time or a tense (`captionsOverRepeats`: a caption
 *    printed twice). A sentence the model alone calls a caption over a caption closing on its credit is the
 *    article's (`sentencesOverCaptions`).
 *    Lines of the text the model calls noise for their shape alone are body again: a line of a
 *    hard-wrapped paragraph (`wrappedLines`), an official text's heading in capitals over a rule
 *    line (`documentHeadings`), a short unfinished line between two paragraphs that says nothing a
 *    caption says (`textSubheadings`), a live report's entry opening on its time (`timedEntries`), a
 *    sentence cut at the page's end (`cutEnds`), a numbered section heading (`numberedHeadings`).
 *    A run of programme items, each opening on its clock time, that the model calls noise is a
 *    broadcaster's schedule, `ticker` (`programmeSchedules`). A run of headlines one under another that
 *    the model reads in part as related (or as several titles) is a related block, every line of it
 *    (`relatedRuns`), before one title is kept. A lede opening on a source tag under the article's byline
 *    is another article's teaser (`teaserLedes`); a lede printed again without its tag, or cut short over
 *    the full paragraph, is a repeat (`nearRepeats`).
 * 4. One title per page: the line most likely to be it (unless the body does not
 *    bear it out and bears out a later headline of the head: `HeadlineSupport.ts`);
 *    a second headline-like line takes its next best kind. A caption (a photo credit, a person's place
 *    in the photo) is none; a headline under a sentence of the article's (a page that opens on its
 *    text) is a related item's, and the page has none. A page the model gives none takes the head's
 *    likeliest line when the model gives it `Config.classifier.titleFloor` (not a stamp or a phone number).
 *
 * The rule whose kind was chosen keeps its captures (an author's name, an
 * outlet) for the metadata stage.
 */

import type { NoiseRule } from "../../schemas/Rules.ts"
import type { Kind } from "../../schemas/Vocabulary.ts"
import { Config } from "../Config.ts"
import {
  closersStart,
  countCharacters,
  endsInMark,
  letterKindOf,
  lowerKeys,
  lowerLettersAndNumbers
} from "../classifier/Characters.ts"
import { foldedVietnamese } from "../classifier/FoldedVietnamese.ts"
import { headlineSupport, supportedHeadline, wordPairs } from "../classifier/HeadlineSupport.ts"
import {
  captionCue,
  comparisonKey,
  dateOnly,
  lineFeatures,
  lineWords,
  overItsRepeat,
  type PageVotes,
  pageTranslationPair,
  personInScene,
  portrait,
  type RuleHits,
  sceneWordsIn,
  sentenceOverCaption,
  shortScene,
  type VectorPool
} from "../classifier/LineFeatures.ts"
import { featureName, type LineModel, sparseBufferFor, vectorizeInto } from "../classifier/LineModel.ts"
import { bufferProbabilities, type SparseBuffer } from "../classifier/Softmax.ts"
import { shapeRows } from "../classifier/shapes.ts"
import { type ClassifiedSegment, type LineSegment, PageFailed, type Segmented } from "../Document.ts"
import { gateOf } from "../rules/noiseGates.ts"
import { isSurrogate, openingTest } from "../rules/openingUnits.ts"
import type { Compiled, RuleBook } from "../rules/RuleBook.ts"
import { probeOf } from "../TextNormalization.ts"
import { namesOfSignature } from "./BylineNames.ts"
import { findDayMonth, findFullDate, findLedeDate } from "./DateParsing.ts"
import { isNamesInCapitals } from "./VietnameseWords.ts"

export { probeOf } from "../TextNormalization.ts"

/**
 * Patterns with `\p{…}` the steps below ask inside their functions, made once here: esbuild writes such a
 * literal as `new RegExp(…)` where it stands, which in a function is a new pattern object per call.
 */
const lowerLetter = /\p{Ll}/u
const everyLetter = /\p{L}/gu
const lettersAtBothEnds = /^\p{L}.*\p{L}$/u
const addressInText = /:\/\/|www\.|\p{L}\.(?:vn|com|net|org|fr|info)\b/iu
const capitalFirstLetter = /^\P{L}*\p{Lu}/u
const numberRuns = /\p{N}+/gu

/** Whether `text.split(" ")` has at most `max` parts: its spaces counted, nothing cut. */
export const atMostSpaceParts = (text: string, max: number): boolean => {
  let parts = 1
  if (parts > max) return false
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) if (++parts > max) return false
  return true
}

/** Whether `text.trim().split(/\s+/u)` has two parts or more: a space (`\s`, which is what `trim` takes off) inside the trimmed text. */
export const twoWordsOrMore = (text: string): boolean => /\s/u.test(text.trim())

/** No longer than a headline can be. */
const headlineSized = (text: string, maxChars: number = Config.layout.titleMaxChars): boolean =>
  text.length <= maxChars && atMostSpaceParts(text, Config.layout.titleMaxWords)

/** A short, unfinished line: what a headline looks like. */
export const isHeadlineLike = (text: string, maxChars: number = Config.layout.titleMaxChars): boolean =>
  text.length > 0 && headlineSized(text, maxChars) && !endsInMark(probeOf(text), ".;:,!?…")

interface Match {
  readonly rule: NoiseRule
  readonly captures: Readonly<Record<string, string>>
}

/** The match of a rule whose pattern found `found`, with its named captures (trimmed, empty ones left out). */
const matchOf = (compiled: Compiled<NoiseRule>, found: RegExpExecArray): Match => {
  const captures: Record<string, string> = {}
  for (const [name, value] of Object.entries(found.groups ?? {})) {
    if (value !== undefined && value.trim().length > 0) captures[name] = value.trim()
  }
  return { rule: compiled.rule, captures }
}

/**
 * Rules in table order with each one's gate (`noiseGates.ts`), where it has one, and the rules a line
 * can match by its first unit (`openingUnits.ts`: an anchored rule opens on few characters).
 */
interface GatedRules {
  readonly rules: ReadonlyArray<Compiled<NoiseRule>>
  /** Each rule's `maxChars`, `scope` and pattern, read by index (not through the rule's object, line after line). */
  readonly maxChars: Int32Array
  readonly scopes: ReadonlyArray<NoiseRule["scope"]>
  readonly patterns: ReadonlyArray<RegExp>
  readonly gates: ReadonlyArray<((probe: string) => boolean) | undefined>
  /** Each rule's test of a line's first unit, where its pattern says (`undefined`: asked of every line). */
  readonly openers: ReadonlyArray<((unit: number) => boolean) | undefined>
  /** Every rule's index, in order: what a line opening on a surrogate, or empty, is asked. */
  readonly all: Int32Array
  /** The indexes of the rules a line opening on a unit (not a surrogate) is asked, in order, as units are met. */
  readonly byUnit: Map<number, Int32Array>
  /** The same for the ASCII units, by unit. */
  readonly byAsciiUnit: Array<Int32Array | undefined>
}

const gated = (rules: ReadonlyArray<Compiled<NoiseRule>>): GatedRules => ({
  rules,
  // A rule's limit is a whole number of characters (a larger one than Int32Array holds is no limit a line reaches).
  maxChars: Int32Array.from(rules, ({ rule }) => Math.min(rule.maxChars, 0x7fffffff)),
  scopes: rules.map(({ rule }) => rule.scope),
  patterns: rules.map(({ regex }) => regex),
  gates: rules.map(({ rule }) => gateOf(rule.id, rule.pattern, rule.caseInsensitive)),
  openers: rules.map(({ regex }) => openingTest(regex)),
  all: Int32Array.from(rules, (_, i) => i),
  byUnit: new Map(),
  byAsciiUnit: []
})

/** The rules of `table` a line opening on `unit` (not a surrogate) can match, in table order. */
const rulesOpeningOn = (table: GatedRules, unit: number): Int32Array => {
  if (unit >= 0x80) return rulesOpeningOnUnit(table, unit)
  let found = table.byAsciiUnit[unit]
  if (found === undefined) {
    found = rulesOpeningOnUnit(table, unit)
    table.byAsciiUnit[unit] = found
  }
  return found
}
const rulesOpeningOnUnit = (table: GatedRules, unit: number): Int32Array => {
  let found = table.byUnit.get(unit)
  if (found === undefined) {
    const kept: Array<number> = []
    table.openers.forEach((opens, i) => {
      if (opens === undefined || opens(unit)) kept.push(i)
    })
    found = Int32Array.from(kept)
    table.byUnit.set(unit, found)
  }
  return found
}

export const firstMatch = (
  rules: ReadonlyArray<Compiled<NoiseRule>>,
  text: string,
  scope: NoiseRule["scope"]
): Match | undefined => {
  let withGates = gatedTables.get(rules)
  if (withGates === undefined) {
    withGates = gated(rules)
    gatedTables.set(rules, withGates)
  }
  return firstMatchOfProbe(withGates, probeOf(text), scope)
}
const gatedTables = new WeakMap<ReadonlyArray<Compiled<NoiseRule>>, GatedRules>()

/**
 * The first rule of `scope` that matches; a rule whose gate the probe fails, or that cannot open on its
 * first unit, is not asked (it cannot match).
 */
const firstMatchOfProbe = (table: GatedRules, probe: string, scope: NoiseRule["scope"]): Match | undefined => {
  const { maxChars, scopes, patterns, gates } = table
  const unit = probe.length === 0 ? -1 : probe.charCodeAt(0)
  const order = unit < 0 || isSurrogate(unit) ? table.all : rulesOpeningOn(table, unit)
  const length = probe.length
  // A rule's pattern is run when the rule is of the scope, the probe within its `maxChars` (no longer line
  // matches) and its gate passed: pure tests, the same rules asked whatever their order.
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!
    if (length > maxChars[i]! || scopes[i] !== scope) continue
    const gate = gates[i]
    if (gate !== undefined && !gate(probe)) continue
    const found = patterns[i]!.exec(probe)
    if (found !== null) return matchOf(table.rules[i]!, found)
  }
  return undefined
}

/** The noise rules of one scope, in table order, split once per rule book. */
const rulesOf = (rules: RuleBook, scope: NoiseRule["scope"]): GatedRules => {
  let byScope = scopes.get(rules.noise)
  if (byScope === undefined) {
    byScope = new Map()
    for (const kind of ["any", "head"] as const)
      byScope.set(kind, gated(rules.noise.filter((compiled) => compiled.rule.scope === kind)))
    scopes.set(rules.noise, byScope)
  }
  return byScope.get(scope) ?? emptyTable
}
const emptyTable: GatedRules = gated([])
const scopes = new WeakMap<ReadonlyArray<Compiled<NoiseRule>>, Map<NoiseRule["scope"], GatedRules>>()

/** What the rule tables say of each segment: the classifier's rule features. */
export const ruleHitsOf = (
  segments: ReadonlyArray<LineSegment>,
  rules: RuleBook
): ReadonlyArray<{ readonly hits: RuleHits; readonly match: Match | undefined }> => {
  // Each scope's rules found once for the page, not once a line.
  const any = rulesOf(rules, "any")
  const heads = rulesOf(rules, "head")
  return segments.map((segment) => {
    // The probe cut once for both scopes.
    const probe = probeOf(segment.text)
    const match = firstMatchOfProbe(any, probe, "any")
    const head = firstMatchOfProbe(heads, probe, "head")
    const kind = match?.rule.feature === true ? match.rule.kind : null
    return { hits: { kind, head: head !== undefined }, match: match ?? head }
  })
}

/**
 * What the markup says of a segment, unless it cannot be so: a heading the
 * length of a paragraph is a paragraph a CMS wrapped in `<h1>`.
 */
const trustedHint = (segment: LineSegment): Kind | null =>
  segment.hint === "title" && !headlineSized(segment.text) ? null : segment.hint

interface Decision {
  kind: Kind
  score: number
  evidence: Array<string>
}

/** A layout step's verdict on a line: its new kind, the step named in its evidence (`layout:<step>`). */
const relabel = (decision: Decision, kind: Kind, step: string): void => {
  decision.kind = kind
  decision.evidence = [...decision.evidence, `layout:${step}`]
}

/** `relabel` a line the model read, its score the model's probability of the new kind (`index` in its classes). */
const relabelScored = (
  decision: Decision & { readonly p?: Float64Array },
  kind: Kind,
  step: string,
  index: number
): void => {
  relabel(decision, kind, step)
  decision.score = decision.p![index]!
}

/** A block the HTML stage found inside the article's container is content unless the model is sure it is not. */
const protectionOf = (segment: LineSegment): number =>
  segment.hintEvidence?.some((evidence) => evidence === "html:main-content" || evidence === "html:lede") === true
    ? Config.html.mainContentProtect
    : Config.classifier.contentProtect

const isContent = (kind: Kind): boolean => kind === "body" || kind === "title"

/**
 * The features that pushed `kind` over the runner-up most, in words: those adding more than 0.25, the
 * largest first, at most `Config.classifier.evidenceFeatures`. Kept as they come, each placed after those
 * adding as much or more (the earlier feature first among equal ones, as a stable sort by falling
 * contribution puts them), the list cut to its length: the first of that sort, without sorting every one.
 */
export const strongestFeatures = (model: LineModel, x: SparseBuffer, kind: number, against: number): Array<string> => {
  const w = model.weights[kind]!
  const v = model.weights[against]!
  const limit = Config.classifier.evidenceFeatures
  const features: Array<number> = []
  const contributions: Array<number> = []
  for (let j = 0; j < x.length; j++) {
    const f = x.indices[j]!
    if (f === 0) continue
    const c = (w[f]! - v[f]!) * x.values[j]!
    if (!(c > 0.25)) continue
    let at = contributions.length
    while (at > 0 && contributions[at - 1]! < c) at--
    if (at >= limit) continue
    features.splice(at, 0, f)
    contributions.splice(at, 0, c)
    if (features.length > limit) {
      features.pop()
      contributions.pop()
    }
  }
  return features.map((f) => `model:${featureName(model, f)}`)
}

/** What the model gives the content kinds (title and body) together. */
const contentShare = (model: LineModel, p: Float64Array): number =>
  model.classes.reduce((sum, kind, k) => sum + (isContent(kind) ? p[k]! : 0), 0)

/**
 * A line a layout step takes back for the text needs the model to give content at least this much
 * (a hard-wrapped line, a cut sentence: 0.13 to 0.41 on the gold lines taken back); a button's or a
 * widget's words the model is sure of stay noise.
 */
const reclaimContentFloor = 0.1

/** The model gives the line content at least `reclaimContentFloor` (a line it did not score: no). */
const contentEnough = (model: LineModel | null, decision: Decision & { readonly p?: Float64Array }): boolean =>
  model !== null && decision.p !== undefined && contentShare(model, decision.p) >= reclaimContentFloor

const decide = (
  model: LineModel,
  x: SparseBuffer,
  protect: number = Config.classifier.contentProtect,
  captionCue: () => boolean = () => false,
  sureCaption: (content: number) => boolean = () => false,
  out?: Float64Array
): Decision & { readonly p: Float64Array } => {
  const p = bufferProbabilities(model.weights, x, out)
  // The likeliest class among those `accepts`, the first on a tie (what the first of a stable sort by
  // falling probability would be); -1 for none.
  const likeliest = (accepts: (k: number) => boolean): number => {
    let found = -1
    for (let k = 0; k < p.length; k++) if (accepts(k) && (found < 0 || p[k]! > p[found]!)) found = k
    return found
  }
  let best = likeliest(() => true)
  const content = contentShare(model, p)
  // A line where a caption sits needs content to be the likelier side to stay, when the model calls it
  // a caption or body (not a title: a headline over its photo's credit is the page's).
  const caption = model.classes.indexOf("caption")
  const held = caption >= 0 && (best === caption || model.classes[best] === "body") && content >= protect
  const cued = held && content < Config.classifier.captionCueProtect && captionCue()
  // A caption by its words alone (a person by name and office in a ceremony's scene), however sure the model is.
  const sure = held && !cued && sureCaption(content)
  if (cued || sure) best = caption
  if (!isContent(model.classes[best]!) && content >= protect && !cued && !sure) {
    const likeliestContent = likeliest((k) => isContent(model.classes[k]!))
    if (likeliestContent >= 0) best = likeliestContent
  }
  const second = likeliest((k) => k !== best)
  const runnerUp = second < 0 ? best : second
  return {
    kind: model.classes[best]!,
    score: p[best]!,
    evidence: [
      ...strongestFeatures(model, x, best, runnerUp),
      ...(cued ? ["layout:caption-cue"] : sure ? ["layout:person-in-scene"] : [])
    ],
    p
  }
}

/**
 * A run of captions (a photo story's or a row of portraits' captions one under another: Báo Quảng
 * Ninh, Báo Bà Rịa - Vũng Tàu): a line the model calls caption but kept as content by the protection
 * (below `Config.classifier.captionCueProtect`) and ending its sentence is a caption when the line
 * over or under it is held the same way (not a subheading under a caption: it ends in no full stop).
 */
export const captionRuns = (
  model: LineModel,
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision & { readonly p?: Float64Array }>
): void => {
  const caption = model.classes.indexOf("caption")
  if (caption < 0) return
  const held = decisions.map((d, index) => {
    const p = d.p
    if (p === undefined || !isContent(d.kind) || protectionOf(segments[index]!) !== Config.classifier.contentProtect)
      return false
    for (let k = 0; k < p.length; k++) if (p[k]! > p[caption]!) return false
    const content = contentShare(model, p)
    return content < Config.classifier.captionCueProtect && /[.!?…]["”»)]?$/u.test(probeOf(segments[index]!.text))
  })
  const captionAt = (k: number): boolean => k >= 0 && k < decisions.length && held[k]!
  const runs = held.map((h, index) => h && (captionAt(index - 1) || captionAt(index + 1)))
  runs.forEach((run, index) => {
    if (!run) return
    relabelScored(decisions[index]! as Decision, "caption", "caption-run", caption)
  })
}

/** Made once (see `lowerLetter`). */
const innerSentenceStart = /[.!?…]["»”’)]*\s+["«“‘(]?\p{Lu}/u
/**
 * A headline of a list of other articles' headlines: 25 to 200 characters and five words or more once
 * an item separator after it is cut (` -`, ` |`), ending in no full stop, clause mark or ellipsis (a
 * headline may ask or exclaim).
 */
export const listHeadline = (text: string): boolean => {
  // The separator is cut only from a probe ending in one (the pattern is tried at every space of a line otherwise).
  const whole = probeOf(text)
  const last = whole.charCodeAt(whole.length - 1)
  const probe = (last === 0x2d || last === 0x7c ? whole.replace(itemSeparator, "") : whole).trim()
  return (
    probe.length >= listHeadlineMinChars &&
    probe.length <= Config.layout.titleMaxChars &&
    probe.split(/\s+/u).length >= listHeadlineMinWords &&
    !endsInMark(probe, ".;:,…") &&
    !innerSentenceStart.test(probe)
  )
}
const listHeadlineMinChars = 30
/** An item separator after a list headline (` -`, ` |`). */
const itemSeparator = /\s+[-|]$/u
const listHeadlineMinWords = 5
/** A run of list headlines is a related block from this many lines, ... */
const relatedRunMinLines = 3
/** ... when the model reads one of them as related and at least this many as related or as the title, ... */
const relatedRunMinRead = 2
/** ... or this many as the title, in a run of at least `titleRunMinLines` (a page has one headline). */
const titleRunMinRead = 3
const titleRunMinLines = 4
/** The kinds a related run takes back from the model: the ones a headline of another article is misread as. */
const relatedRunTakes: ReadonlySet<Kind> = new Set(["body", "ui", "caption", "title"])

/**
 * A related or latest-news block: a run of `relatedRunMinLines` lines or more one under another, each a
 * list headline (`listHeadline`), of which the model reads `relatedRunMinRead` or more as related: its
 * other headlines, which the model read one by one as body, chrome, a caption or the title, are the
 * block's too. Seen on Đọc nhanh (a latest-news list of ten headlines, each closed by ` -`, over the
 * section label and the headline: two read as related, five as chrome, two as body, the first as the
 * title) and Công Đoàn's French edition (`- Le foyer du syndicat …` under the translation notice). A line
 * the model read as the title stays the title unless a line shaped as a headline follows the run before
 * the article's first paragraph (`headlineBelow`: the article's headline, nearer its text; Le Courrier du
 * Vietnam's headline over its `>> …` links keeps its place). Lines a rule or the markup decided are not
 * asked, nor content inside an HTML article's container (the markup's protection stands).
 */
export const relatedRuns = (
  model: LineModel,
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision & { readonly p?: Float64Array }>
): void => {
  const relatedIndex = model.classes.indexOf("related")
  if (relatedIndex < 0) return
  // A run is a block only with a line the model read as related or as the title: the runs are found from
  // those lines (a run is every list headline one under another around one), each line asked once.
  const items: Array<boolean | undefined> = []
  const item = (k: number): boolean => (items[k] ??= listHeadline(segments[k]!.text))
  let from = 0
  while (from < segments.length) {
    const read = decisions[from]!
    if (read.p === undefined || (read.kind !== "related" && read.kind !== "title") || !item(from)) {
      from++
      continue
    }
    let start = from
    while (start > 0 && item(start - 1)) start--
    let end = from
    while (end < segments.length && item(end)) end++
    // Before one title is kept: a page has one headline, and several lines read as titles are a list's.
    const run = decisions.slice(start, end).filter((d) => d.p !== undefined)
    const related = run.filter((d) => d.kind === "related").length
    const titles = run.filter((d) => d.kind === "title").length
    const list =
      (related >= 1 && related + titles >= relatedRunMinRead && end - start >= relatedRunMinLines) ||
      (titles >= titleRunMinRead && end - start >= titleRunMinLines)
    if (list) {
      const titleBelow = headlineBelow(segments, end)
      for (let i = start; i < end; i++) {
        const decision = decisions[i]!
        if (decision.p === undefined || !relatedRunTakes.has(decision.kind)) continue
        if (decision.kind === "title" && !titleBelow) continue
        // Content the markup's article container protects stays so.
        if (isContent(decision.kind) && protectionOf(segments[i]!) !== Config.classifier.contentProtect) continue
        relabelScored(decision as Decision, "related", "related-run", relatedIndex)
      }
    }
    from = end
  }
}

/** A line shaped as a headline (`canBeTitle`) at `from` or under it, before the first paragraph of the page. */
const headlineBelow = (segments: ReadonlyArray<LineSegment>, from: number): boolean => {
  for (let k = from; k < segments.length; k++) {
    const text = probeOf(segments[k]!.text)
    if (text.length >= 80 && endsInMark(text, ".!?…")) return false
    if (listHeadline(text) && canBeTitle(segments[k]!.text)) return true
  }
  return false
}

/** What the caller already worked out of the page's lines (`classifyNoise`: the line features' keys and votes). */
interface LinesKnown {
  /** Each line's `comparisonKey`. */
  readonly repeatKeys?: ReadonlyArray<string>
  /** Each line's function-word vote, where asked (`PageVotes`). */
  readonly votes?: PageVotes
}

/**
 * A step that makes a caption of each line the model kept as body (content-protected, not markup's) that
 * `isCaption` calls one, however sure the model is, with `layout:<step>` as evidence. Every line is
 * asked before any is relabelled: a line made a caption here is no reason for its neighbour to be one.
 */
const bodyLinesToCaptions =
  (
    step: string,
    // Made once per page: what it works out of a line is kept for its neighbours' questions.
    isCaption: (
      segments: ReadonlyArray<LineSegment>,
      decisions: ReadonlyArray<Decision>,
      known: LinesKnown
    ) => (index: number) => boolean
  ) =>
  (
    model: LineModel,
    segments: ReadonlyArray<LineSegment>,
    decisions: ReadonlyArray<Decision & { readonly p?: Float64Array }>,
    known: LinesKnown = {}
  ): void => {
    const caption = model.classes.indexOf("caption")
    if (caption < 0) return
    const isCaptionAt = isCaption(segments, decisions, known)
    const found = decisions.map(
      (d, index) =>
        d.p !== undefined &&
        d.kind === "body" &&
        protectionOf(segments[index]!) === Config.classifier.contentProtect &&
        isCaptionAt(index)
    )
    found.forEach((f, index) => {
      if (f) relabelScored(decisions[index]! as Decision, "caption", step, caption)
    })
  }

/**
 * A machine-translated page prints a photo's caption twice, in Vietnamese and in French, one under the
 * other (Báo Nghệ An, Lao Động, Công Đoàn French editions): a body line beside its translation
 * (`translationPair`) that is a caption, on the next raw line (one block, no empty line between: not
 * the article's paragraph over the caption of the photo under it), is one too, however sure the model
 * is of the sentence. So is a pair the model kept as body both (Vietnam.vn: `Tổng Bí thư Tô Lâm, Chủ
 * tịch nước Lương Cường, … dự Hội nghị.` / `Le secrétaire général To Lam, le président Luong Cuong, …`),
 * and the translation under a picture's alt text in the original (image residue, Báo Nghệ An): a page
 * prints its article once, so a line and its translation one under the other are a caption (gold: 31
 * lines so, 28 captions and 3 alt texts, none body; the article's paragraph and a caption's translation
 * sit an empty line apart).
 */
const pairedKinds: ReadonlySet<Kind> = new Set<Kind>(["caption", "body", "image"])
export const captionTranslations = bodyLinesToCaptions("caption-translation", (segments, decisions, known) => {
  const adjacent = (a: number, b: number): boolean => segments[b]!.lineStart === segments[a]!.lineEnd + 1
  const pairs = pageTranslationPair(segments, known.votes)
  return (index) => {
    const partner = (k: number): boolean =>
      k >= 0 &&
      k < decisions.length &&
      pairedKinds.has(decisions[k]!.kind) &&
      (k < index ? adjacent(k, index) : adjacent(index, k)) &&
      pairs(index, k)
    return partner(index - 1) || partner(index + 1)
  }
})

/**
 * Where a person stands in the photo, in brackets after the name: `(giữa)` (Hội Nông dân Bắc Giang),
 * `(bên phải)` (Vietnam.vn), `(au centre)` (ATS on Bluewin), `(à gauche)` (Vietnam.vn, VNA),
 * `(1er plan, à droite)` (Le Courrier), AFP's letter after a name (`Emmanuel Macron (d)`, `To Lam (c)`:
 * TV5Monde, Boursorama): words of a caption, not of the article. Narrower than `photoPosition` (what
 * keeps a line off the title): not a bare letter after any word (`(c)`, an enumeration's), nor `giữa`
 * inside a phrase (`(giữa nhiệm kỳ)`), nor a place on the map (`(au nord)`).
 */
const personPlace =
  /\((?:à gauche|à droite|au centre|au milieu|(?:ở |đứng )?giữa|bên (?:trái|phải)|(?:thứ \S+ |người thứ \S+ )?từ (?:trái|phải)(?: sang(?: phải| trái)?| qua(?: phải| trái)?)?|\d+(?:er|e|ème) (?:plan|à (?:gauche|droite))[^()]{0,20}|de gauche à droite)\)/iu
/** AFP's letter after a capitalised name (case-sensitive: not `… points (c)`). */
const afpPlace = /\p{Lu}\p{Ll}+ \([dgc]\)/u
const afpMark = / \([dgc]\)/u

/**
 * A line the model kept as body that places a person in the photo (`personPlace`, `afpPlace`) is a
 * caption, however sure the model is (gold: 10 such lines of 9 outlets, every one a caption). Both
 * shapes hold a bracket; AFP's holds ` (d)`, ` (g)` or ` (c)`: checked before the patterns, which would
 * otherwise be tried at every capital of every body line (the same answers, a tenth of the time).
 */
export const placedInPhoto = bodyLinesToCaptions("photo-position", (segments) => (index) => {
  const text = segments[index]!.text
  return text.includes("(") && (personPlace.test(text) || (afpMark.test(text) && afpPlace.test(text)))
})

/**
 * A line the model kept as body written in Vietnamese without its marks (`foldedVietnamese`: a picture's
 * alt text or caption made of a file name, Lao Động, Kiến Thức) is a caption, however sure the model is:
 * the article prints its marks.
 */
export const foldedCaptions = bodyLinesToCaptions(
  "folded-vietnamese",
  (segments) => (index) => foldedVietnamese(probeOf(segments[index]!.text))
)

/**
 * A line the model kept as body directly over its own repeat that tells nothing with a time or a tense
 * (`overItsRepeat`: a caption printed twice, Báo Bà Rịa - Vũng Tàu, Công Đoàn) is a caption, however sure
 * the model is; its repeat is the verbatim duplicate (`adjacentRepeats`).
 */
export const captionsOverRepeats = bodyLinesToCaptions("over-repeat", (segments, _, { repeatKeys }) => {
  // Each line's words (`comparisonKey`): the caller's, or worked out once (a line is asked over the next, then the next over its own).
  const keys: Array<string | undefined> = []
  const keyAt =
    repeatKeys === undefined
      ? (k: number): string => (keys[k] ??= comparisonKey(probeOf(segments[k]!.text)))
      : (k: number): string => repeatKeys[k]!
  return (index) => overItsRepeat(segments, index, keyAt)
})

/**
 * A line the model calls a caption by itself (no rule, no markup, no layout step made it one) that is a
 * sentence over a photo's caption closing on its credit (`sentenceOverCaption`: VOV World's `Merci chers
 * amis de vos rapports d’écoute et de votre fidélité!` over `… (photo: Thùy Linh)`) is the article's: body
 * again while the model gives it content `reclaimContentFloor`. Its caption is the line under it.
 */
export const sentencesOverCaptions = (
  model: LineModel,
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision & { readonly p?: Float64Array }>
): void => {
  const body = model.classes.indexOf("body")
  if (body < 0) return
  const found = decisions.map(
    (d, index) =>
      d.kind === "caption" &&
      d.p !== undefined &&
      contentEnough(model, d) &&
      protectionOf(segments[index]!) === Config.classifier.contentProtect &&
      !d.evidence.some((e) => e.startsWith("layout:") || e.startsWith("rule:")) &&
      sentenceOverCaption(segments, index)
  )
  found.forEach((f, index) => {
    if (f) relabelScored(decisions[index]!, "body", "over-caption", body)
  })
}

const photoCredits = shapeRows.filter((row) => row.id === "photo-credit" || row.id === "photo-credit-bare")

/**
 * What no headline prints: a comma or semicolon at its end (a salutation, a sentence cut by the
 * scraper: `Chers dirigeants des provinces …,`), a photo credit (`… (photo: baochinhphu.vn)`,
 * `Photo d'illustration: VOV`: a caption) or a table cell's closing bar (`inTableCell`).
 */
export const canBeTitle = (text: string): boolean => {
  const probe = probeOf(text)
  return (
    !inTableCell(text) &&
    !partHeading.test(probe) &&
    !numberedSection.test(probe) &&
    !homeLink.test(probe) &&
    !endsInMark(probe, ",;") &&
    !endsInFullStop(text) &&
    !creditedSentence.test(probe) &&
    !labelledStamp.test(probe) &&
    // The patterns below asked only where they can match (each needs what it is asked after: the same answers).
    !(endsInMark(probe, ":") && quoteLeadIn.test(probe)) &&
    !photoCredits.some((row) => (row.gate === undefined || row.gate(probe)) && row.pattern.test(probe)) &&
    !(probe.includes("/") && slashCredit.test(probe)) &&
    !(probe.includes("(") && photoPosition.test(probe))
  )
}

/**
 * A numbered part or chapter of the article (`Partie 1: Le Vietnam et la Voix du Vietnam, toujours dans nos cœurs`,
 * `Partie 2: Une voix qui transcende …`, VOV World; `Chapitre 1 – les années héroïques`, Le Petit Journal): one of
 * its subheadings, never the page's headline (none of the gold's titles opens so). A series' episode (`Bài 1:`,
 * `Kỳ 2:`) is a headline and is not one.
 */
export const partHeading =
  /^\P{L}{0,3}(?:Partie|Chapitre|Chapter|Part|Chương)\s+(?:\d{1,2}|[IVX]{1,4})\s*[:.–—-]\s*\p{L}/u

/**
 * A numbered section of the article (`1. Chủ tịch nước Nguyễn Xuân Phúc và Phu nhân thăm chính thức …`, `I. THÔNG
 * BÁO`, Bộ Ngoại giao's briefing; `2. Phó Tổng thống, …`): a number or Roman numeral with its dot, a space and a
 * capital. The gold's 21 line-labelled lines opening so are body (subheadings and list items, on 14 outlets) and
 * none of its pages' titles opens so; a number without its dot (`6 Bí thư Tỉnh ủy …`) or a dotted figure (`1.400 cử
 * tri …`) is a headline's.
 */
export const numberedSection = /^\P{L}{0,3}(?:\d{1,2}|[IVX]{1,4})\.\s+\p{Lu}/u

/**
 * A line opening on the site's home link (`Trang chủ     Đăng ký nhận tin    Ý kiến bạn đọc   Liên kết website
 * English`, Bộ Ngoại giao's menu; `Trang chủ » Chính trị - Xã hội » …`, `• Trang chủ > Giới thiệu chung`, `Home /
 * Page d'accueil / …`: breadcrumbs of three more outlets): a menu or a trail, site chrome, never the headline (none
 * of the gold's titles opens so).
 */
export const homeLink = /^\P{L}{0,3}(?:Trang chủ|Home|Accueil)(?=$|[\s>»›/|])/iu

/**
 * A line closed by a table cell's bar: where a scraper that flattens a page's tables leaves a photo's
 * caption (`Des centaines de pêcheurs se rassemblent à Dà Nang (Centre) pour … après le Têt. |`, Le Courrier du
 * Vietnam; `Vu Hai, ancien vice-président de la Radio «La Voix du Vietnam» |`, VOV World), its credit or the
 * image's residue. Of the gold's line-labelled lines so closed, 57 are captions, 32 image residue, 2 body and
 * none the title.
 */
const inTableCell = (text: string): boolean => /\|\s*$/u.test(text)

/**
 * A speech verb and a colon closing the line: the sentence that brings in a quotation (`Trân Dinh Khoa, secrétaire
 * de l’antenne du Parti de Vung Tàu, , a déclaré :`, `Le Président Ho Chi Minh a affirmé :`, `1. Về kết quả, Đại hội
 * khẳng định:`; 6 gold outlets), the article's, never a headline (a kicker tied to the headline by a colon names a
 * person, not what they said).
 */
export const quoteLeadIn =
  /(?:\sa (?:déclaré|dit|affirmé|souligné|indiqué|expliqué|confié|ajouté|précisé|estimé)|\s(?:cho biết|phát biểu|nhấn mạnh|khẳng định|chia sẻ|nói))\s*:["»”’)]*$/iu

/**
 * A publication stamp under its label (`Cập nhật: 25/12/2016 09:00:00 Article Rating`, `Đăng ngày: 20/01/2020 -
 * 8:28:04 AM | Lượt xem: 1231`, ` • Thời gian đăng: 26/11/2018 01:49:17 PM`, `Ngày xuất bản: 16/09/2020 5:02:00 CH`:
 * 8 gold outlets): a dateline, never a headline.
 */
export const labelledStamp =
  /^\P{L}{0,3}(?:Cập nhật|Ngày đăng|Đăng ngày|Thời gian đăng|Ngày cập nhật|Ngày xuất bản|Publié le|Mis à jour(?: le)?|Updated|Posted)\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/iu

/**
 * A sentence closed by its agency's credit after a dash (`… dans un communiqué. -VNA`, `… (11e exercice). - AVI`):
 * the last line of a dispatch (Vietnam+, Đại hội Đảng, VNA's news site), never a headline.
 */
export const creditedSentence = /(?<!\.)\.["»”’)]*\s*[-–—]\s*\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u

/**
 * Where a person stands in the photo, in brackets after the name: what a caption prints, never a
 * headline (`Emmanuel Macron (d) et …`, `Luong Cuong (au centre) prêtant serment …`, `M. Ismael Drullet
 * Perez (à gauche) ; …`, `Anh Quản Bá Tới (bên phải), Giám đốc HTX …`, `(thứ hai từ trái)`).
 */
export const photoPosition =
  /\((?:d|g|c|à [gd]\.|à gauche|à droite|au centre|au milieu|[^()]{0,25}(?:từ trái|từ phải|bên trái|bên phải|ở giữa|giữa|de gauche à droite|de g\. à d\.)[^()]{0,15})\)/iu

/**
 * A credit with a slash: an agency and its photographer in brackets closing a caption
 * (`… le 19 janvier 2026 à Hanoï ( AFP / Nhac NGUYEN )`), a photo credited to an outlet (`Photo d'illustration/VTV`).
 */
export const slashCredit =
  /\(\s*\p{Lu}{2,}\s*\/\s*[^()/]{2,40}\)$|(?:^|\s)(?:Photo|Ảnh)(?: d'illustration| minh họa| minh hoạ)?\s*\/\s*\S+$/iu

/**
 * A line ending in one full stop (not an ellipsis) is a sentence: on pages without a printed
 * headline, the photo's caption or the lede that opens them (`Les parents embrassent leurs enfants
 * après l'examen.`). A few outlets print their headlines so (Báo Nghệ An's French pages); by outlets
 * left out, refusing them all is right on more pages than taking them.
 */
export const endsInFullStop = (text: string): boolean => {
  // `/(?<!\.)\.["»”’)]*$/u.test(probeOf(text))`, read from the end instead of tried at every character.
  const probe = probeOf(text)
  const end = closersStart(probe)
  return end > 0 && probe.charCodeAt(end - 1) === 0x2e && (end < 2 || probe.charCodeAt(end - 2) !== 0x2e)
}

/**
 * A page with no title: the head's headline-like line (before the first body line, or that line) the
 * model gives title most becomes it, when that is at least `Config.classifier.titleFloor`. Not on a
 * text record that carries its own title field.
 */
const raiseTitle = (
  segments: ReadonlyArray<LineSegment>,
  decisions: Array<Decision & { readonly p?: Float64Array }>,
  title: number,
  headStart: number,
  headEnd: number,
  otherwise: (index: number) => boolean
): void => {
  let best = -1
  for (let i = headStart; i <= headEnd && i < decisions.length; i++) {
    const p = decisions[i]!.p
    const text = segments[i]!.text
    // Pure tests, the cheapest first: the same lines pass.
    if (
      p === undefined ||
      p[title]! < Config.classifier.titleFloor ||
      opensInLowerCase.test(text) ||
      otherwise(i) ||
      !(isHeadlineLike(text) || askedOrExclaimed(text)) ||
      !canBeTitle(text) ||
      stampOrPhone.test(text)
    )
      continue
    if (best < 0 || p[title]! > decisions[best]!.p![title]!) best = i
  }
  if (best < 0) return
  relabelScored(decisions[best]!, "title", "title-floor", title)
}

/** Made once (see `lowerLetter`). */
const markThenCapital = /[.!?…]\s+\p{Lu}/u
/**
 * A headline that asks or exclaims: one sentence, no longer than a headline, closed by a question or an
 * exclamation mark (`Les consommateurs sont-ils faciles à vivre ?`, `Joyeux anniversaire à mon hebdo préféré !`).
 */
const askedOrExclaimed = (text: string): boolean =>
  headlineSized(text) && asksOrExclaims(probeOf(text)) && !markThenCapital.test(text)
/** `/[^?!][?!]["»”’)]*$/u.test(probe)`, read from the end: one mark after something else, then closers. */
export const asksOrExclaims = (probe: string): boolean => {
  const end = closersStart(probe)
  return end >= 2 && endsInMark(probe.slice(0, end), "?!") && !"?!".includes(probe.charAt(end - 2))
}

/** A line opening in lower case goes on with the line above it: no gold title does (0 of 310). */
const opensInLowerCase = /^\P{L}{0,3}\p{Ll}/u

/**
 * What the floor does not raise: a publication stamp (a full date and a clock time: `Cập nhật: 25/12/2016
 * 09:00:00 Article Rating`) or a phone number (`Điện thoại CSKH: 19008082 - 0886.234.222`), the site's
 * chrome above a page whose headline the model missed.
 */
export const stampOrPhone =
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\D{1,5}\d{1,2}:\d{2}|\d{1,2}:\d{2}\D{1,5}\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|(?<!\d)(?:\d{8,11}|0\d{2,3}[.\s]\d{3}[.\s]\d{3,4})(?!\d)/u

/**
 * A page with no title whose first body line is a headline-sized sentence with the page's date
 * stamp right under it (a byline, dateline or source line printing a full date, at most
 * `Config.layout.stampedHeadlineGap` lines below, a sapo between): that line is the headline, printed
 * with a full stop (automatic translations and aggregators keep one) or asking a question (stamped only:
 * the echo of its sapo is not enough). A lede is not followed by the
 * article's stamp: the stamp sits between the headline and the text. With no stamp, a sentence
 * the lede under it bears out (`headlineOverLede`).
 */
const raiseStampedHeadline = (
  segments: ReadonlyArray<LineSegment>,
  decisions: Array<Decision & { readonly p?: Float64Array }>,
  title: number,
  firstBody: number
): void => {
  if (firstBody < 0) return
  const d = decisions[firstBody]
  const text = segments[firstBody]?.text ?? ""
  const question = endsInMark(probeOf(text), "?")
  if (d?.p === undefined || !(endsInFullStop(text) || question) || !headlineSized(text) || inTableCell(text)) return
  const stamped = decisions
    .slice(firstBody + 1, firstBody + 1 + Config.layout.stampedHeadlineGap)
    .some(
      (near, k) =>
        (near.kind === "byline" || near.kind === "dateline" || near.kind === "source") &&
        findFullDate(segments[firstBody + 1 + k]!.text) !== null
    )
  const step = stamped ? "stamped-headline" : headlineOverLede(segments, decisions, firstBody, question)
  if (step !== null) relabelScored(d, "title", step, title)
}

/**
 * Why the sentence on top of a page with no stamp under it is the headline (`echoed-headline`, `timed-lede`),
 * or `null`: a question is not, unstamped.
 */
const headlineOverLede = (
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision>,
  firstBody: number,
  question: boolean
): string | null => {
  const text = segments[firstBody]!.text
  if (question || !headlineSentence(text)) return null
  const next = decisions.findIndex((near, i) => i > firstBody && near.kind === "body")
  if (next < 0) return null
  if (echoedHeadline(text, segments[next]!.text)) return "echoed-headline"
  return timedLede(segments, firstBody, next) ? "timed-lede" : null
}

/** Made once (see `lowerLetter`). */
const stopThenCapital = /[.!?]\s+\p{Lu}/u
/**
 * A full-stop line that can be a headline printed as one sentence: at least
 * `Config.layout.echoedHeadlineMinChars` (a short one on top is a photo's caption: `Đại biểu tham dự lễ khai
 * mạc.`), one sentence, and it prints no day or month (a lede's `Chiều 1/3, …`, `ce lundi 22 février`), no
 * source opener (`Hanoï (VNA) - …`) and does not open on a short phrase and a comma (a lede's `Cụ thể, …`,
 * `Pour clarifier ce point, …`).
 */
const headlineSentence = (text: string): boolean =>
  findDayMonth(text) === null &&
  !monthName.test(text) &&
  text.length >= Config.layout.echoedHeadlineMinChars &&
  !stopThenCapital.test(text) &&
  !/^\s*(?:\S+\s+){0,3}\S+,/u.test(text) &&
  !/^[^()]{0,40}\([^()]{2,20}\)\s*[-–—]/u.test(text)

/**
 * A headline printed as one sentence with no date stamp under it: the longer sapo right under it tells
 * the same news again (at least `Config.layout.echoedHeadlinePairs` of its word pairs).
 */
const echoedHeadline = (text: string, sapo: string): boolean => {
  if (sapo.length <= text.length) return false
  const support = headlineSupport(text, wordPairs(sapo))
  return support !== null && support >= Config.layout.echoedHeadlinePairs
}

/**
 * A headline printed as one sentence over a lede that opens on the news's day (`Le matin du 1er novembre, le
 * Comité provincial …`, `Sáng ngày 26/4, đồng chí …`: a day and month within its first
 * `Config.metadata.ledeDateMaxOffset` characters), the next line that prints something: a news story tells
 * when in its lede, so the undated sentence above that lede is what it is told under (Báo Nghệ An's French
 * pages, Đô Lương's portal). A page that opens on its lede prints the day in that first line instead.
 */
const timedLede = (segments: ReadonlyArray<LineSegment>, firstBody: number, next: number): boolean => {
  for (let k = firstBody + 1; k < next; k++) if (segments[k]!.text.trim().length > 0) return false
  const lede = segments[next]!.text
  if (findLedeDate(lede) !== null) return true
  const opening = /^[^,.;:!?]{0,100},/u.exec(lede)?.[0]
  return opening !== undefined && (monthName.test(opening) || partOfDay.test(opening))
}

/**
 * A lede's opening clause (up to its first comma, at most 100 characters) that tells when with no day's number:
 * a month or a weekday (`Après les importantes inondations de fin juillet dans les localités occidentales de Nghệ
 * An, …`, Báo Nghệ An; `À l’occasion de la Fête nationale française (14 juillet), …`, Le Courrier du Vietnam;
 * `Mardi matin, …`, Vietnam+) or a part of the day (`Ce matin, …`, Vietnam.vn; `Chiều nay, …`, VietNamNet).
 */
const partOfDay = /(?:^|\s)(?:matin|après-midi|soir|soirée|Sáng|Chiều|Tối|Trưa)(?=[\s,]|$)/iu

const monthName =
  /\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/iu

/**
 * Two headlines are the same when, case and marks aside, one holds the other's letters and digits
 * and is at most a third longer (a section label or a date glued to it; not a lede that opens with it).
 */
const sameHeadline = (a: string, b: string): boolean => {
  const [short, long] = [letterKey(a), letterKey(b)].sort((x, y) => x.length - y.length) as [string, string]
  return short.length > 0 && long.includes(short) && long.length <= short.length * 1.34
}

/** A breadcrumb's separator: an angle or a guillemet between spaces (a slash or a pipe after a home crumb). */
const crumbAngle = /\s+[>»›]\s+/u
/** A trail's home crumb: the site's front page, then a separator. */
const homeCrumb = /^\P{L}{0,3}(?:Trang chủ|Home|Accueil)\s*[>»›/|]\s*\S/iu
/** A crumb before the last: a section's or the site's name, short and no sentence. */
const shortCrumb = (text: string): boolean =>
  text.length > 0 && text.length <= 50 && text.split(" ").length <= 8 && !/[.!?:]$/u.test(text)

/** Made once (see `lowerLetter`). */
const leadingNonLetters = /^\P{L}{0,3}/u
/** Every separator `homeCrumb` and `crumbAngle` read. */
const crumbSeparator = /[>»›/|]/
/**
 * A breadcrumb trail: a home crumb first (`• Trang chủ > Giới thiệu chung`, `Home / Page d'accueil / …`),
 * or three crumbs or more joined by angles, all short but the last (`Bệnh viện Hữu nghị Đa khoa Nghệ An >
 * TIN TỨC > Tin y tế > <headline>`, `Trang chủ » Chính trị - Xã hội » Tin tức trong tỉnh`).
 */
export const isBreadcrumbTrail = (text: string): boolean => {
  const trimmed = text.trim()
  if (trimmed.length > 400) return false
  // A home crumb is followed by one of these separators, and a trail of three crumbs holds two angles:
  // a line with none of them is no trail (most lines; the split below would give one part).
  if (!crumbSeparator.test(trimmed)) return false
  if (homeCrumb.test(trimmed)) return true
  const parts = trimmed
    .replace(leadingNonLetters, "")
    .split(crumbAngle)
    .map((part) => part.trim())
  return parts.length >= 3 && parts.slice(0, -1).every(shortCrumb)
}

/**
 * The page's breadcrumb trail, when its head prints one: the first trail among its lines up to the
 * first body line (a trail the model took for a sentence of the article is that line), or `-1`.
 * What a page prints above its trail is the site's chrome (its name, its tagline, a section label:
 * `TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN`, `CHẤT LƯỢNG HÀNG ĐẦU - …`); its headline comes under it
 * (4 gold pages of 4 outlets print a trail, each with its headline below it).
 */
const breadcrumbAt = (segments: ReadonlyArray<LineSegment>, firstBody: number): number => {
  const last = firstBody < 0 ? Math.min(segments.length - 1, Config.layout.breadcrumbSearchLines) : firstBody
  for (let i = 0; i <= last; i++) if (isBreadcrumbTrail(segments[i]!.text)) return i
  return -1
}

/**
 * The line under a breadcrumb trail that prints the trail's last crumb again (the page's headline,
 * which the trail ends with, maybe cut: `… > Tin y tế > Hội nghị trực tuyến “Đổi mới phong cách, thái
 * độ …` over `Hội nghị trực tuyến “Đổi mới phong cách, thái độ phục vụ …”`), within
 * `Config.layout.breadcrumbHeadlineGap` lines, or `-1`.
 */
const crumbHeadlineAfter = (segments: ReadonlyArray<LineSegment>, trail: number): number => {
  const text = segments[trail]!.text.trim()
  const parts = text.split(homeCrumb.test(text) ? /\s+[>»›/|]\s+/u : crumbAngle)
  const lastCrumb = letterKey(parts[parts.length - 1] ?? "")
  if (parts.length < 2 || parts[parts.length - 1]!.trim().split(" ").length < 3) return -1
  for (let i = trail + 1; i <= trail + Config.layout.breadcrumbHeadlineGap && i < segments.length; i++) {
    const key = letterKey(segments[i]!.text)
    if (key.length > 0 && isHeadlineLike(segments[i]!.text) && (key.startsWith(lastCrumb) || lastCrumb.startsWith(key)))
      return i
  }
  return -1
}

/** The share of a text's letters that only Vietnamese writes (`đ`, `ă`, `ơ`, `ư`, `ả`, `ệ` …), or `null` without letters. */
export const vietnameseShare = (text: string): number | null => {
  // Read by UTF-16 unit, each unit's answer kept by its code: the page's whole body is read for the title
  // step. A unit that lower-cases to more than one (`İ`) or a surrogate sends the text to the reading
  // by code point of its lower case (`vietnameseShareByCodePoint`), which this equals on the rest: a
  // text's lower case is its units' lower cases but for the final sigma, a letter either way.
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let kind = kindByCode[code]!
    if (kind < 0) {
      const lower = String.fromCharCode(code).toLowerCase()
      if (lower.length !== 1) return vietnameseShareByCodePoint(text)
      kind = letterKindOf(lower)
      kindByCode[code] = kind
    } else if (kind === 3) return vietnameseShareByCodePoint(text)
    if (kind === 0) continue
    letters++
    if (kind === 2) vietnamese++
  }
  return letters === 0 ? null : vietnamese / letters
}
/** Each UTF-16 unit's lower case's letter kind (`letterKindOf`); -1 not yet read. */
const kindByCode = new Int8Array(0x10000).fill(-1)
for (let code = 0xd800; code <= 0xdfff; code++) kindByCode[code] = 3

/** `vietnameseShare` by code point of the text's lower case: what it reads where a unit does not stand alone. */
export const vietnameseShareByCodePoint = (text: string): number | null => {
  const [letters, vietnamese] = vietnameseCountsByCodePoint(text)
  return letters === 0 ? null : vietnamese / letters
}

/** The letters and the Vietnamese-only letters `vietnameseShareByCodePoint` counts. */
const vietnameseCountsByCodePoint = (text: string): readonly [letters: number, vietnamese: number] => {
  let letters = 0
  let vietnamese = 0
  for (const c of text.toLowerCase()) {
    let kind = letterKinds.get(c)
    if (kind === undefined) {
      kind = letterKindOf(c)
      letterKinds.set(c, kind)
    }
    if (kind === 0) continue
    letters++
    if (kind === 2) vietnamese++
  }
  return [letters, vietnamese]
}

/**
 * `vietnameseShare` of some lines joined by spaces (`lines`: their indexes in `texts`), from what `lowerKeys`
 * counted of each (`keys[k]`: its repeat key, whose length is its letters, and its Vietnamese-only letters, or
 * -1 for a line it read the other way, which is read here by code point). The same share: a space is no letter,
 * and a text's letters by code point of its lower case are its lines' (the lower case of a text is its
 * lines', but for the final sigma, a letter either way), which by unit, where a line has no unit that sends
 * it the other way, are the same counts.
 */
export const vietnameseShareOfLines = (
  texts: ReadonlyArray<string>,
  keys: ReadonlyArray<readonly [key: string, letters: string, vietnamese: number]>,
  lines: ReadonlyArray<number>
): number | null => {
  let letters = 0
  let vietnamese = 0
  for (const k of lines) {
    const [, lineLetters, lineVietnamese] = keys[k]!
    if (lineVietnamese >= 0) {
      letters += lineLetters.length
      vietnamese += lineVietnamese
    } else {
      const [byCodePoint, vietnameseByCodePoint] = vietnameseCountsByCodePoint(texts[k]!)
      letters += byCodePoint
      vietnamese += vietnameseByCodePoint
    }
  }
  return letters === 0 ? null : vietnamese / letters
}
/** Each code point's answer, kept (the same for every page). */
const letterKinds = new Map<string, 0 | 1 | 2>()

/**
 * Whether a line of the head is written otherwise than the page's body: no letter only Vietnamese writes
 * on a page whose body is Vietnamese (`Back to E-magazine`), or Vietnamese on a page whose body is not
 * (`Vietnam.vn - Nền tảng quảng bá Việt Nam`, `Độc lập - Tự do - Hạnh phúc` over a French article). The
 * site's chrome, never the headline: of the gold head lines so written (Vietnam.vn, Thông tin Vietnam.vn,
 * Thế giới & Việt Nam, Kiến Thức, VOV World, Lao Động's bylines …) none is the title. `bodyShare` is
 * `vietnameseShare` of the page's body lines; a body in between, or none, says nothing. `share` is the line's
 * own (`vietnameseShare` of `text`, or what `vietnameseShareOfLines` reads of it from its keys: the same).
 */
export const writtenOtherwise = (
  text: string,
  bodyShare: number | null,
  share: number | null = vietnameseShare(text)
): boolean => {
  if (share === null || bodyShare === null || !twoWordsOrMore(text)) return false
  if (bodyShare >= Config.layout.vietnameseBodyShare) return share === 0 && (text.match(/[A-Za-z]/g) ?? []).length >= 8
  if (bodyShare <= Config.layout.latinBodyShare) return share >= Config.layout.vietnameseLineShare
  return false
}

/** Made once (see `lowerLetter`). */
const opensInLower = /^\p{Ll}/u
/**
 * A line the next line goes on with: the next line that prints something opens in lower case and is the
 * article's (`body`): a paragraph wrapped by hand (`7/6/2021, Thường trực HĐND huyện tổ chức Hội nghị liên tịch
 * thống nhất nội` over `dung, chương trình Kỳ họp thứ nhất, …`), never a headline. Of the 225 gold title lines
 * one has a line in lower case under it, a byline (`vương trần (báo lao động) …`).
 */
const continuedBelow = (
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision>,
  index: number
): boolean => {
  for (let j = index + 1; j < segments.length; j++) {
    const text = segments[j]!.text.trim()
    if (text.length === 0) continue
    return decisions[j]!.kind === "body" && opensInLower.test(text)
  }
  return false
}

/**
 * A line printed in capitals: two words or more, at least 8 letters, none in lower case. The cheapest test
 * first (most lines print a lower-case letter within a few characters); the letters are counted last.
 */
export const inCapitals = (text: string): boolean =>
  !lowerLetter.test(text) && twoWordsOrMore(text) && (text.match(everyLetter) ?? []).length >= 8

/**
 * A head whose likeliest title is printed in capitals over a headline printed in lower case: the capitals
 * are the site's name, its tagline or a section's kicker (`TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN`,
 * `CHẤT LƯỢNG HÀNG ĐẦU - …`, `SECRÉTAIRE GÉNÉRAL NGUYÊN PHU TRONG`, `HOẠT ĐỘNG CỦA LÃNH ĐẠO BỘ`: 4 gold
 * outlets, each `ui`; 2 gold titles of 310 are in capitals, neither over a headline in lower case). The
 * headline is the line of the head under it, shaped as one, not in capitals and given title at least
 * `Config.classifier.titleFloor`, the likeliest; `undefined` when there is none.
 */
const headlineUnderKicker = (
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision & { readonly p?: Float64Array }>,
  title: number,
  kicker: number,
  headEnd: number
): number | undefined => {
  let best: number | undefined
  for (let i = kicker + 1; i <= headEnd && i < decisions.length; i++) {
    const p = decisions[i]!.p
    const text = segments[i]!.text
    if (
      p === undefined ||
      p[title]! < Config.classifier.titleFloor ||
      inCapitals(text) ||
      !lowerLetter.test(text) ||
      !isHeadlineLike(text) ||
      !canBeTitle(text) ||
      stampOrPhone.test(text)
    )
      continue
    if (best === undefined || p[title]! > decisions[best]!.p![title]!) best = i
  }
  return best
}

/**
 * One title per page, at its head: the markup's (an HTML `<h1>`), else the likeliest line
 * called title before the page's first body line; the others take their next best kind (a
 * headline further down is a related item's or a subheading; a page that starts mid-article
 * shows none), a sentence body. On an HTML page, a line shaped as a title inside the article's
 * container (`inArticle`) is one of its subheadings: `body` (`Aufbau und Inhalt` under a review's `<h1>`).
 */
const keepOneTitle = (
  model: LineModel,
  segments: ReadonlyArray<LineSegment>,
  decisions: Array<Decision & { readonly p?: Float64Array }>,
  inArticle: (index: number) => boolean,
  shareOfLines: (lines: ReadonlyArray<number>) => number | null,
  recordTitle: string | null
): void => {
  const title = model.classes.indexOf("title")
  const body = model.classes.indexOf("body")
  const firstBody = decisions.findIndex((d) => d.kind === "body")
  /**
   * A line the model took for a title that is a sentence and stays content (body) when refused; not a
   * kicker that a colon ties to the headline under it (`Ủy viên Bộ Chính trị, … Võ Văn Thưởng:`).
   */
  const staysContent = (i: number): boolean =>
    (!isHeadlineLike(segments[i]!.text) || creditedSentence.test(probeOf(segments[i]!.text))) &&
    !endsInMark(probeOf(segments[i]!.text), ":") &&
    decisions[i]!.p![title]! + decisions[i]!.p![body]! >= Config.classifier.contentProtect
  // A breadcrumb trail in the head (not on a record with its own title, not under markup's title):
  // the head starts under it, and a trail the model took for the article's first line is chrome (`ui`).
  const trail =
    recordTitle === null && !decisions.some((d) => d.kind === "title" && d.p === undefined)
      ? breadcrumbAt(segments, firstBody)
      : -1
  if (trail >= 0 && trail === firstBody && decisions[trail]!.p !== undefined) {
    const ui = model.classes.indexOf("ui")
    if (ui >= 0) relabelScored(decisions[trail]!, "ui", "breadcrumb", ui)
  }
  const bodyAfterTrail = trail >= 0 ? decisions.findIndex((d, i) => i > trail && d.kind === "body") : firstBody
  const headStart = trail + 1
  const headEnd = bodyAfterTrail < 0 ? decisions.length : bodyAfterTrail
  const crumbHeadline = trail >= 0 ? crumbHeadlineAfter(segments, trail) : -1
  if (crumbHeadline >= 0 && decisions[crumbHeadline]!.p !== undefined && title >= 0) {
    relabelScored(decisions[crumbHeadline]!, "title", "crumb-headline", title)
  }
  const titleLines: Array<number> = []
  for (let i = 0; i < decisions.length; i++)
    if (decisions[i]!.kind === "title" && decisions[i]!.p !== undefined) titleLines.push(i)
  // A record with its own title field: a line of its content is the title only when it prints that title.
  const repeats = (i: number): boolean => recordTitle === null || sameHeadline(segments[i]!.text, recordTitle)
  // The body's lines as they stand here; their share read only when a head line is asked about (most
  // pages ask of one line or none), as the later steps change kinds.
  // (`vietnameseShare` of the body lines joined by spaces, from the counts of each line's keys: `shareOfLines`.)
  const bodyLines: Array<number> = []
  for (let k = 0; k < segments.length; k++) if (decisions[k]!.kind === "body") bodyLines.push(k)
  let bodyShare: number | null | undefined
  const otherwise = (i: number): boolean => {
    if (bodyShare === undefined) bodyShare = shareOfLines(bodyLines)
    return writtenOtherwise(segments[i]!.text, bodyShare, shareOfLines([i]))
  }
  const continued = (i: number): boolean => continuedBelow(segments, decisions, i)
  const inHead = titleLines.filter(
    (i) =>
      i >= headStart && i <= headEnd && canBeTitle(segments[i]!.text) && repeats(i) && !otherwise(i) && !continued(i)
  )
  // A headline further down, and a line in the head that cannot be a headline, take their next kind.
  const late = titleLines.filter((i) => !inHead.includes(i))
  // A title the markup gives (an HTML `<h1>`) is the page's one title: the model's go to their next kind.
  const marked = decisions.some((d) => d.kind === "title" && d.p === undefined)
  if (title < 0) return
  const likeliestInHead =
    marked || inHead.length === 0
      ? -1
      : inHead.includes(crumbHeadline)
        ? crumbHeadline
        : inHead.reduce((a, b) => (decisions[b]!.p![title]! > decisions[a]!.p![title]! ? b : a))
  // A sentence above the likeliest headline that stays content (the page opens on the article's text, its
  // headline cut off): the headline under it is a related item's, and the page has none.
  const openedOnText =
    likeliestInHead >= 0 &&
    isHeadlineLike(segments[likeliestInHead]!.text) &&
    titleLines.some(
      (j) =>
        j >= headStart &&
        j < likeliestInHead &&
        (inHead.includes(j) || creditedSentence.test(probeOf(segments[j]!.text))) &&
        staysContent(j)
    )
  const likeliest = openedOnText ? -1 : likeliestInHead
  // A title the body does not bear out gives way to a later headline of the head that it does.
  const supported =
    likeliest < 0 || recordTitle !== null
      ? undefined
      : supportedHeadline(
          {
            texts: segments.map((segment) => segment.text),
            isBody: (i) => decisions[i]!.kind === "body",
            titleProbability: (i) => decisions[i]!.p?.[title] ?? 0,
            headlineShaped: (text) => isHeadlineLike(text) && canBeTitle(text)
          },
          likeliest,
          headEnd
        )
  // A title in capitals over a headline in lower case: the site's name or a section's kicker.
  const underKicker =
    supported === undefined && likeliest >= 0 && recordTitle === null && inCapitals(segments[likeliest]!.text)
      ? headlineUnderKicker(segments, decisions, title, likeliest, headEnd)
      : undefined
  const keep = supported ?? underKicker ?? likeliest
  let sentenceTitle = false
  for (const i of [...inHead, ...late]) {
    if (i === keep) continue
    const d = decisions[i]!
    const p = d.p!
    if (marked && inArticle(i) && body >= 0) {
      d.kind = "body"
      d.score = p[body]!
      d.evidence = [...d.evidence, "layout:subheading"]
      continue
    }
    let next = body
    p.forEach((value, k) => {
      if (k !== title && value > p[next]!) next = k
    })
    // A sentence the model took for a title is the article's: it stays content (body) while title
    // and body together hold `contentProtect`; a headline-like line takes its next kind (a related item).
    // A line of a record that has its own title is content too, headline-like or not.
    const sentence =
      !isHeadlineLike(segments[i]!.text) ||
      continued(i) ||
      creditedSentence.test(probeOf(segments[i]!.text)) ||
      recordTitle !== null
    if (sentence && p[title]! + p[body]! >= Config.classifier.contentProtect) next = body
    d.kind = model.classes[next]!
    d.score = p[next]!
    d.evidence = [
      ...d.evidence,
      recordTitle !== null && !repeats(i)
        ? "layout:record-title"
        : i < headStart
          ? i === trail
            ? "layout:breadcrumb"
            : "layout:above-breadcrumb"
          : i === likeliestInHead && openedOnText
            ? "layout:opened-on-text"
            : i <= headEnd && endsInFullStop(segments[i]!.text)
              ? "layout:sentence-title"
              : continued(i)
                ? "layout:continued-below"
                : otherwise(i)
                  ? "layout:written-otherwise"
                  : "layout:second-title"
    ]
    if (
      i >= headStart &&
      i <= headEnd &&
      (endsInFullStop(segments[i]!.text) || creditedSentence.test(probeOf(segments[i]!.text)))
    )
      sentenceTitle = true
  }
  if (supported !== undefined || underKicker !== undefined) {
    relabelScored(decisions[keep]!, "title", supported !== undefined ? "headline-support" : "under-kicker", title)
  }
  // A head whose likeliest title is a sentence has no headline the floor could find above it (a site name).
  if (openedOnText) return
  if (keep < 0 && !marked && !sentenceTitle && recordTitle === null)
    raiseTitle(segments, decisions, title, headStart, headEnd, (i) => otherwise(i) || continued(i))
  if (keep < 0 && !marked && recordTitle === null && !decisions.some((d) => d.kind === "title"))
    raiseStampedHeadline(
      segments,
      decisions,
      title,
      decisions.findIndex((d) => d.kind === "body")
    )
  if (keep < 0 && !marked && recordTitle === null && !decisions.some((d) => d.kind === "title"))
    raiseOverStamp(segments, decisions, title, (i) => otherwise(i) || continued(i))
}

/**
 * A page still with no title whose first dated byline or dateline (printing a full date, within the first
 * `Config.layout.overStampLines` lines) has right above it a headline-shaped line the model took for the
 * article's or for noise: that line is the headline, printed over the article's stamp
 * (`Le president de la Confederation generale du travail du Vietnam accueille …` over `N.Q 27/02/2025 16:17 (GMT+7)`).
 */
const raiseOverStamp = (
  segments: ReadonlyArray<LineSegment>,
  decisions: Array<Decision & { readonly p?: Float64Array }>,
  title: number,
  notHeadline: (index: number) => boolean
): void => {
  const last = Math.min(segments.length, Config.layout.overStampLines)
  const stamp = decisions.findIndex(
    (d, i) => i < last && (d.kind === "byline" || d.kind === "dateline") && findFullDate(segments[i]!.text) !== null
  )
  if (stamp <= 0) return
  let above = stamp - 1
  while (above >= 0 && segments[above]!.text.trim().length === 0) above--
  if (above < 0) return
  const d = decisions[above]!
  const text = segments[above]!.text
  if (
    d.p === undefined ||
    !["body", "other_noise", "ui", "related"].includes(d.kind) ||
    !isHeadlineLike(text) ||
    !canBeTitle(text) ||
    opensInLowerCase.test(text) ||
    stampOrPhone.test(text) ||
    notHeadline(above)
  )
    return
  relabelScored(d, "title", "over-stamp", title)
}

/**
 * A certain row with `joins` (table residue, a close glyph) takes its neighbour's kind when the
 * line above or below has it: residue under a related header is part of the block.
 */
const joinNeighbours = (
  ruled: ReadonlyArray<{ readonly match: Match | undefined }>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    const rule = ruled[index]!.match?.rule
    if (rule?.certain !== true || rule.joins === undefined || decision.kind !== rule.kind) return
    const near = [decisions[index - 1], decisions[index + 1]]
    if (near.some((d) => d?.kind === rule.joins)) {
      decision.kind = rule.joins
      decision.evidence = [...decision.evidence, `layout:joins-${rule.joins}`]
    }
  })
}

/**
 * A line of nothing but table pipes right above a caption is the picture's cell of a photo table
 * whose image the scraper dropped (the ` |` that `![]() |` leaves without its markdown): `image`,
 * as LABELLING.md calls image residue. Elsewhere a pipe line stays table residue.
 */
const imageCells = (segments: ReadonlyArray<LineSegment>, decisions: Array<Decision>): void => {
  decisions.forEach((decision, index) => {
    if (decision.kind !== "other_noise" || !/^[\s|]*\|[\s|]*$/u.test(segments[index]!.text)) return
    let next = index + 1
    while (next < segments.length && segments[next]!.text.trim().length === 0) next++
    if (decisions[next]?.kind !== "caption") return
    relabel(decision, "image", "image-cell")
  })
}

/** A line that prints nothing. */
const blankAt = (segments: ReadonlyArray<LineSegment>, k: number): boolean => segments[k]!.text.trim().length === 0
/** A line in capitals: four letters or more, none in lower case (the cheapest test first: most lines have one). */
const capitalsAt = (segments: ReadonlyArray<LineSegment>, k: number): boolean => {
  const probe = probeOf(segments[k]!.text)
  return !lowerLetter.test(probe) && countCharacters(probe).letters >= 4
}

/**
 * A line in capitals (or a run of up to `subheadingRun` of them) between two body lines of the
 * article with words, one of them a paragraph, is an in-article subheading (`ĐẶT VẤN ĐỀ`, `THẢO LUẬN TẠI
 * HỘI TRƯỜNG`, `PRATIQUE, EFFICACE`), body as LABELLING.md says, when the model calls it a byline
 * or site chrome: a byline in capitals opens or closes the article, it does not sit between two
 * of its paragraphs. Not a line with a time or date (`N.Q 27/02/2025 16:17`), never over markup
 * or a certain rule.
 */
const capitalSubheadings = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const blank = (k: number): boolean => blankAt(segments, k)
  // Not a line with a time or a date in it (`N.Q 27/02/2025 16:17`).
  const capitals = (k: number): boolean =>
    capitalsAt(segments, k) && !/\d{1,2}[:/h]\d{2}/u.test(probeOf(segments[k]!.text))
  // A body line with words, not a stray `;` the model left as body under a closing byline.
  const body = (k: number): boolean =>
    k >= 0 &&
    k < segments.length &&
    decisions[k]!.kind === "body" &&
    countCharacters(probeOf(segments[k]!.text)).letters >= Config.classifier.subheadingNeighbourLetters
  const long = (k: number): boolean => probeOf(segments[k]!.text).length >= Config.classifier.subheadingParagraphChars
  let index = 0
  while (index < segments.length) {
    if (blank(index) || !capitals(index)) {
      index++
      continue
    }
    const run: Array<number> = []
    let end = index
    while (end < segments.length && (blank(end) || capitals(end))) {
      if (!blank(end)) run.push(end)
      end++
    }
    let before = index - 1
    while (before >= 0 && blank(before)) before--
    index = end
    if (run.length > Config.classifier.subheadingRun || !body(before) || !body(end)) continue
    if (!long(before) && !long(end)) continue
    for (const k of run) {
      const decision = decisions[k]!
      if (decided[k] !== null || (decision.kind !== "byline" && decision.kind !== "ui")) continue
      relabel(decision, "body", "capital-subheading")
    }
  }
}

/** An in-article subheading: at most this many words. */
const subheadingMaxWords = 12
/** Three capitalised words in a row: a person's name (`… Phan Thiên Định`), which a caption names. */
const nameRun = /\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){2}/u
/** A photo's credit or source, which a caption gives. */
const creditWord = /(?<![\p{L}])(?:ảnh|photo|crédit|nguồn|source)(?![\p{L}])/iu
/** A caption over a subheading: a sentence of at least this many characters. */
const captionSentenceChars = 40
/** A paragraph of the article: content, at least 80 characters, ending its sentence (one of these marks, `endsInMark`). */
const paragraphMarks = ".!?…"

/**
 * A short unfinished line between two paragraphs of the article, which the model calls a
 * caption for its shape, is an in-article subheading (body), as `capitalSubheadings` is in capitals:
 * `Tăng trưởng 3 trụ cột` (Báo Bình Thuận), `Khai trương Cổng Pháp luật quốc gia` (Người Quan Sát), `Địa
 * đầu Tổ quốc` (Tạp chí Tòa án), `Résumé de l'article de Tô Lâm` (Communistus), `De nombreuses années à
 * "mettre de côté" le réveillon du Nouvel An` (Lao Động). Not a line with what a caption says: a
 * ceremony's scene (`Toàn cảnh cuộc họp`, `Chủ trì Hội nghị`), a person by office or by a name of three
 * words (`Chủ tịch UBND tỉnh Hà Tĩnh Phan Thiên Định`), a credit; nor one the model gives content under
 * `reclaimContentFloor`. A chart's title so printed is taken too (Chinhphu.vn: `Mô hình phục hồi du lịch
 * Việt Nam của McKinsey`). The line above may be a photo's caption instead of a paragraph (or the caption's
 * verbatim repeat under it): a section opens under the photo that closes the one before (`Nâng cao năng
 * lực`, Báo Quảng Nam; `Phát triển du lịch bền vững, giảm tác động vào môi trường`, Chinhphu.vn; gold: 7
 * such lines under a caption and over a paragraph are subheadings, one a caption of an HTML page's picture).
 */
const textSubheadings = (
  model: LineModel | null,
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision & { readonly p?: Float64Array }>
): void => {
  const paragraphAt = (k: number): boolean => {
    if (k < 0 || k >= segments.length || !isContent(decisions[k]!.kind)) return false
    const text = probeOf(segments[k]!.text)
    return text.length >= 80 && endsInMark(text, paragraphMarks)
  }
  /**
   * A photo's caption over the line, or its verbatim repeat under that caption: a sentence of at least
   * `captionSentenceChars` ending in its full stop or its credit (not any short line the model calls a
   * caption, `05:00 Đài hiệu …`).
   */
  const captionAt = (k: number): boolean => {
    if (k < 0) return false
    const caption =
      decisions[k]!.kind === "caption"
        ? k
        : decisions[k]!.kind === "other_noise" &&
            k > 0 &&
            decisions[k - 1]!.kind === "caption" &&
            probeOf(segments[k]!.text) === probeOf(segments[k - 1]!.text)
          ? k - 1
          : -1
    if (caption < 0) return false
    const text = probeOf(segments[caption]!.text)
    return text.length >= captionSentenceChars && (endsInMark(text, paragraphMarks) || creditWord.test(text))
  }
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || decision.kind !== "caption" || !contentEnough(model, decision)) return
    if (protectionOf(segments[index]!) !== Config.classifier.contentProtect) return
    const text = probeOf(segments[index]!.text)
    if (!isHeadlineLike(text) || endsInMark(text, ".!?…|") || text.split(/\s+/u).length > subheadingMaxWords) return
    if (sceneWordsIn(text) || portrait(text) || nameRun.test(text) || creditWord.test(text)) return
    let before = index - 1
    while (before >= 0 && blankAt(segments, before)) before--
    let after = index + 1
    while (after < segments.length && blankAt(segments, after)) after++
    if (!(paragraphAt(before) || captionAt(before)) || !paragraphAt(after)) return
    relabel(decision, "body", "text-subheading")
  })
}

/**
 * An excerpt cut at the page's end leaves the start of its next paragraph as the last line
 * (`Cụ thể`, `Hiện danh mục`, `Đồng thời, Ủ`, `Selon le programme le XXe Congre`): short and
 * unfinished like a byline, but a phrase with a word in lower case after its first, where a
 * byline is a name (`Hương Giang`, `MINH NGUYỆT`) or a name with its unit set off by a dash,
 * colon or bracket (`Phùng Vị – HND tỉnh`, `Linh Hà (tổng hợp)`). The page's last line, right
 * under a paragraph of the article, that the model calls a byline or a comment counter, is body
 * when it reads so (no rule, no digit, no separator). Gold: 7 such lines of 7 outlets; no
 * byline at a page's end reads so.
 */
const cutEndMaxChars = 60
/** A paragraph of the article, not a caption or a headline: at least this long. */
const cutEndParagraphChars = 100
const cutEndPhrase = /^[\p{L}«“"'’ ,]+$/u
const lowerWordAfterFirst = /[\s,'’]\p{Ll}/u

const cutEnds = (
  model: LineModel | null,
  segments: ReadonlyArray<LineSegment>,
  ruled: ReadonlyArray<{ readonly match: Match | undefined }>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  let last = segments.length - 1
  while (last >= 0 && segments[last]!.text.trim().length === 0) last--
  let before = last - 1
  while (before >= 0 && segments[before]!.text.trim().length === 0) before--
  if (last < 0 || before < 0 || decided[last] !== null || ruled[last]!.match !== undefined) return
  const decision = decisions[last]!
  if (isContent(decision.kind)) return
  if (decision.kind !== "byline" && decision.kind !== "comment") {
    if (contentEnough(model, decision) && cutSentence(segments, decisions, last))
      relabel(decision, "body", "cut-sentence")
    return
  }
  if (decisions[before]!.kind !== "body" || segments[before]!.text.length < cutEndParagraphChars) return
  const text = probeOf(segments[last]!.text).trim()
  if (text.length > cutEndMaxChars || !cutEndPhrase.test(text) || !lowerWordAfterFirst.test(text)) return
  relabel(decision, "body", "cut-end")
}

/**
 * The same cut in the middle of a sentence of the article, which the model calls a related
 * headline, a caption or a source for being short and unfinished (`Dự Đại hội có đại biểu … ngành
 * Trung ương; đạ`, `Năm nay Phòng Thương mại … (VCCI) chọn tên`, `Ngày 02/12/1949, tại bản Lướt, xã
 * Mường Kim, huy`, `Auparavant, le ministre de la Sécurité publique avai`): the page's last line,
 * ending in a letter (no mark, no colon of a label), a phrase of `cutSentenceWords` words or more
 * with `cutSentenceLowerWords` in lower case after its first (a sentence, not a name, a headline in
 * capitals or a label), with a paragraph of the article at most two lines over it (image residue
 * between them skipped). It opens on a letter as a sentence does (not a bracket of a credit, an
 * arrow of a related item, a time of a schedule: `05:00 Đài hiệu giới thiệu chương trình`), and
 * holds no link or domain name (`Theo dõi Tinmoi.vn trên … Google news`, a follow widget).
 * The model still gives it content `reclaimContentFloor`.
 */
const cutSentenceWords = 4
const cutSentenceLowerWords = 3

const cutSentence = (
  segments: ReadonlyArray<LineSegment>,
  decisions: ReadonlyArray<Decision>,
  last: number
): boolean => {
  const kind = decisions[last]!.kind
  if (kind === "image" || kind === "title") return false
  const text = probeOf(segments[last]!.text).trim()
  if (!lettersAtBothEnds.test(text) || addressInText.test(text)) return false
  const words = text.split(/\s+/u)
  if (words.length < cutSentenceWords) return false
  if (words.slice(1).filter((word) => opensInLower.test(word)).length < cutSentenceLowerWords) return false
  let seen = 0
  for (let k = last - 1; k >= 0 && seen < 2; k--) {
    if (segments[k]!.text.trim().length === 0 || decisions[k]!.kind === "image") continue
    seen++
    if (decisions[k]!.kind === "body" && segments[k]!.text.length >= cutEndParagraphChars) return true
  }
  return false
}

/**
 * An official text's heading printed in capitals over a rule line, under which the text opens (a
 * resolution's `NGHỊ QUYẾT` / `ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH … NHIỆM KỲ 2020 - 2025` / `-----`, an
 * outline's `ĐỀ CƯƠNG TUYÊN TRUYỀN` / `KẾT QUẢ ĐẠI HỘI …` / `NHIỆM KỲ 2021-2026` / `_________`:
 * Đài PT-TH Bắc Giang, Hội LHPN Phú Yên) is the text's own heading, body as LABELLING.md says of
 * in-article subheadings, when the model calls it chrome or a byline for being short and in
 * capitals. Taken: up to `subheadingRun` + 1 lines in capitals (blank lines between) right over a
 * rule line of three or more dashes, underscores or equals signs, with a paragraph of the text
 * (`subheadingParagraphChars`) the model calls body under it; never over markup or a certain rule.
 */
const ruleLine = /^\s*[-_=–—─]{3,}\s*$/u

const documentHeadings = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const blank = (k: number): boolean => blankAt(segments, k)
  const capitals = (k: number): boolean => capitalsAt(segments, k)
  segments.forEach((segment, index) => {
    if (!ruleLine.test(segment.text)) return
    let under = index + 1
    while (under < segments.length && blank(under)) under++
    if (under >= segments.length || decisions[under]!.kind !== "body") return
    if (probeOf(segments[under]!.text).length < Config.classifier.subheadingParagraphChars) return
    const run: Array<number> = []
    for (let k = index - 1; k >= 0 && run.length <= Config.classifier.subheadingRun; k--) {
      if (blank(k)) continue
      if (!capitals(k)) break
      run.push(k)
    }
    if (run.length === 0 || run.length > Config.classifier.subheadingRun + 1) return
    for (const k of run) {
      const decision = decisions[k]!
      if (decided[k] !== null || isContent(decision.kind) || decision.kind === "image") continue
      relabel(decision, "body", "document-heading")
    }
  })
}

/**
 * A paragraph hard-wrapped at a fixed width, one line of the page per line of print (a district
 * portal's text, a newswire's French page: Cổng TTĐT huyện Kim Thành, TTXVN), is one paragraph: a
 * line of it the model calls a caption or chrome, cut open (no end mark) at a name or a phrase
 * that the next line carries on (`… đ/c Nguyễn` / `Văn Hán, UV BTV Huyện ủy, …,`, `L’événement voit
 * la participation de Nguyen` / `Xuan Phuc, membre du Bureau politique, …`), is body. Taken on a
 * page with `wrapMinLinks` lines or more that open in lower case under a line cut open (what a
 * hard wrap leaves), where the line runs straight on (no blank line) into a body line that is
 * itself carried on (opening in lower case or cut open), and the model still gives it content
 * `reclaimContentFloor`: a caption cut open over a paragraph that ends its sentence keeps its kind. From the page's end up, so a line carried on by one
 * taken is taken too. A line of one word is taken as well: a paragraph's first word left alone by the
 * wrap (`Le` over `fléau social de la corruption existe …`, `Sáng ngày` over `7/6/2021, Thường trực …`: VOV
 * World, Kim Thành), which the model calls chrome for its length.
 */
const wrapMinLinks = 2
const wrapMinWords = 1
/** Cut open: ends in a letter, a digit, a comma or a semicolon. */
const cutOpen = (text: string): boolean => endsCutOpen.test(text)
const endsCutOpen = /[\p{L}\p{N},;]$/u

const wrappedLines = (
  model: LineModel | null,
  segments: ReadonlyArray<LineSegment>,
  ruled: ReadonlyArray<{ readonly match: Match | undefined }>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const probes = segments.map((segment) => probeOf(segment.text).trim())
  const opensLower = (k: number): boolean => opensInLower.test(probes[k]!)
  let links = 0
  for (let k = 1; k < probes.length; k++) if (opensLower(k) && cutOpen(probes[k - 1]!)) links++
  if (links < wrapMinLinks) return
  for (let index = segments.length - 2; index >= 0; index--) {
    const decision = decisions[index]!
    if (decided[index] !== null || ruled[index]!.match !== undefined) continue
    if (isContent(decision.kind) || decision.kind === "image" || !contentEnough(model, decision)) continue
    const text = probes[index]!
    if (!cutOpen(text) || text.split(/\s+/u).length < wrapMinWords) continue
    const next = index + 1
    if (probes[next]!.length === 0 || decisions[next]!.kind !== "body") continue
    if (!opensLower(next) && !cutOpen(probes[next]!)) continue
    relabel(decision, "body", "wrapped-line")
  }
}

/**
 * A live report's entry or a programme's item in the article, opening on a clock time written with
 * `h` and a colon (`11h14: Phó Chủ tịch … phát biểu kết luận …`, `8h00: Khai mạc trọng thể Đại hội
 * …`, `11h05 : Le Congrès a entamé …`, `14h00 21 avril : Asie - Civilisation`: thuonghieusanpham,
 * Báo Quảng Ninh, Vietnam.vn, Báo Nghệ An), is the article's text, body, when the model calls it a
 * caption or a ticker for its shape; a schedule widget prints `05:00 Ca nhạc` and a dateline
 * `08:27 | 23/09/2022`, with no `h` and no colon after the time (gold: the 6 lines opening so are
 * body, on 4 outlets). Only under a paragraph of the article, never over markup or a certain rule.
 */
const timedEntry = /^\d{1,2}h\d{2}(?:\s+\d{1,2}(?:\s+\p{L}+)?)?\s*:\s*\p{L}/u

const timedEntries = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  let paragraph = false
  decisions.forEach((decision, index) => {
    const probe = probeOf(segments[index]!.text).trim()
    if (
      paragraph &&
      decided[index] === null &&
      !isContent(decision.kind) &&
      decision.kind !== "image" &&
      timedEntry.test(probe)
    )
      relabel(decision, "body", "timed-entry")
    if (decision.kind === "body" && probe.length >= cutEndParagraphChars) paragraph = true
  })
}

/**
 * A broadcaster's programme schedule: a run of at least `scheduleMinItems` lines one under another,
 * each a clock time and a programme's name (`05:03 Ca nhạc`, `18:00 Tiếp âm thời sự tiếng nói Việt
 * Nam (18h00)`, `– 5h30 Thời sự Đài Tiền Giang`), the times never going back: the schedule widget of
 * a station's or a listing's page (tructiep24h's Đồng Tháp TV and Bình Dương radio, thtg.vn's radio
 * programme), a `ticker` as LABELLING.md's playlists with their times (gold: 29 such lines, all
 * ticker; the model calls most of them ui or related). Only where the model already calls at least
 * half the run noise, and only those of its lines: a timed agenda in an article's text stays as the
 * model has it. A live entry puts a colon after its time (`13h30 : Ouverture`, `timedEntries`) and a
 * dateline a date (`08:27 | 23/09/2022`); neither is an item. Never over markup or a certain rule.
 */
const scheduleItem = /^(?:[-–—•+*]\s*)?(\d{1,2})[:h](\d{2})\s+(?=\p{L})(?!.*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})/u
const scheduleItemMaxChars = 100
const scheduleMinItems = 5

const programmeSchedules = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const minuteOf = (index: number): number | null => {
    const probe = probeOf(segments[index]!.text).trim()
    if (probe.length > scheduleItemMaxChars) return null
    const match = scheduleItem.exec(probe)
    if (match === null) return null
    const hour = Number(match[1])
    const minute = Number(match[2])
    return hour < 24 && minute < 60 ? hour * 60 + minute : null
  }
  let index = 0
  while (index < segments.length) {
    let end = index
    let last = -1
    for (;;) {
      if (end >= segments.length) break
      const minute = minuteOf(end)
      if (minute === null || minute < last) break
      last = minute
      end++
    }
    if (end - index >= scheduleMinItems) {
      const run = decisions.slice(index, end)
      const noise = run.filter((decision) => !isContent(decision.kind) && decision.kind !== "caption").length
      if (noise * 2 >= run.length)
        for (let item = index; item < end; item++) {
          const decision = decisions[item]!
          if (decided[item] !== null || isContent(decision.kind) || decision.kind === "caption") continue
          if (decision.kind !== "ticker") relabel(decision, "ticker", "programme-schedule")
        }
    }
    index = Math.max(end, index + 1)
  }
}

/**
 * A numbered section heading of the text (`1. Quá trình thành lập đảng bộ`, `2. Chủ đề của Lễ công
 * bố năm 2018`, `I. Căn cứ pháp lý`, `1.1 Đại biểu mời:`) or a numbered part (`partHeading`), body as LABELLING.md says of in-article
 * subheadings (gold: the 12 short lines opening so are body, on 7 outlets), when the model calls it
 * chrome, a comment or a related item for being short: a section number (digits, dotted, or a
 * Roman numeral with its dot) and a capitalised word, under `sectionHeadingMaxChars` characters,
 * over a paragraph of the text (`subheadingParagraphChars`) the model calls body; a list of related
 * headlines numbered so runs into the next item, not a paragraph. Never over markup or a certain rule.
 */
const sectionNumber = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+\p{Lu}/u
const sectionHeadingMaxChars = 80

const numberedHeadings = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || isContent(decision.kind) || decision.kind === "image") return
    const probe = probeOf(segments[index]!.text).trim()
    if (probe.length >= sectionHeadingMaxChars || !(sectionNumber.test(probe) || partHeading.test(probe))) return
    let under = index + 1
    while (under < segments.length && segments[under]!.text.trim().length === 0) under++
    if (under >= segments.length || decisions[under]!.kind !== "body") return
    if (probeOf(segments[under]!.text).trim().length < Config.classifier.subheadingParagraphChars) return
    relabel(decision, "body", "numbered-heading")
  })
}

/**
 * A weekday and date printed at the very top of the page, before its headline and its text
 * (`Thứ Sáu, 22/11/2024, 16:08 (GMT+7)`, `Thứ 7, 23/11/2024, 21:41[GMT+7]`, `Thứ bảy, 18-1-25
 * 19:06:54`, `Thứ Bảy, ngày 29 tháng 2 năm 2020 - 8:28:19 PM`) is the site's clock, the day of the crawl: `ui`, as LABELLING.md's site chrome (gold:
 * 6 such lines of 6 outlets ui, 1 a dateline; under the headline every one is the article's
 * dateline). A line the model calls a dateline there becomes `ui` (`layout:site-clock`), and one
 * it calls ui is marked so, so the metadata stage takes no date of it. One it calls a related item is the
 * clock too (`Thứ hai, ngày 23 tháng 12 năm 2024 Tìm kiếm`, Bộ Ngoại giao's header glued to its search
 * button): a related item is another article's headline, and no headline opens on a weekday and its date.
 */
const siteClockTakes: ReadonlySet<Kind> = new Set(["dateline", "ui", "related"])

const siteClock =
  /^(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,?\s*(?:ngày\s+)?(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?!\d)|\d{1,2}\s+tháng\s+\d{1,2},?\s+năm\s+\d{4})/iu

const siteClocks = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  for (let index = 0; index < segments.length; index++) {
    const decision = decisions[index]!
    if (isContent(decision.kind)) return
    if (decided[index] !== null || !siteClockTakes.has(decision.kind)) continue
    if (siteClock.test(probeOf(segments[index]!.text).trim())) relabel(decision, "ui", "site-clock")
  }
}

/**
 * A date with its year and nothing else but a time or a number (`9 août 2024 · no 214`, Communistus's issue date;
 * `27/11/2011 - 08:49`, `20/03/2020 00:00`, `16/10/2015 - 16:39`) is the article's dateline, where the model calls
 * it chrome for standing among the masthead's lines: of the gold's chrome lines with a full date every one opens
 * on a Vietnamese weekday, the site's clock (`siteClocks`, 6 outlets), and the date lines without one at the top
 * of the page are datelines (9 outlets: Báo Cần Thơ, Overblog, Communistus, VDB, Báo Kiên Giang, Báo Trà Vinh,
 * Báo Quốc tế, VOV, Báo Long An). `dateOnly` as the line's features ask it, with a year of four digits; never
 * over markup or a certain rule.
 */
const yearOfFour = /(?<!\d)(?:19|20)\d{2}(?!\d)/u

export const datesCalledChrome = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || decision.kind !== "ui") return
    const probe = probeOf(segments[index]!.text).trim()
    if (dateOnly(probe) && yearOfFour.test(probe) && !siteClock.test(probe))
      relabel(decision, "dateline", "date-as-chrome")
  })
}

/**
 * A lede opens with its dateline agency in brackets and a dash (`(VOVWORLD) - Le 14e plénum …`,
 * `Hà Nội (TTXVN) - …`, `(Baonghean) - …`): no caption opens so (gold: 51 such lines body, none
 * a caption, over many outlets). A line the model calls caption that opens so is the article's lede.
 */
const agencyLede = /^(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*)?\([^()]{2,25}\)\s*[-–—]\s*\p{L}/u

const agencyLedes = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || decision.kind !== "caption") return
    const probe = probeOf(segments[index]!.text).trim()
    if (probe.length < Config.classifier.subheadingParagraphChars || !agencyLede.test(probe)) return
    relabel(decision, "body", "agency-lede")
  })
}

/**
 * A source tag in capitals and a dash opening a lede (`TPO - …`, `QTO - …`, `BBK - …`, `LCĐT - …`), the
 * shape `agencyLede` gives with brackets.
 */
const capitalTagLede = /^\p{Lu}[\p{Lu}.]{1,7}\s*[-–—]\s*\p{L}/u

/**
 * Another article's teaser under the end of this one: a lede opening on a source tag (`agencyLede`,
 * `capitalTagLede`) the model kept as body, right under a line it reads as the article's byline, its
 * source or a related item, with the article's text above. An article's lede opens it, under its headline
 * or dateline; a tagged lede under the byline is the next article's, shown as a teaser (`related`,
 * LABELLING.md). Seen on Báo Kiên Giang (`Tin và ảnh: THU OANH` / `(KGO) - Ngày 1-7-2025, tỉnh mới An
 * Giang …`) and 24h (a related block whose Tiền Phong teaser reads `TPO - Phó Thủ tướng …`).
 */
export const teaserLedes = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  let textAbove = false
  let previous: Kind | null = null
  segments.forEach((segment, index) => {
    if (segment.text.trim().length === 0) return
    const decision = decisions[index]!
    const kind = decision.kind
    if (decided[index] === null && kind === "body" && textAbove && previous !== null && teaserAbove.has(previous)) {
      const probe = probeOf(segment.text).trim()
      if (
        probe.length >= Config.classifier.subheadingParagraphChars &&
        protectionOf(segment) === Config.classifier.contentProtect &&
        (agencyLede.test(probe) || capitalTagLede.test(probe))
      )
        relabel(decision, "related", "teaser-lede")
    }
    if (decision.kind === "body") textAbove = true
    previous = decision.kind
  })
}

/** What a teaser of another article sits under at the end of one. */
const teaserAbove: ReadonlySet<Kind> = new Set(["byline", "source", "related"])

/**
 * A listed article: its headline, then its date alone on the next line (`Đại hội Đảng bộ Cục Dân số
 * nhiệm kỳ 2025-2030` / `Thursday 2025-06-11 21:33` on a ministry portal's section list;
 * `Báo Mỹ đánh giá sự thành công ...` / `16:13' - 10/04/2021` under BNews' `Tin liên quan`; a
 * provincial paper's archive list prints `headline` / `09:41 21/01/2021` / teaser). The date is the
 * listed article's, not this page's: `related` (LABELLING.md: headlines and teasers of other
 * articles). Two cases:
 *
 * - a dated list: `Config.layout.datedListItems` such pairs or more on the page (an article prints
 *   its own date once, under its headline): every pair's date and its headline (unless the model
 *   keeps it as body) are `related` (`layout:dated-list`);
 * - a single item: a date the model calls a dateline right under a line it calls `related` (a
 *   related block's headline) is that item's (`layout:related-item-date`).
 */
export const datedLists = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>,
  known: { readonly dates?: ReadonlyArray<boolean> } = {}
): void => {
  const lines: Array<number> = []
  segments.forEach((segment, index) => {
    if (segment.text.trim().length > 0) lines.push(index)
  })
  // `dateOnly` of the trimmed probe: the line features' answer (`known.dates`, of the probe) where trimming
  // leaves the probe as it is (most lines).
  const dated = lines.map((index) => {
    const probe = probeOf(segments[index]!.text)
    const trimmed = probe.trim()
    const found = known.dates?.[index]
    return found !== undefined && trimmed === probe ? found : dateOnly(trimmed)
  })
  const items: Array<readonly [number, number]> = []
  for (let k = 1; k < lines.length; k++) {
    if (!dated[k] || dated[k - 1]) continue
    const head = probeOf(segments[lines[k - 1]!]!.text).trim()
    if (isHeadlineLike(head) && head.split(" ").length >= 3) items.push([lines[k - 1]!, lines[k]!])
  }
  const listed = items.length >= Config.layout.datedListItems
  for (const [head, date] of items) {
    if (decided[date] !== null) continue
    const headline = decisions[head]!
    const stamp = decisions[date]!
    if (listed) {
      if (!isContent(stamp.kind) && stamp.kind !== "related") relabel(stamp, "related", "dated-list")
      if (decided[head] === null && headline.kind !== "body" && headline.kind !== "related")
        relabel(headline, "related", "dated-list")
    } else if (headline.kind === "related" && stamp.kind === "dateline") {
      relabel(stamp, "related", "related-item-date")
    }
  }
}

/**
 * The mark a dispatch closes on: `./.` (`... năm 2021.../.`), or the agency's sign-off after the
 * last sentence (`... Juan Miguel Zubiri.- VNA`, `... du 16 décembre. - AVI`, `(TTXVN)`).
 */
const closingMark =
  /(?:\.\/\.|[^.\s]\/\.|[.!?…»”"]\s*[-–]\s?(?:VNA|AVI|CVN|VNA\/CVN|VOV|TTXVN|VNP|NDO)|[.!?…»”"]\s*\((?:VNA|AVI|CVN|VNA\/CVN|VOV|TTXVN|VNP|NDO)\))$/u

/** How every match of `closingMark` ends: `/.`, or an agency's name, maybe in its bracket. */
const closingTail = (probe: string): boolean =>
  probe.endsWith("/.") || /(?:VNA|AVI|CVN|VOV|TTXVN|VNP|NDO)\)?$/u.test(probe.slice(-7))

/**
 * After the article's closing mark (the last body paragraph ending in `./.` or an agency's sign-off)
 * the page prints no more of the article: its byline or source, then other articles' headlines and
 * teasers (gold: 16 pages of 12 outlets close so; of the lines after the mark none is body: related
 * items, bylines, sources, ui). A line there the model calls body, or a headline-like line it calls a
 * caption, is a teaser block's headline or teaser (Vietnam+'s French dispatches, BNews): `related`
 * (`layout:after-closing-mark`).
 */
export const afterClosingMark = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  // The last such line: read from the page's end. The pattern is tried only on a line ending as one of its
  // alternatives does (`closingTail`): unanchored at its start, it is tried at every character of the line.
  let closed = segments.length - 1
  for (; closed >= 0; closed--) {
    if (decisions[closed]!.kind !== "body") continue
    const probe = probeOf(segments[closed]!.text).trim()
    if (probe.length >= Config.layout.closingMarkMinChars && closingTail(probe) && closingMark.test(probe)) break
  }
  if (closed < 0) return
  for (let index = closed + 1; index < segments.length; index++) {
    const decision = decisions[index]!
    if (decided[index] !== null) continue
    const teaser = decision.kind === "body"
    const headline = decision.kind === "caption" && isHeadlineLike(segments[index]!.text)
    if (teaser || headline) relabel(decision, "related", "after-closing-mark")
  }
}

/**
 * A line of people's names in capitals (`DUY CUONG`, `MẠNH NGUYỄN`, `QUANG ĐẠI |`, `PHÚC LƯU - MẠNH THẮNG`:
 * `isNamesInCapitals` as a byline asks it, with a common name) that the model calls noise is the
 * article's byline, whatever other noise the model took it for: a source, a comment, an image (gold: the
 * 8 such lines of 5 outlets (Vietnam.vn, BizLIVE, Báo Hải Dương, Báo Bà Rịa - Vũng Tàu, Lao Động) are
 * bylines, but for an official text's signature the model reads as noise either way). A line the model
 * keeps as content stays so (a signature under a decree, an in-article heading); never over markup or a
 * certain rule.
 */
export const namesInCapitals = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || isContent(decision.kind) || decision.kind === "byline") return
    if (isNamesInCapitals(probeOf(segments[index]!.text).trim(), true, true))
      relabel(decision, "byline", "names-in-capitals")
  })
}

/** The nearest line above (`step` -1) or below (1) `from` that prints something: -1 or the page's length for none. */
const nearestLine = (segments: ReadonlyArray<LineSegment>, from: number, step: 1 | -1): number => {
  let k = from + step
  while (k >= 0 && k < segments.length && blankAt(segments, k)) k += step
  return k
}

/**
 * A formula that addresses the reader or the audience, or closes a letter (`Thưa các đồng chí đại biểu,`, `Kính
 * thưa quý vị đại biểu!`, `Chers camarades,`, `Bonjour,`, `Trân trọng!`, `Merci chers amis …`): a speech's,
 * a letter's, an interview's or a newsletter's own words, body as LABELLING.md says of the article's text
 * (gold: the 32 lines opening so are body, on 13 outlets: Báo Quảng Bình, Báo Gia Lai's HĐND, SGGP, Báo Hà
 * Giang, Báo Lạng Sơn, Communistus, Vietnam.vn, Báo Nghệ An, VOV World …; no noise line opens so). A line the
 * model calls noise for being short (`Bonjour,` as other_noise, `Trân trọng!` as a comment) is body; never
 * over markup or a certain rule, nor image residue.
 */
const addressFormula =
  /^\P{L}{0,3}(?:Kính thưa|Thưa(?!\s+thớt)|Kính gửi|Trân trọng|Xin trân trọng|Xin chân thành cảm ơn|Bonjour|Bonsoir|Chers?|Chères?|Mesdames|Cordialement|Bien à vous|Fraternellement|Merci chers?)(?![\p{L}])/u

export const addressFormulas = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || isContent(decision.kind) || decision.kind === "image") return
    if (addressFormula.test(probeOf(segments[index]!.text).trim())) relabel(decision, "body", "address-formula")
  })
}

/**
 * A name the site's chrome prints among its menus and footers (a tag under a section's label: `Hoạt động
 * của Lãnh đạo Đảng, Nhà nước` / `Phạm Minh Chính` / `Xem thêm`, VNews; a desk's staff in the footer:
 * `Trưởng Ban: …` / `Lê Thị Hằng` / `Hoàng Trung Dũng`, VOV1; a site builder's credit: `POWERED BY` /
 * `Việt Long`, Báo Quảng Trị; `Partager cet article` / `Repost0`, Overblog): `ui`, where the model calls it
 * a byline for its shape. A byline closes or opens the article, next to its text or its headline (gold:
 * of the 79 bylines one sits under chrome, and the article's text follows it); taken where the line over
 * it is chrome (`ui` as the model or a rule has it) and the line under it is no content (or the page ends).
 * Never over markup or a certain rule.
 */
export const chromeNames = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || decision.kind !== "byline") return
    const above = nearestLine(segments, index, -1)
    if (above < 0 || decisions[above]!.kind !== "ui") return
    const below = nearestLine(segments, index, 1)
    if (below < segments.length && isContent(decisions[below]!.kind)) return
    relabel(decision, "ui", "chrome-name")
  })
}

/**
 * People's names alone on the line right under the headline (`Mạnh Nguyễn` under BizLIVE's headline, over its
 * `17:04 30/03/2016`): the article's byline, where the model calls it chrome for its shape. Gold: 31 bylines sit
 * right under the headline (on 8 outlets: Lao Động, Công Đoàn, VOV World, Báo Nghệ An, Hà Nội Mới …), and of
 * the 10 chrome lines there none is a name (`Chia sẻ`, `Lượt xem: 98`, `Google News`, `Share on facebook`).
 * Names as `namesOfSignature` reads them (Vietnamese names, marked or not, in capitals or not; not an
 * organisation's, a place's or a day's); never over markup or a certain rule.
 */
export const namesUnderHeadline = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const title = decisions.findIndex((decision) => decision.kind === "title")
  if (title < 0) return
  let under = title + 1
  while (under < segments.length && blankAt(segments, under)) under++
  if (under >= segments.length || decided[under] !== null || decisions[under]!.kind !== "ui") return
  if (namesOfSignature(probeOf(segments[under]!.text).trim()) !== null)
    relabel(decisions[under]!, "byline", "names-under-headline")
}

/**
 * A name or a credit alone between two paragraphs of the article (`Ông Nguyễn Đức Chung`, Sức khỏe & Đời sống;
 * `Viet Nam News Agency/AFP`, The Conversation), or under image residue over a paragraph (`JPEG - 2.5 ko` /
 * `Carl Thayer`, Việt Tân): a photo's portrait caption or credit left where the photo was, which the model
 * calls a byline for its shape. A byline opens or closes the article, by its headline or its last paragraph
 * (gold: of the 79 bylines none sits between two paragraphs or under image residue over one; 127 captions
 * do). A paragraph: body of `subheadingParagraphChars` characters or more. A Vietnamese pen name alone
 * (`namesOfSignature`) stays a byline: a video's description with its author under it has the same layout
 * (Báo Tây Ninh's `Tố Tuấn`), and so does a line with a word in lower case (a phrase, not a name or a
 * credit); a person named with an honorific (`Ông`, `Bà`, `Đồng chí`, `M.`), a foreign name or an agency's
 * credit is the photo's. Never over markup or a certain rule; a line in capitals between two paragraphs is a
 * subheading (`capitalSubheadings`, run before).
 */
const honorific = /^(?:Ông|Bà|Đồng chí|Đ\/c|M\.|Mme)\s/u

export const bylinesBetweenParagraphs = (
  segments: ReadonlyArray<LineSegment>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const paragraph = (k: number): boolean =>
    k >= 0 &&
    k < segments.length &&
    decisions[k]!.kind === "body" &&
    probeOf(segments[k]!.text).trim().length >= Config.classifier.subheadingParagraphChars
  decisions.forEach((decision, index) => {
    if (decided[index] !== null || decision.kind !== "byline") return
    const text = probeOf(segments[index]!.text).trim()
    // Names: every word opens in a capital (`Carl Thayer`, `Viet Nam News Agency/AFP`); a phrase is another matter.
    if (!text.split(/[\s/–-]+/u).every((word) => word === "" || capitalFirstLetter.test(word))) return
    // A pen name alone stays a byline (a video's description and its author: Báo Tây Ninh's `Tố Tuấn`).
    if (!honorific.test(text) && namesOfSignature(text) !== null) return
    const above = nearestLine(segments, index, -1)
    if (!paragraph(above) && !(above >= 0 && decisions[above]!.kind === "image")) return
    if (paragraph(nearestLine(segments, index, 1))) relabel(decision, "caption", "byline-between-paragraphs")
  })
}

/** A stem, a dash and a picture number (`<headline> - ảnh 1`, `<headline> - 3`), maybe a caption glued after it. */
const numberedAlt = /^(.+?)\s+[-–]\s*(?:ảnh|hình|anh|photo)?\s*\d{1,2}(?!\d)/iu
/**
 * A line's letters and digits in lower case: what two printings of the same words share
 * (`lettersAndNumbersOnly(text.toLowerCase())`, in one pass). `toLowerCase()` is
 * `toLocaleLowerCase("vi")`: V8 folds every locale but `az`, `el`, `lt` and `tr` as the root locale,
 * and the locale argument costs a lookup per call (20× the fold itself).
 */
const letterKey = (text: string): string => lowerLettersAndNumbers(text)

/**
 * Alt text a CMS makes of the headline and a picture number (`Clôture du 14e plénum du CC du PCV -
 * ảnh 1 Photo: VGP`, `Những ngôi nhà trăm năm tuổi ở làng cổ Đông Sơn - 3`): image residue
 * (LABELLING.md), not a caption. Taken where its stem is another line of the page (the headline)
 * or numbers two lines or more, and only from a line already called noise; a caption glued after
 * the number that is longer than the alt text keeps the line a caption (the kind of most characters).
 */
const numberedAltText = (
  segments: ReadonlyArray<LineSegment>,
  keys: ReadonlyArray<string>,
  decisions: Array<Decision>
): void => {
  const stemOf = (segment: LineSegment): string => {
    const probe = probeOf(segment.text).trim()
    // The pattern's dash and number, asked first: `(.+?)` is retried from every character of every line.
    const found = (probe.includes("-") || probe.includes("–")) && /\d/u.test(probe) ? numberedAlt.exec(probe) : null
    // A caption glued after the number that is longer than the alt text makes the line a caption.
    if (found === null || probe.length - found[0].length > found[0].length) return ""
    // A stem of words, not a date (`Saturday 2025-06-14`): ten letters at least.
    const key = letterKey(found[1]!)
    return key.replace(numberRuns, "").length >= 10 ? key : ""
  }
  // Only a noise line is taken: the other lines' stems (what a stem is counted against) and the page's
  // keys are read only when one has a stem (most pages have none).
  const stems: Array<string | undefined> = []
  const stemAt = (index: number): string => (stems[index] ??= stemOf(segments[index]!))
  const taken = (decision: Decision, index: number): boolean =>
    !isContent(decision.kind) && decision.kind !== "image" && stemAt(index) !== ""
  if (!decisions.some(taken)) return
  const lines = new Set(keys)
  const counts = new Map<string, number>()
  segments.forEach((_, index) => {
    const stem = stemAt(index)
    if (stem !== "") counts.set(stem, (counts.get(stem) ?? 0) + 1)
  })
  decisions.forEach((decision, index) => {
    if (!taken(decision, index)) return
    const stem = stemAt(index)
    if (!lines.has(stem) && (counts.get(stem) ?? 0) < 2) return
    relabel(decision, "image", "numbered-alt")
  })
}

/** Letters and digits of a caption printed again right under it: more than a credit's (`Ảnh: TTXVN`). */
const captionRepeatMinLetters = 16

/**
 * A line the model calls body that prints an earlier line again, letter for letter (at least
 * `Config.classifier.repeatMinLetters` letters and digits): a lede or caption printed twice by
 * the page's template. The first stays; the repeat is `other_noise` (LABELLING.md). So is a caption
 * printed again on the line under it, however it was found (a rule's credit: Công Đoàn, Nhân Dân,
 * Vietnam.vn, Vietnam+ French pages): `layout:caption-repeat`, a caption still for the outlet's
 * search (`FindOutlet.ts`: its credit names another outlet).
 */
const markRepeats = (
  keys: ReadonlyArray<string>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const seen = new Set<string>()
  keys.forEach((key, index) => {
    const decision = decisions[index]!
    // The caption right above, the same letter for letter: a short caption too (`9e Plénum du Parti. Photo: VNA`).
    if (
      decision.kind === "caption" &&
      key.length >= captionRepeatMinLetters &&
      keys[index - 1] === key &&
      decisions[index - 1]!.kind === "caption"
    ) {
      relabel(decision, "other_noise", "caption-repeat")
    }
    if (key.length < Config.classifier.repeatMinLetters) return
    if (seen.has(key) && decided[index] === null && decision.kind === "body") relabel(decision, "other_noise", "repeat")
    seen.add(key)
  })
}

/** Letters and digits a lede's source tag or outlet's name adds ahead of its repeat (`(VP) - `, `Báo Cà Mau`). */
const tagRepeatMaxHead = 40
/** Letters and digits of a teaser cut short that prints the start of a later paragraph: a paragraph's, not a heading's. */
const cutTeaserMinLetters = 100
/** Letters and digits a cut teaser's head is indexed by. */
const cutTeaserStem = 60

/**
 * A lede printed twice but not letter for letter (`markRepeats`), the second copy the model kept as body:
 *
 * - under the lede with its source tag or the outlet's name ahead of it, the same text without them
 *   (`tagless-repeat`: Báo Thanh Hóa's `(VP) - Văn phòng Đoàn ĐBQH …` then `Văn phòng Đoàn ĐBQH …`,
 *   Báo Cà Mau's `Báo Cà Mau Dưới ánh sáng …` then `Dưới ánh sáng …`); the tagged line stays. A lede
 *   printed first without its tag and then with it stays twice: gold calls both body (Đại hội Đảng's
 *   `Une conférence nationale …` then `Hanoï (VNA) – Une conférence nationale …`);
 * - over the paragraph, the same paragraph cut short (`cut-teaser`, at least `cutTeaserMinLetters`
 *   letters and digits: Vietnam+'s `… ces 10 dernières années...` over the full sentence, Le Petit
 *   Journal's teaser cut mid-sentence over the full paragraph). A heading that a paragraph opens with
 *   again is shorter (Bắc Giang TV's `ĐẠI HỘI ĐẠI BIỂU … NHIỆM KỲ 2020 - 2025`).
 *
 * Both are `other_noise` (LABELLING.md: verbatim duplicates; dropping them loses nothing).
 */
export const nearRepeats = (
  keys: ReadonlyArray<string>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  const asked = (index: number) => decided[index] === null && decisions[index]!.kind === "body"
  const minLetters = Config.classifier.repeatMinLetters
  // A later line repeats an earlier one once its head of 1 to `tagRepeatMaxHead` letters is cut (and at
  // least `minLetters` are left): the earlier key is longer by 1 to `tagRepeatMaxHead` and ends with it.
  // The earlier lines are filed by their last `minLetters` letters, which such a repeat ends on too (one
  // short key per line, not every tail of every line).
  const byEnd = new Map<string, Array<number>>()
  const tagless = (key: string): boolean => {
    const earlier = byEnd.get(key.slice(key.length - minLetters))
    if (earlier === undefined) return false
    for (const k of earlier) {
      const longer = keys[k]!.length - key.length
      if (longer >= 1 && longer <= tagRepeatMaxHead && keys[k]!.endsWith(key)) return true
    }
    return false
  }
  // The lines whose key opens on a stem, by that stem: where a cut teaser's full paragraph is.
  const byStem = new Map<string, Array<number>>()
  keys.forEach((key, index) => {
    if (key.length < cutTeaserMinLetters) return
    const stem = key.slice(0, cutTeaserStem)
    const list = byStem.get(stem)
    if (list === undefined) byStem.set(stem, [index])
    else list.push(index)
  })
  keys.forEach((key, index) => {
    if (key.length >= minLetters && asked(index) && tagless(key)) {
      relabel(decisions[index]!, "other_noise", "tagless-repeat")
    } else if (key.length >= cutTeaserMinLetters && asked(index)) {
      const full = byStem
        .get(key.slice(0, cutTeaserStem))
        ?.find((k) => k > index && keys[k]!.length > key.length && keys[k]!.startsWith(key))
      if (full !== undefined) relabel(decisions[index]!, "other_noise", "cut-teaser")
    }
    if (key.length > minLetters) {
      const end = key.slice(key.length - minLetters)
      const list = byEnd.get(end)
      if (list === undefined) byEnd.set(end, [index])
      else list.push(index)
    }
  })
}

/**
 * A noise line printed twice, one under the other (a photo's alt text and its caption, the same
 * caption in two blocks: Công Đoàn's and Nhân Dân's French pages, Vietnam+): the second is the
 * repeat, `other_noise` (LABELLING.md), where the model gives both the same kind (gold: 27 such
 * adjacent repeats of at least `Config.classifier.repeatMinLetters` letters, 26 of them other_noise;
 * the one that is not is a headline under its breadcrumb, which the model tells apart). A kind a
 * certain rule gave (a caption's credit, `Photo : HAI NGUYEN`) counts as the model's; the markup's stands.
 */
export const adjacentRepeats = (
  segments: ReadonlyArray<LineSegment>,
  keys: ReadonlyArray<string>,
  decided: ReadonlyArray<Decision | null>,
  decisions: Array<Decision>
): void => {
  let previous = -1
  segments.forEach((segment, index) => {
    if (segment.text.trim().length === 0) return
    const decision = decisions[index]!
    const above = previous < 0 ? undefined : decisions[previous]
    const key = keys[index]!
    // A certain rule's verdict (a caption's credit) is a kind like the model's; the markup's stands.
    const byMarkup = decided[index]?.evidence.some((evidence) => evidence.startsWith("markup:")) === true
    if (
      above !== undefined &&
      !byMarkup &&
      key.length >= Config.classifier.repeatMinLetters &&
      key === keys[previous] &&
      decision.kind === above.kind &&
      !isContent(decision.kind) &&
      decision.kind !== "other_noise"
    )
      relabel(decision, "other_noise", "adjacent-repeat")
    previous = index
  })
}

/** The first content line of the page, with a headline-like line after it: where a `head` rule applies. */
const atHead = (segments: ReadonlyArray<LineSegment>, index: number): boolean => {
  for (let k = 0; k < index; k++) if (segments[k]!.text.length > 0) return false
  if (segments[index]!.text.length === 0) return false
  for (let k = index + 1; k < segments.length; k++) {
    const next = segments[k]!
    if (next.text.length > 0) return isHeadlineLike(next.text)
  }
  return false
}

/** Each model's buffers for a line's sparse vector, which `decide` reads before the next line's is written there. */
const buffers = new WeakMap<LineModel, SparseBuffer>()
const bufferOf = (model: LineModel): SparseBuffer => {
  let buffer = buffers.get(model)
  if (buffer === undefined) {
    buffer = sparseBufferFor(model)
    buffers.set(model, buffer)
  }
  return buffer
}

/**
 * A block of at least `size` numbers for a group's probabilities (one view of it a line): kept from group
 * to group, as the probabilities are read only while their group is decided, up to `keptProbabilities`
 * numbers (a larger group has a block of its own).
 */
const probabilityBlock = (size: number): Float64Array => {
  if (size > keptProbabilities) return new Float64Array(size)
  if (keptBlock.length < size)
    keptBlock = new Float64Array(Math.min(keptProbabilities, Math.max(size, 2 * keptBlock.length)))
  return keptBlock
}
const keptProbabilities = 1 << 17
let keptBlock = new Float64Array(0)

/**
 * The line vectors `classifyGroup` lends its features, group after group, one pool per page of a group
 * (the k-th page's, `vectorPools[k]`): a page's are read only while it is decided, but its group's other
 * pages have theirs worked out before it is. A page past the group's first `pooledGroupLines` lines (its
 * own included; the first page always) gets new vectors, so that the pools keep about one page's worth.
 */
const vectorPools: Array<VectorPool> = []
const pooledGroupLines = 1024

/** What `classifyGroup`'s steps work out of a page, step after step. */
interface Page {
  readonly doc: Segmented<LineSegment>
  /** Its place in its group. */
  readonly index: number
  /** Where its lines' probabilities start in its group's block. */
  readonly at: number
  readonly pool: VectorPool | undefined
  ruled: ReturnType<typeof ruleHitsOf>
  decided: ReadonlyArray<Decision | null>
  /** Each line's letter key, its repeat key (with a model) and both with its letters (`lowerKeys`). */
  readonly keys: Array<string>
  readonly repeatKeys: Array<string>
  readonly lineKeys: Array<ReturnType<typeof lowerKeys>>
  /** Each line's function-word vote, asked by the features and again by `captionTranslations`. */
  readonly votes: PageVotes
  /** Each line's `dateOnly` of its probe, worked out by the features and read again by `datedLists`. */
  readonly dates: Array<boolean>
  features: ReadonlyArray<Float64Array>
  decisions: Array<Decision & { readonly p?: Float64Array }>
}

/**
 * `classifyNoise` of each page of a group, step by step: each step over every page of a run of pages
 * still going before the next step (its code and tables stay in the CPU's caches from one page to the
 * next), each page's steps in `classifyNoise`'s order and on its own state, so each page's result is the
 * one it has alone. A run is consecutive pages of at most `steppedLines` lines together (a longer page a
 * run alone): a long page's own lines and their vectors, read by every step, are what the caches hold
 * best from one step to the next. A step that throws on a page makes that page's result a `PageFailed`
 * with what it threw; the others go on.
 */
export const classifyGroup = (
  docs: ReadonlyArray<Segmented<LineSegment>>,
  rules: RuleBook
): Array<Segmented<ClassifiedSegment> | PageFailed> => {
  const results: Array<Segmented<ClassifiedSegment> | PageFailed> = []
  let start = 0
  let lines = 0
  for (let k = 0; k < docs.length; k++) {
    const size = docs[k]!.segments.length
    if (k > start && lines + size > steppedLines) {
      results.push(...classifyRun(docs.slice(start, k), rules))
      start = k
      lines = 0
    }
    lines += size
  }
  if (start < docs.length) results.push(...classifyRun(docs.slice(start), rules))
  return results
}
const steppedLines = 256

/** `classifyGroup` of one run of pages. */
const classifyRun = (
  docs: ReadonlyArray<Segmented<LineSegment>>,
  rules: RuleBook
): Array<Segmented<ClassifiedSegment> | PageFailed> => {
  const model = rules.lineModel
  const classes = model === null ? 0 : model.classes.length
  const results: Array<Segmented<ClassifiedSegment> | PageFailed> = new Array(docs.length)
  let lines = 0
  let pages: Array<Page> = docs.map((doc, k) => {
    const at = lines
    lines += doc.segments.length
    let pool: VectorPool | undefined
    if (k === 0 || lines <= pooledGroupLines) pool = vectorPools[k] ??= []
    return {
      doc,
      index: k,
      at,
      pool,
      ruled: [],
      decided: [],
      keys: [],
      repeatKeys: [],
      lineKeys: [],
      votes: [],
      dates: [],
      features: [],
      decisions: []
    }
  })
  // Each line's probabilities, a view of one block for the group (`probabilityBlock`).
  const block = probabilityBlock(lines * classes)
  /** `run` over each page still going, each under its own `try`. */
  const step = (run: (page: Page) => void): void => {
    pages = pages.filter((page) => {
      try {
        run(page)
        return true
      } catch (error) {
        results[page.index] = new PageFailed(error)
        return false
      }
    })
  }
  step((page) => {
    page.ruled = ruleHitsOf(page.doc.segments, rules)
  })
  // What the markup, an empty line or a certain rule decides before the model: the model's
  // features are computed for the other lines only (their neighbours' facts still are).
  step((page) => {
    const { doc, ruled } = page
    page.decided = doc.segments.map((segment, index) => {
      const hint = trustedHint(segment)
      if (hint !== null) return { kind: hint, score: 1, evidence: [`markup:${hint}`, ...(segment.hintEvidence ?? [])] }
      if (segment.text.length === 0) return { kind: "other_noise", score: 1, evidence: ["layout:empty"] }
      const certain = ruled[index]!.match
      if (certain?.rule.certain === true && (certain.rule.scope === "any" || atHead(doc.segments, index))) {
        return { kind: certain.rule.kind, score: 1, evidence: [] }
      }
      return null
    })
  })
  // Each line's letter key, the same of its text and of its probe (a trailing pipe is neither letter nor digit),
  // and its letters: each line's repeat key (`comparisonKey` of its probe alike), for the features and the
  // layout steps; both in one pass over the line (`lowerKeys`).
  step((page) => {
    for (const segment of page.doc.segments) {
      const lowered = lowerKeys(segment.text)
      page.keys.push(lowered[0])
      if (model !== null) page.repeatKeys.push(lowered[1])
      page.lineKeys.push(lowered)
    }
  })
  if (model !== null)
    step((page) => {
      const { decided } = page
      page.features = lineFeatures(
        page.doc.segments,
        page.ruled.map((r) => r.hits),
        (index) => decided[index] === null,
        page.repeatKeys,
        page.votes,
        page.pool,
        page.dates
      )
    })
  step((page) => {
    const { doc, ruled, decided, features, at } = page
    const probabilitiesAt = (index: number): Float64Array =>
      block.subarray((at + index) * classes, (at + index + 1) * classes)
    page.decisions = doc.segments.map((segment, index) => {
      const before = decided[index]
      if (before !== null && before !== undefined) return before
      const ruleKind = ruled[index]!.hits.kind
      if (model === null) return { kind: ruleKind ?? "body", score: 1, evidence: [] }
      // A model without a vocabulary reads no words: they are not cut.
      const words = model.vocabulary.length === 0 ? [] : lineWords(segment.text)
      const protect = protectionOf(segment)
      // Inside an HTML article's container the markup's own protection stands.
      const cue = () =>
        protect === Config.classifier.contentProtect && captionCue(doc.segments, index, features[index]!)
      const sure = (content: number) =>
        protect === Config.classifier.contentProtect &&
        (personInScene(doc.segments, index, features[index]!) ||
          (content < Config.classifier.shortSceneProtect && shortScene(doc.segments, index, features[index]!)))
      const x = vectorizeInto(model, features[index]!, words, bufferOf(model))
      return decide(model, x, protect, cue, sure, probabilitiesAt(index))
    })
  })
  if (model !== null) {
    step(({ doc, decisions }) => captionRuns(model, doc.segments, decisions))
    step(({ doc, decisions, votes }) => captionTranslations(model, doc.segments, decisions, { votes }))
    step(({ doc, decisions }) => placedInPhoto(model, doc.segments, decisions))
    step(({ doc, decisions }) => foldedCaptions(model, doc.segments, decisions))
    step(({ doc, decisions, repeatKeys }) => captionsOverRepeats(model, doc.segments, decisions, { repeatKeys }))
    step(({ doc, decisions }) => sentencesOverCaptions(model, doc.segments, decisions))
    step(({ doc, decisions }) => relatedRuns(model, doc.segments, decisions))
    step(({ doc, decisions, lineKeys }) => {
      // The lines' texts, made once for the title step's shares (read only for a line `lowerKeys` read the other way).
      let lineTexts: ReadonlyArray<string> | undefined
      const texts = (): ReadonlyArray<string> => (lineTexts ??= doc.segments.map((segment) => segment.text))
      keepOneTitle(
        model,
        doc.segments,
        decisions,
        (index) => doc.segments[index]!.hintEvidence?.includes("html:main-content") === true,
        (lines) => vietnameseShareOfLines(texts(), lineKeys, lines),
        // A text record with its own title field (a CSV, TSV or JSONL export's `title`) has its
        // title: its content is the article, the floor raises none of its lines, and only a line
        // printing that title again is one.
        doc.markup === "text" ? (doc.hints.title ?? null) : null
      )
    })
  }
  step(({ ruled, decisions }) => joinNeighbours(ruled, decisions))
  step(({ doc, decided, decisions }) => capitalSubheadings(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => textSubheadings(model, doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => agencyLedes(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => teaserLedes(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => documentHeadings(doc.segments, decided, decisions))
  step(({ doc, ruled, decided, decisions }) => wrappedLines(model, doc.segments, ruled, decided, decisions))
  step(({ doc, decided, decisions }) => timedEntries(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => programmeSchedules(doc.segments, decided, decisions))
  step(({ doc, ruled, decided, decisions }) => cutEnds(model, doc.segments, ruled, decided, decisions))
  step(({ doc, decided, decisions }) => numberedHeadings(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => siteClocks(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => datesCalledChrome(doc.segments, decided, decisions))
  step(({ doc, decided, decisions, dates }) => datedLists(doc.segments, decided, decisions, { dates }))
  step(({ doc, decided, decisions }) => afterClosingMark(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => namesInCapitals(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => addressFormulas(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => chromeNames(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => namesUnderHeadline(doc.segments, decided, decisions))
  step(({ doc, decided, decisions }) => bylinesBetweenParagraphs(doc.segments, decided, decisions))
  step(({ keys, decided, decisions }) => markRepeats(keys, decided, decisions))
  step(({ keys, decided, decisions }) => nearRepeats(keys, decided, decisions))
  step(({ doc, keys, decided, decisions }) => adjacentRepeats(doc.segments, keys, decided, decisions))
  step(({ doc, decisions }) => imageCells(doc.segments, decisions))
  step(({ doc, keys, decisions }) => numberedAltText(doc.segments, keys, decisions))
  step((page) => {
    const { doc, ruled, decisions } = page
    const segments = doc.segments.map((segment, index): ClassifiedSegment => {
      const decision = decisions[index]!
      const match = ruled[index]!.match
      const agrees = match !== undefined && (match.rule.kind === decision.kind || match.rule.joins === decision.kind)
      // `Object.assign`, not a spread into a literal with more keys: the same object, key for key and in the
      // same order, without the spread's slow path in V8 (most of the loop's time on a 2 MB sample).
      return Object.assign({}, segment, {
        kind: decision.kind,
        kindScore: Math.min(1, Math.max(0, decision.score)),
        kindEvidence: agrees ? [`rule:${match.rule.id}`, ...decision.evidence] : decision.evidence,
        ruleId: agrees ? match.rule.id : null,
        ruleLang: agrees ? match.rule.lang : null,
        captures: agrees ? match.captures : {}
      })
    })
    // `Object.assign`, not `{ ...doc, segments }`: the same object, key for key and in the same order (`segments`
    // where the document has it), without the spread's slow path for a key it already holds.
    results[page.index] = Object.assign({}, doc, { segments })
  })
  return results
}

/** Each line of a page classified (`classifyGroup` of a group of one): what a step throws, thrown. */
export const classifyNoise = (doc: Segmented<LineSegment>, rules: RuleBook): Segmented<ClassifiedSegment> => {
  const result = classifyGroup([doc], rules)[0]!
  if (result instanceof PageFailed) throw result.error
  return result
}
