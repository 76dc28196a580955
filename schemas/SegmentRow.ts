import { Schema } from "effect"
import * as Column from "./Columns.ts"
import { Kind, Lang } from "./Vocabulary.ts"

/** One row of `segments`: field names are the column names of the contract. */
export const SegmentRow = Schema.Struct({
  doc_id: Column.varchar,
  seq: Column.integer,
  source_path: Column.varchar,
  line_start: Column.integer,
  line_end: Column.integer,
  kind: Column.literal(Kind),
  is_noise: Column.boolean,
  kind_score: Column.unitDouble,
  kind_evidence: Column.varcharList,
  lang: Column.literal(Lang),
  lang_score: Column.unitDouble,
  mt_flag: Column.boolean,
  mt_score: Column.unitDouble,
  mt_signals: Column.varcharList,
  text: Column.varchar,
  raw_text: Column.varchar
})
export type SegmentRow = typeof SegmentRow.Type
