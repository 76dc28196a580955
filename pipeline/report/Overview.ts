/**
 * The summaries over every row: totals, per outlet, per language, rejects by
 * reason. Characters kept are those of content segments (title and body),
 * characters removed those of noise segments, as `text` counts them.
 */
import type { OutputTables, Row } from "./Tables.ts"

export interface Totals {
  readonly documents: number
  readonly segments: number
  readonly noiseSegments: number
  readonly charsKept: number
  readonly charsRemoved: number
  readonly charsMachineTranslated: number
  readonly mtDocuments: number
  readonly rejects: number
}

export interface GroupRow {
  readonly name: string
  readonly documents: number
  readonly segments: number
  readonly noiseSegments: number
  readonly charsKept: number
  readonly charsRemoved: number
}

export interface Overview {
  readonly totals: Totals
  /** The outlets with most documents, then one `(other outlets)` row for the rest. */
  readonly outlets: ReadonlyArray<GroupRow>
  readonly languages: ReadonlyArray<GroupRow>
  readonly rejectReasons: ReadonlyArray<{ readonly reason: string; readonly rejects: number }>
}

/** Outlets listed one by one in the overview and the per-outlet charts. */
export const LISTED_OUTLETS = 25
export const UNKNOWN_OUTLET = "(unknown)"
export const OTHER_OUTLETS = "(other outlets)"

const num = (value: unknown): number => Number(value ?? 0)

/** Per document: its outlet name, segment and character counts (every other query starts here). */
export const documentStatsSql = `
  SELECT d.doc_id, coalesce(d.outlet, '${UNKNOWN_OUTLET}') AS outlet, d.language,
         coalesce(s.segments, 0) AS segments, coalesce(s.noise_segments, 0) AS noise_segments,
         coalesce(s.chars_kept, 0) AS chars_kept, coalesce(s.chars_removed, 0) AS chars_removed,
         coalesce(s.chars_mt, 0) AS chars_mt, s.min_kind_score
  FROM documents d LEFT JOIN (
    SELECT doc_id, count(*) AS segments, count(*) FILTER (WHERE is_noise) AS noise_segments,
           sum(length(text)) FILTER (WHERE NOT is_noise) AS chars_kept,
           sum(length(text)) FILTER (WHERE is_noise) AS chars_removed,
           sum(length(text)) FILTER (WHERE NOT is_noise AND mt_flag) AS chars_mt,
           min(kind_score) AS min_kind_score
    FROM segments GROUP BY doc_id
  ) s USING (doc_id)`

/** The listed outlets: most documents first, ties by name. */
export const listedOutletsSql = `
  SELECT outlet FROM doc_stats GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT ${LISTED_OUTLETS}`

const groupRow = (row: Row): GroupRow => ({
  name: String(row.name),
  documents: num(row.documents),
  segments: num(row.segments),
  noiseSegments: num(row.noise_segments),
  charsKept: num(row.chars_kept),
  charsRemoved: num(row.chars_removed)
})

const groupSql = (nameSql: string) => `
  SELECT ${nameSql} AS name, count(*)::DOUBLE AS documents, sum(segments)::DOUBLE AS segments,
         sum(noise_segments)::DOUBLE AS noise_segments, sum(chars_kept)::DOUBLE AS chars_kept,
         sum(chars_removed)::DOUBLE AS chars_removed
  FROM doc_stats GROUP BY 1`

export const readOverview = async (tables: OutputTables): Promise<Overview> => {
  const [totals] = await tables.rows(`
    SELECT count(*)::DOUBLE AS documents, sum(segments)::DOUBLE AS segments,
           sum(noise_segments)::DOUBLE AS noise_segments, sum(chars_kept)::DOUBLE AS chars_kept,
           sum(chars_removed)::DOUBLE AS chars_removed, sum(chars_mt)::DOUBLE AS chars_mt,
           (SELECT count(*) FROM documents WHERE mt_status <> 'none')::DOUBLE AS mt_documents,
           (SELECT count(*) FROM rejects)::DOUBLE AS rejects
    FROM doc_stats`)
  const outlets = await tables.rows(`
    SELECT * FROM (${groupSql(`CASE WHEN outlet IN (${listedOutletsSql}) THEN outlet ELSE '${OTHER_OUTLETS}' END`)})
    ORDER BY name = '${OTHER_OUTLETS}', documents DESC, name`)
  const languages = await tables.rows(`${groupSql("language")} ORDER BY documents DESC, name`)
  const reasons = await tables.rows(
    "SELECT reason, count(*)::DOUBLE AS rejects FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1"
  )
  return {
    totals: {
      documents: num(totals?.documents),
      segments: num(totals?.segments),
      noiseSegments: num(totals?.noise_segments),
      charsKept: num(totals?.chars_kept),
      charsRemoved: num(totals?.chars_removed),
      charsMachineTranslated: num(totals?.chars_mt),
      mtDocuments: num(totals?.mt_documents),
      rejects: num(totals?.rejects)
    },
    outlets: outlets.map(groupRow),
    languages: languages.map(groupRow),
    rejectReasons: reasons.map((row) => ({ reason: String(row.reason), rejects: num(row.rejects) }))
  }
}
