/**
 * Which documents get a full view: a page of every document would not stay
 * small at corpus scale, so the report shows a sample, and says why each
 * document is in it:
 * - `outlet`: the first few documents of each listed outlet (by a hash of
 *   `doc_id`, so stable across runs and not the crawl's order);
 * - `most noise`: the documents with the largest share of noise segments;
 * - `lowest score`: the documents whose least certain segment is least certain;
 * - `example`: a document holding one of the most frequent noise lines of a kind.
 */
import { LISTED_OUTLETS } from "./Overview.ts"
import type { OutputTables } from "./Tables.ts"

export const SampleSizes = {
  perOutlet: 3,
  outlets: LISTED_OUTLETS * 2,
  mostNoise: 20,
  lowestScore: 20,
  examplesPerKind: 5
} as const

export type SampleReason = "outlet" | "most noise" | "lowest score" | "example"

export interface SampledDocument {
  readonly docId: string
  readonly reasons: ReadonlyArray<SampleReason>
}

/** The sample, in the order the page lists it; `exampleDocs` are the noise lines' first examples. */
export const readSample = async (
  tables: OutputTables,
  exampleDocs: ReadonlyArray<string>
): Promise<ReadonlyArray<SampledDocument>> => {
  const byOutlet = await tables.rows(`
    SELECT doc_id FROM doc_stats
    WHERE outlet IN (SELECT outlet FROM doc_stats GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT ${SampleSizes.outlets})
    QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY hash(doc_id), doc_id) <= ${SampleSizes.perOutlet}
    ORDER BY outlet, hash(doc_id), doc_id`)
  const mostNoise = await tables.rows(`
    SELECT doc_id FROM doc_stats WHERE noise_segments > 0
    ORDER BY noise_segments / segments DESC, noise_segments DESC, doc_id LIMIT ${SampleSizes.mostNoise}`)
  const lowestScore = await tables.rows(`
    SELECT doc_id FROM doc_stats WHERE min_kind_score IS NOT NULL
    ORDER BY min_kind_score, doc_id LIMIT ${SampleSizes.lowestScore}`)
  const reasons = new Map<string, Array<SampleReason>>()
  const add = (docId: string, reason: SampleReason) => {
    const list = reasons.get(docId) ?? []
    if (!list.includes(reason)) list.push(reason)
    reasons.set(docId, list)
  }
  for (const row of byOutlet) add(String(row.doc_id), "outlet")
  for (const row of mostNoise) add(String(row.doc_id), "most noise")
  for (const row of lowestScore) add(String(row.doc_id), "lowest score")
  for (const docId of exampleDocs) add(docId, "example")
  return [...reasons].map(([docId, why]) => ({ docId, reasons: why }))
}
