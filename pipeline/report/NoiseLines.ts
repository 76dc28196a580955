/**
 * The most frequent noise lines of each kind, normalised so that one
 * template counts once: lower case, every run of digits as `0`, runs of
 * white space as one space. A rule that fires wrongly shows up here first,
 * as a frequent line that is not noise.
 */
import type { OutputTables } from "./Tables.ts"

export interface NoiseLine {
  readonly kind: string
  readonly line: string
  readonly segments: number
  readonly documents: number
  /** Up to three documents where it was seen, in a stable order (by `doc_id`). */
  readonly examples: ReadonlyArray<{ readonly docId: string; readonly sourcePath: string }>
}

export const LINES_PER_KIND = 15

export const normalisedLineSql = (column: string): string =>
  `lower(regexp_replace(regexp_replace(trim(${column}), '[0-9]+', '0', 'g'), '\\s+', ' ', 'g'))`

export const readNoiseLines = async (tables: OutputTables): Promise<ReadonlyArray<NoiseLine>> => {
  const rows = await tables.rows(`
    SELECT kind, line, count(*)::DOUBLE AS segments, count(DISTINCT doc_id)::DOUBLE AS documents,
           list(DISTINCT doc_id || chr(9) || source_path ORDER BY doc_id || chr(9) || source_path)[1:3] AS examples
    FROM (SELECT kind, ${normalisedLineSql("text")} AS line, doc_id, source_path FROM segments WHERE is_noise)
    GROUP BY kind, line
    QUALIFY row_number() OVER (PARTITION BY kind ORDER BY count(*) DESC, line) <= ${LINES_PER_KIND}
    ORDER BY kind, segments DESC, line`)
  return rows.map((row) => ({
    kind: String(row.kind),
    line: String(row.line),
    segments: Number(row.segments),
    documents: Number(row.documents),
    examples: ((row.examples as ReadonlyArray<string>) ?? []).map((example) => {
      const [docId = "", sourcePath = ""] = example.split("\t")
      return { docId, sourcePath }
    })
  }))
}
