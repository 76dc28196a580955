/**
 * The rows behind the sampled documents' views: the document as extracted,
 * and its segments in order (at most SEGMENTS_PER_VIEW, so that one huge page
 * does not make the report huge; the view says when it is cut).
 */
import { sqlString } from "../services/DuckDb.ts"
import type { SampledDocument, SampleReason } from "./Sample.ts"
import type { OutputTables } from "./Tables.ts"

export const SEGMENTS_PER_VIEW = 400

export interface SegmentView {
  readonly seq: number
  readonly lineStart: number
  readonly lineEnd: number
  readonly kind: string
  readonly isNoise: boolean
  readonly kindScore: number
  readonly kindEvidence: ReadonlyArray<string>
  readonly lang: string
  readonly mtFlag: boolean
  readonly mtScore: number
  readonly mtSignals: ReadonlyArray<string>
  readonly text: string
  readonly rawText: string
}

export interface DocumentView {
  readonly docId: string
  readonly reasons: ReadonlyArray<SampleReason>
  readonly sourcePath: string
  readonly title: string | null
  readonly publishedDate: string | null
  readonly dateInferred: boolean
  readonly outlet: string | null
  readonly author: string | null
  readonly language: string
  readonly mtStatus: string
  readonly mtShare: number
  readonly segmentCount: number
  readonly noiseCount: number
  readonly segments: ReadonlyArray<SegmentView>
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))
const list = (value: unknown): ReadonlyArray<string> => (Array.isArray(value) ? value.map(String) : [])

export const readDocumentViews = async (
  tables: OutputTables,
  sample: ReadonlyArray<SampledDocument>
): Promise<ReadonlyArray<DocumentView>> => {
  if (sample.length === 0) return []
  await tables.run("CREATE OR REPLACE TEMP TABLE sample (doc_id VARCHAR)")
  await tables.run(`INSERT INTO sample VALUES ${sample.map((doc) => `(${sqlString(doc.docId)})`).join(", ")}`)
  const documents = await tables.rows(`
    SELECT doc_id, source_path, title, published_date::VARCHAR AS published_date, date_inferred, outlet, author,
           language, mt_status, mt_share, n_segments, n_noise
    FROM documents WHERE doc_id IN (SELECT doc_id FROM sample)`)
  const segments = await tables.rows(`
    SELECT doc_id, seq, line_start, line_end, kind, is_noise, kind_score, kind_evidence, lang, mt_flag, mt_score,
           mt_signals, text, raw_text
    FROM segments WHERE doc_id IN (SELECT doc_id FROM sample) AND seq < ${SEGMENTS_PER_VIEW}
    ORDER BY doc_id, seq`)
  const segmentsOf = new Map<string, Array<SegmentView>>()
  for (const row of segments) {
    const docId = String(row.doc_id)
    const views = segmentsOf.get(docId) ?? []
    views.push({
      seq: Number(row.seq),
      lineStart: Number(row.line_start),
      lineEnd: Number(row.line_end),
      kind: String(row.kind),
      isNoise: row.is_noise === true,
      kindScore: Number(row.kind_score),
      kindEvidence: list(row.kind_evidence),
      lang: String(row.lang),
      mtFlag: row.mt_flag === true,
      mtScore: Number(row.mt_score),
      mtSignals: list(row.mt_signals),
      text: String(row.text),
      rawText: String(row.raw_text)
    })
    segmentsOf.set(docId, views)
  }
  const byId = new Map(documents.map((row) => [String(row.doc_id), row]))
  return sample.flatMap(({ docId, reasons }) => {
    const row = byId.get(docId)
    if (row === undefined) return []
    return [
      {
        docId,
        reasons,
        sourcePath: String(row.source_path),
        title: text(row.title),
        publishedDate: text(row.published_date),
        dateInferred: row.date_inferred === true,
        outlet: text(row.outlet),
        author: text(row.author),
        language: String(row.language),
        mtStatus: String(row.mt_status),
        mtShare: Number(row.mt_share),
        segmentCount: Number(row.n_segments),
        noiseCount: Number(row.n_noise),
        segments: segmentsOf.get(docId) ?? []
      }
    ]
  })
}
