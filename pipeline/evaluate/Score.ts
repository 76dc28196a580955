/**
 * Scores a pipeline's segments against line-level gold labels. Pure: the
 * figures the `evaluate` command prints and the tests assert.
 *
 * Every gold line is looked up in the segment that holds it (by source path
 * and line range); a line no segment holds counts as wrong on every measure.
 */
import { isNoiseKind, Kind } from "../../schemas/Vocabulary.ts"
import type { GoldLine } from "./Gold.ts"

export interface PredictedSegment {
  readonly sourcePath: string
  readonly lineStart: number
  readonly lineEnd: number
  readonly kind: string
  readonly lang: string
  readonly mtFlag: boolean
  readonly rawText: string
}

export interface BinaryScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly support: number
}

export interface WrongLine {
  readonly file: string
  readonly line: number
  readonly expected: { readonly kind: string; readonly lang: string; readonly mt: boolean }
  readonly got: { readonly kind: string; readonly lang: string; readonly mt: boolean } | null
  readonly text: string
}

export interface Report {
  readonly lines: number
  readonly noise: BinaryScore
  readonly contentCharsKept: number
  readonly kindAccuracy: number
  readonly perKind: Readonly<Record<string, BinaryScore>>
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>
  readonly langAccuracy: number
  readonly mt: BinaryScore
  readonly wrong: ReadonlyArray<WrongLine>
}

const MISSING = "(missing)"

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 1 : numerator / denominator)

const binary = (pairs: ReadonlyArray<{ readonly expected: boolean; readonly got: boolean }>): BinaryScore => {
  let truePositive = 0
  let falsePositive = 0
  let falseNegative = 0
  for (const { expected, got } of pairs) {
    if (expected && got) truePositive++
    else if (got) falsePositive++
    else if (expected) falseNegative++
  }
  const precision = ratio(truePositive, truePositive + falsePositive)
  const recall = ratio(truePositive, truePositive + falseNegative)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, support: truePositive + falseNegative }
}

const isNoise = (kind: string): boolean =>
  (Kind.literals as ReadonlyArray<string>).includes(kind) && isNoiseKind(kind as Kind)
const isContent = (kind: string): boolean => kind === "title" || kind === "body"

export const score = (gold: ReadonlyArray<GoldLine>, segments: ReadonlyArray<PredictedSegment>): Report => {
  const byFile = new Map<string, Array<PredictedSegment>>()
  for (const segment of segments) {
    const list = byFile.get(segment.sourcePath) ?? []
    list.push(segment)
    byFile.set(segment.sourcePath, list)
  }
  const judged = gold.map((line) => {
    const segment = byFile.get(line.file)?.find((s) => s.lineStart <= line.line && s.lineEnd >= line.line)
    return { line, segment }
  })
  const gotKind = (s: PredictedSegment | undefined) => s?.kind ?? MISSING
  const kinds = [
    ...new Set([...gold.map((line) => line.kind), ...judged.map(({ segment }) => gotKind(segment))])
  ].sort()

  const confusion: Record<string, Record<string, number>> = {}
  for (const { line, segment } of judged) {
    const row = confusion[line.kind] ?? {}
    row[gotKind(segment)] = (row[gotKind(segment)] ?? 0) + 1
    confusion[line.kind] = row
  }
  const perKind = Object.fromEntries(
    kinds
      .filter((kind) => kind !== MISSING)
      .map((kind) => [
        kind,
        binary(judged.map(({ line, segment }) => ({ expected: line.kind === kind, got: gotKind(segment) === kind })))
      ])
  )
  let contentChars = 0
  let contentKept = 0
  for (const { line, segment } of judged) {
    if (!isContent(line.kind)) continue
    const chars = segment?.rawText.length ?? 0
    contentChars += chars
    if (segment !== undefined && isContent(segment.kind)) contentKept += chars
  }
  const wrong = judged
    .filter(
      ({ line, segment }) =>
        segment === undefined || segment.kind !== line.kind || segment.lang !== line.lang || segment.mtFlag !== line.mt
    )
    .map(({ line, segment }) => ({
      file: line.file,
      line: line.line,
      expected: { kind: line.kind, lang: line.lang, mt: line.mt },
      got: segment === undefined ? null : { kind: segment.kind, lang: segment.lang, mt: segment.mtFlag },
      text: segment?.rawText ?? ""
    }))
  return {
    lines: gold.length,
    noise: binary(
      judged.map(({ line, segment }) => ({ expected: isNoise(line.kind), got: isNoise(gotKind(segment)) }))
    ),
    contentCharsKept: ratio(contentKept, contentChars),
    kindAccuracy: ratio(judged.filter(({ line, segment }) => segment?.kind === line.kind).length, gold.length),
    perKind,
    confusion,
    langAccuracy: ratio(judged.filter(({ line, segment }) => segment?.lang === line.lang).length, gold.length),
    mt: binary(judged.map(({ line, segment }) => ({ expected: line.mt, got: segment?.mtFlag ?? false }))),
    wrong
  }
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`
const pad = (text: string, width: number): string => text.padEnd(width)
const binaryLine = (name: string, s: BinaryScore): string =>
  `${pad(name, 14)} precision ${percent(s.precision)}  recall ${percent(s.recall)}  F1 ${s.f1.toFixed(3)}  (support ${s.support})`

/** The report as a person reads it. */
export const formatReport = (report: Report): string => {
  const out: Array<string> = [`${report.lines} gold lines`, ""]
  out.push(binaryLine("noise", report.noise))
  out.push(`${pad("content kept", 14)} ${percent(report.contentCharsKept)} of title and body characters`)
  out.push(`${pad("kind", 14)} accuracy ${percent(report.kindAccuracy)}`)
  out.push(`${pad("language", 14)} accuracy ${percent(report.langAccuracy)}`)
  out.push(binaryLine("machine-trans.", report.mt), "", "per kind:")
  for (const [kind, s] of Object.entries(report.perKind)) out.push(`  ${binaryLine(kind, s)}`)
  const columns = [...new Set(Object.values(report.confusion).flatMap((row) => Object.keys(row)))].sort()
  out.push("", "confusion (rows: gold kind, columns: predicted kind):")
  out.push(`  ${pad("", 12)}${columns.map((c) => pad(c, 12)).join("")}`)
  for (const [kind, row] of Object.entries(report.confusion).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${pad(kind, 12)}${columns.map((c) => pad(String(row[c] ?? 0), 12)).join("")}`)
  }
  out.push("", report.wrong.length === 0 ? "no line wrong" : `${report.wrong.length} lines wrong:`)
  for (const w of report.wrong) {
    const got = w.got === null ? "no segment" : `${w.got.kind}/${w.got.lang}/mt=${Number(w.got.mt)}`
    out.push(
      `  ${w.file}:${w.line}  expected ${w.expected.kind}/${w.expected.lang}/mt=${Number(w.expected.mt)}  got ${got}  ${w.text.slice(0, 60)}`
    )
  }
  return out.join("\n")
}
