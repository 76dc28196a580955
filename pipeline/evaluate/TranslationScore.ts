/**
 * Machine-translation figures of a cross-validation: per line (the gold `mt`
 * of each labelled line against the flag of the segment holding it) and per
 * page (`mt_status` against the page's gold `mt`: right or wrong over every
 * labelled page and over the French ones, and machine-translated or not as a
 * binary decision over the French pages).
 */
import type { DocumentJudgement } from "./DocumentScore.ts"
import type { BinaryScore, Report } from "./Score.ts"

export interface TranslationFigures {
  readonly lines: BinaryScore
  /** Pages with French in their gold (`language` fr, or some machine translation). */
  readonly frenchPages: number
  /** Machine-translated (`partial` or `full`) or not, over the French pages. */
  readonly pages: BinaryScore
  /** `mt_status` exactly right, over the French pages ... */
  readonly frenchStatusRight: number
  /** ... and over every labelled page. */
  readonly statusRight: number
}

const binary = (pairs: ReadonlyArray<readonly [boolean, boolean]>): BinaryScore => {
  const tp = pairs.filter(([expected, got]) => expected && got).length
  const fp = pairs.filter(([expected, got]) => !expected && got).length
  const fn = pairs.filter(([expected, got]) => expected && !got).length
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, support: tp + fn }
}

const share = (judgements: ReadonlyArray<DocumentJudgement>): number =>
  judgements.length === 0 ? 1 : judgements.filter((j) => j.right.mt).length / judgements.length

export const translationFigures = (
  report: Report,
  judgements: ReadonlyArray<DocumentJudgement>
): TranslationFigures => {
  const french = judgements.filter((j) => j.expected.language === "fr" || j.expected.mt !== "none")
  return {
    lines: report.mt,
    frenchPages: french.length,
    pages: binary(french.map((j) => [j.expected.mt !== "none", j.got.mt !== "none"] as const)),
    frenchStatusRight: share(french),
    statusRight: share(judgements)
  }
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`
const scoreLine = (s: BinaryScore): string =>
  `P ${percent(s.precision).padStart(6)}  R ${percent(s.recall).padStart(6)}  F1 ${s.f1.toFixed(3)}  (support ${s.support})`

/** Two lines per variant, as `pnpm evaluate --cv` prints them. */
export const formatTranslationFigures = (name: string, t: TranslationFigures): ReadonlyArray<string> => [
  `  ${name}`,
  `    lines  ${scoreLine(t.lines)}`,
  `    pages  ${scoreLine(t.pages)}  over ${t.frenchPages} French pages`,
  `    mt_status right on ${percent(t.frenchStatusRight)} of French pages, ${percent(t.statusRight)} of all pages`
]
