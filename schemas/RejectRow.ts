import { Schema } from "effect"
import * as Column from "./Columns.ts"
import { RejectReason } from "./Vocabulary.ts"

/** One row of `rejects`: an input that could not be read, and why. */
export const RejectRow = Schema.Struct({
  source_path: Column.varchar,
  reason: Column.literal(RejectReason),
  detail: Column.varchar
})
export type RejectRow = typeof RejectRow.Type
