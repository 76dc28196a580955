/**
 * Turns a processed document into the contract's rows: one `documents` row and
 * its `segments` rows. The clean article is the body segments' text joined by a
 * blank line (the title is not included).
 */
import { type DocumentRow, SCHEMA_VERSION } from "../../schemas/DocumentRow.ts"
import type { SegmentRow } from "../../schemas/SegmentRow.ts"
import { isNoiseKind } from "../../schemas/Vocabulary.ts"
import type { Translated } from "../Document.ts"

export interface DocumentRows {
  readonly document: DocumentRow
  readonly segments: ReadonlyArray<SegmentRow>
}

export const buildRows = (doc: Translated, docId: string, pipelineVersion: string): DocumentRows => {
  const segments = doc.segments.map(
    (segment, seq): SegmentRow => ({
      doc_id: docId,
      seq,
      source_path: doc.sourcePath,
      line_start: segment.lineStart,
      line_end: segment.lineEnd,
      kind: segment.kind,
      is_noise: isNoiseKind(segment.kind),
      kind_score: segment.kindScore,
      kind_evidence: segment.kindEvidence,
      lang: segment.lang,
      lang_score: segment.langScore,
      mt_flag: segment.mtFlag,
      mt_score: segment.mtScore,
      mt_signals: segment.mtSignals,
      text: segment.text,
      raw_text: segment.rawText
    })
  )
  const text = doc.segments
    .filter((segment) => segment.kind === "body" && segment.text.length > 0)
    .map((segment) => segment.text)
    .join("\n\n")
  const document: DocumentRow = {
    doc_id: docId,
    source_path: doc.sourcePath,
    content_sha256: doc.contentSha256,
    format: doc.format,
    encoding: doc.encoding,
    title: doc.metadata.title,
    published_date: doc.metadata.publishedDate,
    published_at: doc.metadata.publishedAt,
    date_inferred: doc.metadata.dateInferred,
    outlet: doc.metadata.outlet,
    author: doc.metadata.author,
    language: doc.translation.language,
    mt_status: doc.translation.mtStatus,
    mt_share: doc.translation.mtShare,
    text,
    n_segments: segments.length,
    n_noise: segments.filter((segment) => segment.is_noise).length,
    chars_raw: doc.rawText.length,
    chars_clean: text.length,
    pipeline_version: pipelineVersion,
    schema_version: SCHEMA_VERSION
  }
  return { document, segments }
}
