/**
 * Evaluation by outlets left out (`pnpm evaluate --cv [--folds K]`): for each
 * group of outlets of the gold pages, train the line classifier on every other
 * outlet's pages, run every page through the stages with it, train the page
 * translation model on the other outlets' pages, flag the group's pages with
 * it, and score them; the figures are pooled over all outlets and given per
 * outlet. No page is scored by a model that saw its outlet.
 *
 * The translation flag is measured twice: with the outlet table's knowledge of
 * French editions as one feature, and with no outlet knowledge at all (the
 * model trained and read without it).
 *
 * The outlet is measured twice too: with the outlet table as shipped (every gold
 * outlet has a row, so this is the table's coverage more than the finding), and
 * with a table that has never heard of the held-out fold's outlets (their rows
 * dropped: names, aliases, domains), which is how an outlet the table does not
 * know is found. Either is judged against the full table (a domain of the
 * labelled outlet counts as that outlet).
 */
import type { Outlet } from "../../schemas/Rules.ts"
import { Config } from "../Config.ts"
import type { LineModel } from "../classifier/LineModel.ts"
import type { TranslationModel } from "../classifier/TranslationModel.ts"
import type { CleanSegment, Translated, WithMetadata } from "../Document.ts"
import { describeDocument, documentId, pipelineVersion, type StageContext } from "../Process.ts"
import { lookupOutlet, type OutletIndex, type RuleBook, withoutOutlets } from "../rules/RuleBook.ts"
import { buildRows } from "../stages/BuildRows.ts"
import type { Detector } from "../stages/DetectLanguage.ts"
import { findOutlet } from "../stages/FindOutlet.ts"
import { atThreshold, flagTranslation } from "../stages/FlagTranslation.ts"
import type { GoldPage } from "../train/GoldPages.ts"
import { type LabelledLine, labelledLines, trainLineModel } from "../train/LineTraining.ts"
import { type TranslationExample, trainTranslationModel, translationExample } from "../train/TranslationTraining.ts"
import {
  type DocumentField,
  type DocumentJudgement,
  documentAccuracy,
  judgeDocument,
  outletRight
} from "./DocumentScore.ts"
import type { GoldLine } from "./Gold.ts"
import { formatReport, type PredictedSegment, type Report, score } from "./Score.ts"
import { formatTranslationFigures, type TranslationFigures, translationFigures } from "./TranslationScore.ts"

export interface OutletFigures {
  readonly outlet: string
  readonly pages: number
  readonly report: Report
  readonly documents: Readonly<Record<DocumentField, number>>
  readonly translation: TranslationFigures
  /** The same outlet's machine-translation figures without outlet knowledge. */
  readonly translationWithoutOutlet: TranslationFigures
  readonly statusRightWithoutOutlet: number
}

/** The machine-translation figures had the flag been `mt_score >= threshold`, on the same scores. */
export interface ThresholdFigures {
  readonly threshold: number
  readonly withOutlet: TranslationFigures
  readonly withoutOutlet: TranslationFigures
}

/** The thresholds of the table `pnpm evaluate --cv` prints (the configured one among them). */
export const cvThresholds: ReadonlyArray<number> = [
  ...new Set([0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, Config.translation.threshold])
].sort((a, b) => a - b)

export interface CrossValidation {
  readonly outlets: number
  /** Groups of outlets held out together (one per outlet when leaving one out). */
  readonly folds: number
  readonly pages: number
  readonly report: Report
  readonly documents: Readonly<Record<DocumentField, number>>
  readonly judgements: ReadonlyArray<DocumentJudgement>
  readonly perOutlet: ReadonlyArray<OutletFigures>
  /** Machine translation per line and per page, with the outlet table's knowledge ... */
  readonly translation: TranslationFigures
  /** ... and without it. */
  readonly translationWithoutOutlet: TranslationFigures
  /** What the threshold trades, both ways. */
  readonly thresholds: ReadonlyArray<ThresholdFigures>
  /** The pages whose `mt_status` is wrong without outlet knowledge, with what it was derived from. */
  readonly statusWrongWithoutOutlet: ReadonlyArray<StatusWrong>
  /** The outlet found with a table that has no row of the held-out outlets: share of labelled pages right ... */
  readonly outletUnseen: number
  /** ... and every page's outlet so found. */
  readonly outletsUnseen: ReadonlyArray<UnseenOutlet>
}

/** A page's outlet as found with the table without its fold's outlets. */
export interface UnseenOutlet {
  readonly file: string
  readonly expected: string
  readonly got: string
  readonly right: boolean
}

/** A page whose `mt_status` is wrong: the gold's, the one derived, the flagged share and the highest segment score. */
export interface StatusWrong {
  readonly file: string
  readonly expected: string
  readonly got: string
  readonly mtShare: number
  readonly maxScore: number
  /** Each segment as `kind/lang/F|-/characters` (`F`: flagged), in order: what the status was derived from. */
  readonly segments: string
}

export interface Cleaned {
  readonly segments: ReadonlyArray<PredictedSegment>
  readonly judgement: DocumentJudgement | null
  readonly gold: ReadonlyArray<GoldLine>
}

const pageKey = (page: GoldPage): string => `${page.set}/${page.file}`

/** Two names (or domains) the outlet table takes for one outlet. */
const sameOutletIn =
  (index: OutletIndex) =>
  (a: string, b: string): boolean => {
    const x = lookupOutlet(index, a)
    return x !== undefined && x === lookupOutlet(index, b)
  }

/** The table's rows for the outlets labelled on some pages (every alternative): what a table not knowing them lacks. */
export const labelledOutlets = (pages: ReadonlyArray<GoldPage>, index: OutletIndex): ReadonlySet<Outlet> => {
  const rows = new Set<Outlet>()
  for (const page of pages) {
    for (const name of (page.document?.outlet ?? "").split("|")) {
      const row = name.trim() === "" ? undefined : lookupOutlet(index, name)
      if (row !== undefined) rows.add(row)
    }
  }
  return rows
}

/** Judges one gold page, cleaned through every stage, against its labels. */
export const judgeCleanedPage = (page: GoldPage, doc: Translated, rules: RuleBook): Cleaned => {
  const key = pageKey(page)
  const rows = buildRows(doc, documentId(key, page.record.contentSha256), pipelineVersion())
  const segments = rows.segments.map(
    (row): PredictedSegment => ({
      sourcePath: key,
      lineStart: row.line_start,
      lineEnd: row.line_end,
      kind: row.kind,
      lang: row.lang,
      mtFlag: row.mt_flag,
      rawText: row.raw_text
    })
  )
  const sameOutlet = sameOutletIn(rules.outlets)
  const judgement =
    page.document === null
      ? null
      : judgeDocument(
          page.document,
          {
            file: key,
            title: rows.document.title,
            publishedDate: rows.document.published_date,
            dateInferred: rows.document.date_inferred,
            outlet: rows.document.outlet,
            author: rows.document.author,
            language: rows.document.language,
            mtStatus: rows.document.mt_status
          },
          sameOutlet
        )
  return { segments, judgement, gold: page.lines.map((line) => ({ ...line, file: key })) }
}

const pool = (cleaned: ReadonlyArray<Cleaned>) => {
  const judgements = cleaned.flatMap((c) => (c.judgement === null ? [] : [c.judgement]))
  return {
    report: score(
      cleaned.flatMap((c) => c.gold),
      cleaned.flatMap((c) => c.segments)
    ),
    judgements,
    documents: documentAccuracy(judgements)
  }
}

/**
 * Outlets into `folds` groups of about equal labelled lines (the largest outlet first, into the
 * lightest group; ties by name): every outlet's pages are still scored by a model that never saw
 * that outlet. `folds` 0 gives one fold per outlet (leave-one-outlet-out).
 */
export const outletFolds = (
  outlets: ReadonlyArray<string>,
  weight: (outlet: string) => number,
  folds: number
): ReadonlyArray<ReadonlyArray<string>> => {
  if (folds <= 0 || folds >= outlets.length) return outlets.map((outlet) => [outlet])
  const groups = Array.from({ length: folds }, () => ({ weight: 0, outlets: [] as Array<string> }))
  const ordered = [...outlets].sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1))
  for (const outlet of ordered) {
    const lightest = groups.reduce((a, b) => (b.weight < a.weight ? b : a))
    lightest.outlets.push(outlet)
    lightest.weight += Math.max(1, weight(outlet))
  }
  return groups.map((group) => group.outlets.sort())
}

/** The outlet table without what it knows of editions: every outlet publishes every language, none says how. */
const withoutEditionKnowledge = (index: OutletIndex): OutletIndex => {
  const blind = new Map<Outlet, Outlet>()
  const blindOf = (outlet: Outlet): Outlet => {
    const known = blind.get(outlet)
    if (known !== undefined) return known
    const { frenchEdition: _, frenchEditionSource: __, ...rest } = outlet
    const copy: Outlet = { ...rest, editions: ["vi", "fr", "en"] }
    blind.set(outlet, copy)
    return copy
  }
  const remap = (map: ReadonlyMap<string, Outlet>) => new Map([...map].map(([key, outlet]) => [key, blindOf(outlet)]))
  return { ...index, byAlias: remap(index.byAlias), byDomain: remap(index.byDomain) }
}

interface FoldModels {
  readonly line: LineModel
  readonly translation: TranslationModel
  readonly translationWithoutOutlet: TranslationModel
}

/** Trains the fold's models on the pages of the outlets not held out; returns them and every page as described with the fold's line model. */
const trainFold = (
  pages: ReadonlyArray<GoldPage>,
  lines: ReadonlyArray<LabelledLine>,
  heldOut: ReadonlySet<string>,
  rules: RuleBook,
  detect: Detector
): { readonly models: FoldModels; readonly described: ReadonlyMap<GoldPage, WithMetadata<CleanSegment>> } => {
  const line = trainLineModel(lines.filter((l) => !heldOut.has(l.outlet)))
  const context: StageContext = { rules: { ...rules, lineModel: line, translationModel: null }, detect }
  const described = new Map(pages.map((page) => [page, describeDocument(page.record, context)]))
  const examples: Array<TranslationExample> = []
  for (const page of pages) {
    if (heldOut.has(page.outlet)) continue
    const example = translationExample(page, described.get(page)!, rules)
    if (example !== null) examples.push(example)
  }
  return {
    models: {
      line,
      translation: trainTranslationModel(examples),
      translationWithoutOutlet: trainTranslationModel(examples, { useOutlet: false })
    },
    described
  }
}

export const crossValidate = (
  pages: ReadonlyArray<GoldPage>,
  rules: RuleBook,
  detect: Detector,
  onFold: (held: string, index: number, total: number) => void = () => {},
  folds = 0
): CrossValidation => {
  const run = foldRunner(pages, rules, detect, onFold, folds)
  run.groups.forEach(run.fold)
  return run.finish()
}

/**
 * The same, giving the event loop a turn between folds: one fold at a time, so a
 * caller's timers and messages (a test runner's heartbeat) wait seconds, not the
 * whole run.
 */
export const crossValidateYielding = async (
  pages: ReadonlyArray<GoldPage>,
  rules: RuleBook,
  detect: Detector,
  folds = 0
): Promise<CrossValidation> => {
  const run = foldRunner(pages, rules, detect, () => {}, folds)
  for (const [index, group] of run.groups.entries()) {
    await new Promise((resolve) => setImmediate(resolve))
    run.fold(group, index)
  }
  return run.finish()
}

/** The groups of outlets, a function that trains, cleans and judges one group, and one that pools them all. */
const foldRunner = (
  pages: ReadonlyArray<GoldPage>,
  rules: RuleBook,
  detect: Detector,
  onFold: (held: string, index: number, total: number) => void,
  folds: number
): {
  readonly groups: ReadonlyArray<ReadonlyArray<string>>
  readonly fold: (group: ReadonlyArray<string>, index: number) => void
  readonly finish: () => CrossValidation
} => {
  const lines = new Map<GoldPage, ReadonlyArray<LabelledLine>>(pages.map((page) => [page, labelledLines(page, rules)]))
  const outlets = [...new Set(pages.map((page) => page.outlet))].sort()
  const allLines = [...lines.values()].flat()
  const linesOf = new Map<string, number>()
  for (const line of allLines) linesOf.set(line.outlet, (linesOf.get(line.outlet) ?? 0) + 1)
  const groups = outletFolds(outlets, (outlet) => linesOf.get(outlet) ?? 0, folds)
  const blindOutlets = withoutEditionKnowledge(rules.outlets)
  const perOutlet: Array<OutletFigures> = []
  const everything: Array<Cleaned> = []
  const everythingWithoutOutlet: Array<Cleaned> = []
  const statusWrongWithoutOutlet: Array<StatusWrong> = []
  const byThreshold = cvThresholds.map(() => ({
    withOutlet: [] as Array<Cleaned>,
    withoutOutlet: [] as Array<Cleaned>
  }))
  /** The page judged at each threshold; where the flags are those of the configured threshold, the same judgement. */
  const judgeAtThresholds = (page: GoldPage, flagged: Translated, atDefault: Cleaned): ReadonlyArray<Cleaned> =>
    cvThresholds.map((threshold) => {
      const reflagged = atThreshold(flagged, threshold)
      const same = reflagged.segments.every((segment, i) => segment.mtFlag === flagged.segments[i]!.mtFlag)
      return same ? atDefault : judgeCleanedPage(page, reflagged, rules)
    })
  const outletsUnseen: Array<UnseenOutlet> = []
  const sameOutlet = sameOutletIn(rules.outlets)
  const fold = (group: ReadonlyArray<string>, index: number): void => {
    onFold(group.length === 1 ? group[0]! : `${group.length} outlets`, index, groups.length)
    const heldOut = new Set(group)
    const { models, described } = trainFold(pages, allLines, heldOut, rules, detect)
    const unseen = withoutOutlets(
      rules.outlets,
      labelledOutlets(
        pages.filter((page) => heldOut.has(page.outlet)),
        rules.outlets
      )
    )
    const withOutlet: RuleBook = { ...rules, lineModel: models.line, translationModel: models.translation }
    const blind: RuleBook = {
      ...withOutlet,
      outlets: blindOutlets,
      translationModel: models.translationWithoutOutlet
    }
    for (const outlet of group) {
      const held = pages.filter((page) => page.outlet === outlet)
      const cleaned: Array<Cleaned> = []
      const cleanedWithoutOutlet: Array<Cleaned> = []
      for (const page of held) {
        const doc = described.get(page)!
        if (page.document !== null) {
          const got = findOutlet(doc.segments, doc.hints, doc.sourcePath, unseen)
          outletsUnseen.push({
            file: pageKey(page),
            expected: page.document.outlet ?? "",
            got: got ?? "",
            right: outletRight(page.document.outlet, got, sameOutlet)
          })
        }
        const flagged = flagTranslation(described.get(page)!, withOutlet)
        const flaggedBlind = flagTranslation(described.get(page)!, blind)
        const judged = judgeCleanedPage(page, flagged, rules)
        const judgedBlind = judgeCleanedPage(page, flaggedBlind, rules)
        cleaned.push(judged)
        cleanedWithoutOutlet.push(judgedBlind)
        if (judgedBlind.judgement !== null && !judgedBlind.judgement.right.mt) {
          statusWrongWithoutOutlet.push({
            file: judgedBlind.judgement.file,
            expected: judgedBlind.judgement.expected.mt,
            got: judgedBlind.judgement.got.mt,
            mtShare: flaggedBlind.translation.mtShare,
            maxScore: Math.max(0, ...flaggedBlind.segments.map((segment) => segment.mtScore)),
            segments: flaggedBlind.segments
              .map((segment) => `${segment.kind}/${segment.lang}/${segment.mtFlag ? "F" : "-"}/${segment.text.length}`)
              .join(" ")
          })
        }
        const atThresholds = judgeAtThresholds(page, flagged, judged)
        const atThresholdsBlind = judgeAtThresholds(page, flaggedBlind, judgedBlind)
        byThreshold.forEach((row, i) => {
          row.withOutlet.push(atThresholds[i]!)
          row.withoutOutlet.push(atThresholdsBlind[i]!)
        })
      }
      everything.push(...cleaned)
      everythingWithoutOutlet.push(...cleanedWithoutOutlet)
      const pooled = pool(cleaned)
      const pooledBlind = pool(cleanedWithoutOutlet)
      perOutlet.push({
        outlet,
        pages: held.length,
        report: pooled.report,
        documents: pooled.documents,
        translation: translationFigures(pooled.report, pooled.judgements),
        translationWithoutOutlet: translationFigures(pooledBlind.report, pooledBlind.judgements),
        statusRightWithoutOutlet: pooledBlind.documents.mt
      })
    }
  }
  const finish = (): CrossValidation => {
    perOutlet.sort((a, b) => (a.outlet < b.outlet ? -1 : 1))
    const pooled = pool(everything)
    const pooledWithoutOutlet = pool(everythingWithoutOutlet)
    return {
      outlets: outlets.length,
      folds: groups.length,
      pages: pages.length,
      ...pooled,
      perOutlet,
      statusWrongWithoutOutlet: statusWrongWithoutOutlet.sort((a, b) => (a.file < b.file ? -1 : 1)),
      outletUnseen:
        outletsUnseen.length === 0 ? 1 : outletsUnseen.filter((page) => page.right).length / outletsUnseen.length,
      outletsUnseen: outletsUnseen.sort((a, b) => (a.file < b.file ? -1 : 1)),
      translation: translationFigures(pooled.report, pooled.judgements),
      translationWithoutOutlet: translationFigures(pooledWithoutOutlet.report, pooledWithoutOutlet.judgements),
      thresholds: cvThresholds.map((threshold, i) => {
        const at = (cleaned: ReadonlyArray<Cleaned>) => {
          const p = pool(cleaned)
          return translationFigures(p.report, p.judgements)
        }
        return {
          threshold,
          withOutlet: at(byThreshold[i]!.withOutlet),
          withoutOutlet: at(byThreshold[i]!.withoutOutlet)
        }
      })
    }
  }
  return { groups, fold, finish }
}

const ratio3 = (value: number): string => value.toFixed(3)

/** What the threshold trades: lines P / R, French pages P / R and `mt_status` right, with and without outlet knowledge. */
export const formatThresholds = (rows: ReadonlyArray<ThresholdFigures>): ReadonlyArray<string> => [
  "what the threshold trades (same scores; lines P / R, French pages P / R, mt_status right on French pages / all):",
  "  threshold   with outlet knowledge                          without outlet knowledge",
  ...rows.map((row) => {
    const cells = (t: TranslationFigures) =>
      `${ratio3(t.lines.precision)} / ${ratio3(t.lines.recall)}  ${ratio3(t.pages.precision)} / ${ratio3(t.pages.recall)}  ${ratio3(t.frenchStatusRight)} / ${ratio3(t.statusRight)}`
    const mark = row.threshold === Config.translation.threshold ? "*" : " "
    return `  ${row.threshold.toFixed(2)}${mark}      ${cells(row.withOutlet)}    ${cells(row.withoutOutlet)}`
  }),
  "  (* the configured threshold)"
]

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`

/** The pooled report, the page fields, and a line per outlet. */
export const formatCrossValidation = (cv: CrossValidation): string => {
  const out = [
    cv.folds === cv.outlets
      ? `leave-one-outlet-out over ${cv.pages} pages of ${cv.outlets} outlets`
      : `outlets left out in ${cv.folds} folds, over ${cv.pages} pages of ${cv.outlets} outlets`,
    "",
    ...formatReport(cv.report).split("\n").slice(2, 8),
    "",
    `pages (${cv.judgements.length} with page labels), share right:`,
    ...Object.entries(cv.documents).map(([field, value]) => `  ${field.padEnd(10)} ${percent(value)}`),
    `  outlet, table without the held-out outlets ${percent(cv.outletUnseen)}`,
    "",
    "machine translation:",
    ...formatTranslationFigures("with the outlet table's knowledge of French editions", cv.translation),
    ...formatTranslationFigures("without outlet knowledge", cv.translationWithoutOutlet),
    "",
    ...formatThresholds(cv.thresholds),
    "",
    "per outlet (pages, lines, noise P / R, kind accuracy, MT lines P / R / F1, MT French pages P / R / F1, mt_status right, title / date / outlet right):"
  ]
  for (const o of cv.perOutlet) {
    const r = o.report
    out.push(
      `  ${o.outlet.slice(0, 34).padEnd(34)} ${String(o.pages).padStart(3)} ${String(r.lines).padStart(4)}  ` +
        `noise ${percent(r.noise.precision).padStart(6)} ${percent(r.noise.recall).padStart(6)}  kind ${percent(r.kindAccuracy).padStart(6)}  ` +
        `mt lines ${percent(r.mt.precision).padStart(6)} ${percent(r.mt.recall).padStart(6)} ${r.mt.f1.toFixed(3)}  ` +
        `pages ${percent(o.translation.pages.precision).padStart(6)} ${percent(o.translation.pages.recall).padStart(6)} ${o.translation.pages.f1.toFixed(3)} ${percent(o.documents.mt).padStart(6)}  ` +
        `${percent(o.documents.title).padStart(6)} ${percent(o.documents.date).padStart(6)} ${percent(o.documents.outlet).padStart(6)}`
    )
  }
  out.push(
    "",
    "machine translation per outlet with French pages (pages, MT lines; with outlet knowledge: lines P / R / F1, mt_status right; without: the same):"
  )
  for (const o of cv.perOutlet) {
    if (o.translation.frenchPages === 0 && o.report.mt.support === 0) continue
    const w = o.translation
    const b = o.translationWithoutOutlet
    out.push(
      `  ${o.outlet.slice(0, 34).padEnd(34)} ${String(w.frenchPages).padStart(3)} ${String(w.lines.support).padStart(4)}  ` +
        `with ${percent(w.lines.precision).padStart(6)} ${percent(w.lines.recall).padStart(6)} ${w.lines.f1.toFixed(3)} ${percent(o.documents.mt).padStart(6)}  ` +
        `without ${percent(b.lines.precision).padStart(6)} ${percent(b.lines.recall).padStart(6)} ${b.lines.f1.toFixed(3)} ${percent(o.statusRightWithoutOutlet).padStart(6)}`
    )
  }
  const wrongDocs = cv.judgements.filter((j) => Object.values(j.right).some((right) => !right))
  out.push("", "page fields wrong:")
  for (const j of wrongDocs) {
    for (const [field, right] of Object.entries(j.right)) {
      if (right) continue
      const f = field as keyof typeof j.expected
      out.push(`  ${j.file}  ${field}: expected ${JSON.stringify(j.expected[f])} got ${JSON.stringify(j.got[f])}`)
    }
  }
  out.push("", "outlet with the table without the held-out outlets, found (+) or not (-): expected, got:")
  for (const o of cv.outletsUnseen) {
    out.push(`  ${o.right ? "+" : "-"} ${o.file}  ${JSON.stringify(o.expected)} ${JSON.stringify(o.got)}`)
  }
  out.push(
    "",
    "mt_status wrong without outlet knowledge (expected, got, flagged share of body, highest mt_score; then each segment as kind/lang/F(lagged) or -/characters):"
  )
  for (const w of cv.statusWrongWithoutOutlet) {
    out.push(`  ${w.file}  ${w.expected} -> ${w.got}  share ${w.mtShare.toFixed(3)}  score ${w.maxScore.toFixed(3)}`)
    out.push(`    ${w.segments}`)
  }
  out.push("", ...formatReport(cv.report).split("\n").slice(8))
  return out.join("\n")
}
