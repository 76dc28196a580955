import { DocumentRow } from "./DocumentRow.ts"
import { RejectRow } from "./RejectRow.ts"
import { SegmentRow } from "./SegmentRow.ts"

/** The output tables of the contract, in the order they are written. */
export const Tables = {
  documents: DocumentRow,
  segments: SegmentRow,
  rejects: RejectRow
} as const
export type TableName = keyof typeof Tables
export const tableNames = Object.keys(Tables) as ReadonlyArray<TableName>
