/**
 * Scores the `documents` fields against page labels: title, publication date,
 * outlet, author, language and `mt_status`, each right or wrong per page.
 *
 * A gold cell may list alternatives separated by `|`; an empty alternative
 * accepts no value. A date whose year was inferred counts as right when day
 * and month match and `date_inferred` is true (the contract's rule); a date
 * counts by its day, whatever time is printed.
 */
import { normalizeText } from "../TextNormalization.ts"
import type { GoldDocument } from "./Gold.ts"

export interface PredictedDocument {
  readonly file: string
  readonly title: string | null
  readonly publishedDate: string | null
  readonly dateInferred: boolean
  readonly outlet: string | null
  readonly author: string | null
  readonly language: string
  readonly mtStatus: string
}

export const documentFields = ["title", "date", "outlet", "author", "language", "mt"] as const
export type DocumentField = (typeof documentFields)[number]

export interface DocumentJudgement {
  readonly file: string
  readonly right: Readonly<Record<DocumentField, boolean>>
  readonly expected: Readonly<Record<DocumentField, string>>
  readonly got: Readonly<Record<DocumentField, string>>
}

/** The pipeline's text normalization (NFC, whitespace, one tone placement: `Uỷ ban` is `Ủy ban`), lower-cased. */
const fold = (text: string): string => normalizeText(text).toLocaleLowerCase("vi")

const alternatives = (cell: string | null): ReadonlyArray<string> => (cell ?? "").split("|").map(fold)

const textRight = (cell: string | null, got: string | null): boolean => {
  const options = alternatives(cell)
  return got === null || fold(got) === "" ? options.includes("") : options.includes(fold(got))
}

/** The whole cell as one alternative: a headline may itself hold `|`. */
const titleRight = (cell: string | null, got: string | null): boolean =>
  fold(cell ?? "") === fold(got ?? "") || textRight(cell, got)

const dateRight = (cell: string, got: PredictedDocument): boolean =>
  cell.split("|").some((option) => {
    if (option === "") return got.publishedDate === null
    if (got.publishedDate === null) return false
    const day = option.slice(0, 10)
    if (got.dateInferred) return day.slice(5) === got.publishedDate.slice(5)
    return day === got.publishedDate
  })

/** The outlet as labelled (any alternative), or one the outlet table takes for the same (a domain of it). */
export const outletRight = (
  cell: string | null,
  got: string | null,
  sameOutlet: (a: string, b: string) => boolean = () => false
): boolean =>
  textRight(cell, got) || (got !== null && alternatives(cell).some((name) => name !== "" && sameOutlet(name, got)))

export const judgeDocument = (
  gold: GoldDocument,
  got: PredictedDocument,
  sameOutlet: (a: string, b: string) => boolean = () => false
): DocumentJudgement => {
  return {
    file: gold.file,
    right: {
      title: titleRight(gold.title, got.title),
      date: dateRight(gold.published, got),
      outlet: outletRight(gold.outlet, got.outlet, sameOutlet),
      author: textRight(gold.author, got.author),
      language: gold.language === got.language,
      mt: gold.mt === got.mtStatus
    },
    expected: {
      title: gold.title ?? "",
      date: gold.published,
      outlet: gold.outlet ?? "",
      author: gold.author ?? "",
      language: gold.language,
      mt: gold.mt
    },
    got: {
      title: got.title ?? "",
      date: got.publishedDate === null ? "" : `${got.publishedDate}${got.dateInferred ? " (inferred)" : ""}`,
      outlet: got.outlet ?? "",
      author: got.author ?? "",
      language: got.language,
      mt: got.mtStatus
    }
  }
}

/** Share of pages right, per field. */
export const documentAccuracy = (
  judgements: ReadonlyArray<DocumentJudgement>
): Readonly<Record<DocumentField, number>> =>
  Object.fromEntries(
    documentFields.map((field) => [
      field,
      judgements.length === 0 ? 1 : judgements.filter((j) => j.right[field]).length / judgements.length
    ])
  ) as Record<DocumentField, number>
