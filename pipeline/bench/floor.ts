/**
 * The floor of the benchmark: what reading raw text into Parquet and CSV costs
 * with no cleaning at all. The same files as the pipeline, listed the same way,
 * read, decoded as UTF-8, split into lines, and written the way the pipeline
 * writes its rows: one NDJSON line per row (`rowLine`) staged to a file
 * (`StagingRows.ts`), loaded into a staging database with one `read_json`, then
 * copied to Parquet (zstd) and CSV, with the pipeline's memory limit and
 * threads. Prints one JSON line of figures on stdout.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { rowLine } from "../EncodedRows.ts"
import { PARQUET_OPTIONS } from "../services/DuckDb.ts"
import { openStagingRows } from "../services/StagingRows.ts"
import { listInputs } from "../stages/ReadInput.ts"

const [input, output] = process.argv.slice(2)
if (input === undefined || output === undefined) {
  process.stderr.write("usage: floor INPUT OUTPUT\n")
  process.exit(2)
}

const started = performance.now()
fs.rmSync(output, { recursive: true, force: true })
fs.mkdirSync(output, { recursive: true })
const staging = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-floor-")), "floor.duckdb")
const rowsFile = openStagingRows(`${staging}.lines.jsonl`)
const decoder = new TextDecoder("utf-8")
const { files } = listInputs(input)
let bytes = 0
let rows = 0
for (const file of files) {
  const raw = fs.readFileSync(file.absolutePath)
  bytes += raw.length
  const lines = decoder.decode(raw).split(/\r\n|\r|\n/u)
  let encoded = ""
  lines.forEach((text, index) => {
    if (text.length === 0) return
    encoded += rowLine({ source_path: file.sourcePath, line: index + 1, text })
    rows++
  })
  rowsFile.write(encoded)
}
const instance = await DuckDBInstance.create(staging)
const connection = await instance.connect()
await connection.run("SET memory_limit = '384MB'") // as the pipeline's sink
await connection.run("SET threads = 2")
await connection.run("CREATE TABLE lines (source_path VARCHAR, line INTEGER, text VARCHAR)")
const columns = [
  { name: "source_path", type: "VARCHAR", nullable: false },
  { name: "line", type: "INTEGER", nullable: false },
  { name: "text", type: "VARCHAR", nullable: false }
]
await connection.run(`INSERT INTO lines SELECT * FROM ${rowsFile.finish(columns)}`)
rowsFile.remove()
await connection.run("SET memory_limit = '512MB'")
await connection.run("SET threads = 1")
await connection.run(`COPY lines TO '${path.join(output, "lines.parquet")}' (${PARQUET_OPTIONS})`)
await connection.run(`COPY lines TO '${path.join(output, "lines.csv")}' (FORMAT csv, HEADER)`)
connection.closeSync()
fs.rmSync(path.dirname(staging), { recursive: true, force: true })
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `${JSON.stringify({ documents: files.length, rows, bytes, seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024 })}\n`
)
