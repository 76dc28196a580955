/**
 * The data behind the charts, aggregated in DuckDB so that the page holds a
 * few hundred numbers whatever the corpus: scores are binned by twentieths,
 * outlets are the listed ones plus one row for the others.
 */
import { LISTED_OUTLETS, listedOutletsSql, OTHER_OUTLETS } from "./Overview.ts"
import type { OutputTables, Row } from "./Tables.ts"

export interface ChartData {
  readonly noiseShare: ReadonlyArray<Row>
  readonly kindsPerOutlet: ReadonlyArray<Row>
  readonly mtScores: ReadonlyArray<Row>
  readonly months: ReadonlyArray<Row>
  readonly kindScores: ReadonlyArray<Row>
  /** Documents with no publication date (not in the months chart). */
  readonly undated: number
}

export const SCORE_BINS = 20

const outletName = `CASE WHEN outlet IN (${listedOutletsSql}) THEN outlet ELSE '${OTHER_OUTLETS}' END`

/** A score's bin: [k/20, (k+1)/20), with 1 in the last bin. */
const binOf = (column: string) => `least(floor(${column} * ${SCORE_BINS}), ${SCORE_BINS - 1}) / ${SCORE_BINS}`

export const readChartData = async (tables: OutputTables): Promise<ChartData> => {
  const noiseShare = await tables.rows(`
    SELECT ${outletName} AS outlet, count(*)::DOUBLE AS documents,
           sum(chars_removed)::DOUBLE / greatest(sum(chars_kept + chars_removed), 1) AS noise_share
    FROM doc_stats GROUP BY 1 ORDER BY documents DESC LIMIT ${LISTED_OUTLETS + 1}`)
  const kindsPerOutlet = await tables.rows(`
    SELECT ${outletName} AS outlet, s.kind, count(*)::DOUBLE AS segments
    FROM segments s JOIN doc_stats USING (doc_id) WHERE s.is_noise GROUP BY 1, 2 ORDER BY 1, 2`)
  const mtScores = await tables.rows(`
    SELECT ${binOf("mt_score")} AS bin_start, ${binOf("mt_score")} + ${1 / SCORE_BINS} AS bin_end,
           count(*)::DOUBLE AS segments
    FROM segments WHERE NOT is_noise GROUP BY 1 ORDER BY 1`)
  const months = await tables.rows(`
    SELECT strftime(published_date, '%Y-%m') AS month, count(*)::DOUBLE AS documents
    FROM documents WHERE published_date IS NOT NULL GROUP BY 1 ORDER BY 1`)
  const kindScores = await tables.rows(`
    SELECT ${binOf("kind_score")} AS bin_start, ${binOf("kind_score")} + ${1 / SCORE_BINS} AS bin_end,
           CASE WHEN is_noise THEN 'noise' ELSE 'content' END AS label, count(*)::DOUBLE AS segments
    FROM segments GROUP BY 1, 2, 3 ORDER BY 1, 3`)
  const [undated] = await tables.rows("SELECT count(*)::DOUBLE AS n FROM documents WHERE published_date IS NULL")
  return { noiseShare, kindsPerOutlet, mtScores, months, kindScores, undated: Number(undated?.n ?? 0) }
}
