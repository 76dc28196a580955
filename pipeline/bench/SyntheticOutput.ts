/**
 * A synthetic output folder of N documents for the report's bench, made in
 * DuckDB from a real run over the seeds: document i copies seed document
 * i mod 5 and its segments, with its own id and path, one of 60 outlets
 * (a skewed draw, as a crawl is), a date over eight years, scores jittered
 * and numbers in the text varied (so noise lines repeat as templates, not as
 * copies). The columns are the contract's, since every row is a seed row
 * with some values replaced.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { PARQUET_OPTIONS, sqlString } from "../services/DuckDb.ts"

const OUTLETS = 60

export const writeSyntheticOutput = async (seedsOutput: string, target: string, documents: number): Promise<void> => {
  fs.mkdirSync(target, { recursive: true })
  const instance = await DuckDBInstance.create(":memory:")
  const connection = await instance.connect()
  const file = (table: string) => sqlString(path.join(seedsOutput, `${table}.parquet`))
  const out = (table: string) => sqlString(path.join(target, `${table}.parquet`))
  try {
    await connection.run("SET TimeZone = 'UTC'")
    await connection.run(
      `CREATE TABLE seed_docs AS SELECT row_number() OVER (ORDER BY doc_id) - 1 AS k, * FROM read_parquet(${file("documents")})`
    )
    const seedCount = Number((await connection.runAndReadAll("SELECT count(*) FROM seed_docs")).getRows()[0]?.[0])
    await connection.run(`CREATE TABLE plan AS SELECT i, i % ${seedCount} AS k, printf('%016x', hash(i, 'doc')) AS doc_id,
        'crawl/' || (i // 1000) || '/' || i || '.txt' AS source_path,
        -- a skewed outlet draw: the square of a uniform number favours the first outlets
        'Outlet ' || (floor(pow((hash(i, 'outlet') % 10000) / 10000, 2) * ${OUTLETS}) + 1)::INTEGER AS outlet,
        DATE '2016-01-01' + (hash(i, 'date') % 2900)::INTEGER AS published_date,
        (hash(i, 'jitter') % 1000) / 1000 AS jitter
      FROM range(${documents}) r(i)`)
    await connection.run(`COPY (
        SELECT d.* REPLACE (p.doc_id AS doc_id, p.source_path AS source_path, p.outlet AS outlet,
          p.published_date AS published_date, CAST(p.published_date AS TIMESTAMPTZ) AS published_at,
          regexp_replace(d.text, '[0-9]+', (p.i % 97)::VARCHAR, 'g') AS text)
        FROM plan p JOIN seed_docs d USING (k) ORDER BY p.i
      ) TO ${out("documents")} (${PARQUET_OPTIONS})`)
    await connection.run(`COPY (
        SELECT s.* REPLACE (p.doc_id AS doc_id, p.source_path AS source_path,
          least(1.0, s.kind_score * (0.6 + 0.5 * p.jitter)) AS kind_score,
          CASE WHEN s.mt_score > 0 THEN least(1.0, greatest(0.0, s.mt_score + 0.3 * (p.jitter - 0.5))) ELSE 0.0 END AS mt_score,
          regexp_replace(s.text, '[0-9]+', (p.i % 97)::VARCHAR, 'g') AS text,
          regexp_replace(s.raw_text, '[0-9]+', (p.i % 97)::VARCHAR, 'g') AS raw_text)
        FROM plan p JOIN seed_docs d USING (k) JOIN read_parquet(${file("segments")}) s ON s.doc_id = d.doc_id
        ORDER BY p.i, s.seq
      ) TO ${out("segments")} (${PARQUET_OPTIONS})`)
    await connection.run(`COPY (
        SELECT 'crawl/broken/' || i || '.txt' AS source_path,
          ['binary', 'empty', 'malformed', 'undecodable'][i % 4 + 1] AS reason,
          'a synthetic reject' AS detail
        FROM range(${Math.ceil(documents / 250)}) r(i)
      ) TO ${out("rejects")} (${PARQUET_OPTIONS})`)
    const manifest = JSON.parse(fs.readFileSync(path.join(seedsOutput, "manifest.json"), "utf8")) as Record<
      string,
      unknown
    >
    fs.writeFileSync(
      path.join(target, "manifest.json"),
      `${JSON.stringify({ ...manifest, options: { synthetic_documents: documents }, inputs: [] }, null, 2)}\n`
    )
  } finally {
    connection.closeSync()
    instance.closeSync()
  }
}
