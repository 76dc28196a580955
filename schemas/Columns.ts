/**
 * Column schemas that carry their DuckDB type, so that a table's DDL is derived
 * from the same Effect Schema its rows decode with and the two cannot drift.
 */
import { Option, Schema, SchemaAST } from "effect"

export const DuckDbColumn = Symbol.for("tinsach/DuckDbColumn")

export interface DuckDbColumnInfo {
  readonly type: string
  readonly nullable: boolean
}

const annotate = <S extends Schema.Schema.Any>(schema: S, info: DuckDbColumnInfo) =>
  schema.annotations({ [DuckDbColumn]: info }) as S

const isoDate = /^\d{4}-\d{2}-\d{2}$/
// DuckDB renders TIMESTAMPTZ as `2015-01-29 10:58:00+00`; the pipeline writes ISO 8601.
const isoTimestampTz = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/

export const varchar = annotate(Schema.String, { type: "VARCHAR", nullable: false })
export const integer = annotate(Schema.Int, { type: "INTEGER", nullable: false })
export const double = annotate(Schema.Number, { type: "DOUBLE", nullable: false })
export const unitDouble = annotate(Schema.Number.pipe(Schema.between(0, 1)), {
  type: "DOUBLE",
  nullable: false
})
export const boolean = annotate(Schema.Boolean, { type: "BOOLEAN", nullable: false })
export const varcharList = annotate(Schema.Array(Schema.String), { type: "VARCHAR[]", nullable: false })
export const literal = <S extends Schema.Schema.Any>(schema: S) =>
  annotate(schema, { type: "VARCHAR", nullable: false })

export const nullableVarchar = annotate(Schema.NullOr(Schema.String), { type: "VARCHAR", nullable: true })
export const nullableDate = annotate(Schema.NullOr(Schema.String.pipe(Schema.pattern(isoDate))), {
  type: "DATE",
  nullable: true
})
export const nullableTimestampTz = annotate(Schema.NullOr(Schema.String.pipe(Schema.pattern(isoTimestampTz))), {
  type: "TIMESTAMP WITH TIME ZONE",
  nullable: true
})

export interface ColumnSpec extends DuckDbColumnInfo {
  readonly name: string
}

/** The columns of a row schema, in field order, with their DuckDB types. */
export const columnsOf = (schema: Schema.Schema.Any): ReadonlyArray<ColumnSpec> => {
  const ast = schema.ast
  if (ast._tag !== "TypeLiteral") throw new Error("columnsOf expects a Schema.Struct")
  return ast.propertySignatures.map((property) => {
    const info = SchemaAST.getAnnotation<DuckDbColumnInfo>(property.type, DuckDbColumn)
    if (Option.isNone(info)) throw new Error(`column ${String(property.name)} has no DuckDB type`)
    return { name: String(property.name), ...info.value }
  })
}

/** `CREATE TABLE` for a row schema. */
export const createTableSql = (table: string, schema: Schema.Schema.Any): string => {
  const columns = columnsOf(schema).map(
    (column) => `"${column.name}" ${column.type}${column.nullable ? "" : " NOT NULL"}`
  )
  return `CREATE TABLE "${table}" (${columns.join(", ")})`
}
