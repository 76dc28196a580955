import { Schema } from "effect"
import * as Column from "./Columns.ts"
import { InputFormat, Lang, MtStatus } from "./Vocabulary.ts"

export const SCHEMA_VERSION = 1

/** One row of `documents`: field names are the column names of the contract. */
export const DocumentRow = Schema.Struct({
  doc_id: Column.varchar,
  source_path: Column.varchar,
  content_sha256: Column.varchar,
  format: Column.literal(InputFormat),
  encoding: Column.varchar,
  title: Column.nullableVarchar,
  published_date: Column.nullableDate,
  published_at: Column.nullableTimestampTz,
  date_inferred: Column.boolean,
  outlet: Column.nullableVarchar,
  author: Column.nullableVarchar,
  language: Column.literal(Lang),
  mt_status: Column.literal(MtStatus),
  mt_share: Column.unitDouble,
  text: Column.varchar,
  n_segments: Column.integer,
  n_noise: Column.integer,
  chars_raw: Column.integer,
  chars_clean: Column.integer,
  pipeline_version: Column.varchar,
  schema_version: Column.integer
})
export type DocumentRow = typeof DocumentRow.Type
