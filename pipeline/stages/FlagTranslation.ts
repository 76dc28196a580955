/**
 * Flags machine-translated segments, with the evidence, and rolls them up per document.
 *
 * Candidates are the segments in the page's translated language: the dominant
 * language other than the page's original (`vi` for this corpus, which is never
 * a candidate). Evidence, combined in log-odds from `Config.translation.prior`:
 *
 * - page signals (`Config.translation.pageSignals`):
 *   `lang-switch-label` a switch label (`Français`) opened the candidate text;
 *   `outlet-without-edition` the outlet publishes no edition in that language;
 *   `side-by-side` the original and the translation are both in the body;
 *   `translated-boilerplate` the page's widgets are in the translated language
 *   too, on a page that also holds the original;
 *   `mixed-apostrophes` straight and curly apostrophes inside words of one page;
 *   `inconsistent-names` one body named two ways (`Comité central d'organisation`
 *   and `Commission centrale d'organisation`);
 * - text rules (`pipeline/rules/translation.*.ts`): each fires once per
 *   segment; what fires anywhere in the page counts `pageTextFactor` for every
 *   candidate, and `segmentTextFactor` more where it fired.
 *
 * `mt_signals` lists the page signals (in config order) and the text signals
 * fired in the page (in rule order): the evidence behind every candidate's score.
 *
 * `mt_score` = sigmoid(log-odds); `mt_flag` = score >= threshold. The document's
 * `mt_share` is the flagged share of body characters, `mt_status` follows from
 * it, and `language` is the dominant language of the body not flagged.
 */
import type { Lang, MtStatus } from "../../schemas/Vocabulary.ts"
import { Config, type PageSignal } from "../Config.ts"
import type { CleanSegment, Translated, TranslationSegment, TranslationSummary, WithMetadata } from "../Document.ts"
import { editionsOf, type RuleBook } from "../rules/RuleBook.ts"

const settings = Config.translation

const sigmoid = (logOdds: number): number => 1 / (1 + Math.exp(-logOdds))

const isContent = (segment: CleanSegment): boolean => segment.kind === "title" || segment.kind === "body"

/** Characters per language over the segments given, `und` left out. */
const charactersByLanguage = (segments: ReadonlyArray<CleanSegment>): Map<Lang, number> => {
  const totals = new Map<Lang, number>()
  for (const segment of segments) {
    if (segment.lang === "und") continue
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
const translatedLanguage = (segments: ReadonlyArray<CleanSegment>): Lang | null => {
  const totals = charactersByLanguage(segments.filter(isContent))
  for (const lang of settings.originalLanguages) totals.delete(lang)
  return (
    dominant(totals) ??
    dominant(charactersByLanguage(segments.filter((s) => !settings.originalLanguages.includes(s.lang))))
  )
}

const wordApostrophes = { straight: /\p{L}'\p{L}/u, curly: /\p{L}’\p{L}/u }

const bodyNamePattern =
  /\b(?<head>Comité|Commission|Département|Conseil|Bureau|Office|Comités|Commissions)\s+(?<qualifier>(?:central|national|provincial|populaire|permanent|exécutif)e?s?\s+(?:d['’]|de\s+la\s+|des?\s+|du\s+)\p{L}+)/gu

/** One qualifier printed with two different heads: a body named two ways. */
const hasInconsistentNames = (text: string): boolean => {
  const headsByQualifier = new Map<string, Set<string>>()
  for (const match of text.matchAll(bodyNamePattern)) {
    const head = (match.groups?.head ?? "").replace(/s$/u, "")
    const qualifier = (match.groups?.qualifier ?? "")
      .replace(/^(\p{L}+?)e?s?\s/u, "$1 ")
      .replace(/’/gu, "'")
      .toLowerCase()
    const heads = headsByQualifier.get(qualifier) ?? new Set<string>()
    heads.add(head)
    headsByQualifier.set(qualifier, heads)
  }
  return [...headsByQualifier.values()].some((heads) => heads.size > 1)
}

const pageSignals = (
  doc: WithMetadata<CleanSegment>,
  target: Lang,
  candidates: ReadonlyArray<CleanSegment>,
  rules: RuleBook
): ReadonlyArray<PageSignal> => {
  const content = doc.segments.filter(isContent)
  const hasOriginal = content.some((segment) => settings.originalLanguages.includes(segment.lang))
  const editions = editionsOf(rules.outlets, doc.metadata.outlet)
  const text = candidates.map((segment) => segment.text).join("\n")
  const fired: Record<PageSignal, boolean> = {
    "lang-switch-label": doc.segments.some((segment) => segment.switchLabel === target),
    "outlet-without-edition": editions !== undefined && target !== "und" && !editions.some((lang) => lang === target),
    "side-by-side": hasOriginal && content.some((segment) => segment.lang === target && segment.kind === "body"),
    "translated-boilerplate":
      hasOriginal && candidates.some((segment) => !isContent(segment) && segment.ruleLang === target),
    "mixed-apostrophes": wordApostrophes.straight.test(text) && wordApostrophes.curly.test(text),
    "inconsistent-names": hasInconsistentNames(text)
  }
  return (Object.keys(settings.pageSignals) as Array<PageSignal>).filter((signal) => fired[signal])
}

interface TextEvidence {
  readonly ruleIds: ReadonlySet<string>
  readonly weight: number
}

const textEvidence = (text: string, lang: Lang, rules: RuleBook): TextEvidence => {
  const fired = rules.translation.filter(({ rule, regex }) => rule.lang === lang && regex.test(text))
  return {
    ruleIds: new Set(fired.map(({ rule }) => rule.id)),
    weight: fired.reduce((sum, { rule }) => sum + rule.weight, 0)
  }
}

const unique = (values: ReadonlyArray<string>): ReadonlyArray<string> => [...new Set(values)]

const statusOf = (share: number): MtStatus =>
  share >= settings.fullMinShare ? "full" : share >= settings.partialMinShare ? "partial" : "none"

const summarise = (segments: ReadonlyArray<TranslationSegment>): TranslationSummary => {
  const body = segments.filter((segment) => segment.kind === "body")
  const bodyChars = body.reduce((sum, segment) => sum + segment.text.length, 0)
  const flaggedChars = body.reduce((sum, segment) => sum + (segment.mtFlag ? segment.text.length : 0), 0)
  const mtShare = bodyChars === 0 ? 0 : flaggedChars / bodyChars
  const language =
    dominant(charactersByLanguage(body.filter((segment) => !segment.mtFlag))) ??
    dominant(charactersByLanguage(body)) ??
    dominant(charactersByLanguage(segments.filter((segment) => segment.kind === "title"))) ??
    "und"
  return { language, mtStatus: statusOf(mtShare), mtShare }
}

const notFlagged = (segment: CleanSegment): TranslationSegment => ({
  ...segment,
  mtScore: 0,
  mtFlag: false,
  mtSignals: []
})

export const flagTranslation = (doc: WithMetadata<CleanSegment>, rules: RuleBook): Translated => {
  const target = translatedLanguage(doc.segments)
  const isCandidate = (segment: CleanSegment): boolean =>
    target !== null && segment.lang === target && !settings.originalLanguages.includes(segment.lang)
  const candidates = doc.segments.filter(isCandidate)
  if (target === null || candidates.length === 0) {
    const segments = doc.segments.map(notFlagged)
    return { ...doc, segments, translation: summarise(segments) }
  }
  const page = pageSignals(doc, target, candidates, rules)
  const evidence = doc.segments.map((segment) =>
    isCandidate(segment) ? textEvidence(segment.text, target, rules) : undefined
  )
  const pageRules = new Map<string, { readonly signal: string; readonly weight: number }>()
  for (const { rule } of rules.translation) {
    if (evidence.some((found) => found?.ruleIds.has(rule.id))) pageRules.set(rule.id, rule)
  }
  const pageLogOdds =
    settings.prior +
    page.reduce((sum, signal) => sum + settings.pageSignals[signal], 0) +
    settings.pageTextFactor * [...pageRules.values()].reduce((sum, rule) => sum + rule.weight, 0)
  const pageTextSignals = [...pageRules.values()].map((rule) => rule.signal)
  const segments = doc.segments.map((segment, index): TranslationSegment => {
    const own = evidence[index]
    if (own === undefined) return notFlagged(segment)
    const mtScore = sigmoid(pageLogOdds + settings.segmentTextFactor * own.weight)
    return {
      ...segment,
      mtScore,
      mtFlag: mtScore >= settings.threshold,
      mtSignals: unique([...page, ...pageTextSignals])
    }
  })
  return { ...doc, segments, translation: summarise(segments) }
}
