/** The rejected inputs, listed one by one up to REJECTS_LISTED (the overview counts them all by reason). */
import type { OutputTables } from "./Tables.ts"

export const REJECTS_LISTED = 500

export interface RejectView {
  readonly sourcePath: string
  readonly reason: string
  readonly detail: string
}

export const readRejects = async (tables: OutputTables): Promise<ReadonlyArray<RejectView>> =>
  (
    await tables.rows(
      `SELECT source_path, reason, detail FROM rejects ORDER BY reason, source_path LIMIT ${REJECTS_LISTED}`
    )
  ).map((row) => ({ sourcePath: String(row.source_path), reason: String(row.reason), detail: String(row.detail) }))
