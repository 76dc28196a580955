/**
 * The floor of the benchmark: what reading raw text into Parquet and CSV costs
 * with no cleaning at all. The same files as the pipeline, listed the same way,
 * read, decoded as UTF-8, split into lines, appended through a DuckDB appender
 * into a staging database file and copied to Parquet (zstd) and CSV.
 * Prints one JSON line of figures on stdout.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { DuckDBDataChunkWriter, DuckDBInstance, JSToDuckDBValueConverter } from "@duckdb/node-api"
import { PARQUET_OPTIONS } from "../services/DuckDb.ts"
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
const instance = await DuckDBInstance.create(staging)
const connection = await instance.connect()
await connection.run(`SET memory_limit = '384MB'`) // as the pipeline's sink
await connection.run("CREATE TABLE lines (source_path VARCHAR, line INTEGER, text VARCHAR)")
const appender = await connection.createAppender("lines")
const writer = DuckDBDataChunkWriter.forAppender(appender, { converter: JSToDuckDBValueConverter })
const decoder = new TextDecoder("utf-8")
const { files } = listInputs(input)
let bytes = 0
let rows = 0
let checkpointed = 0
for (const file of files) {
  const raw = fs.readFileSync(file.absolutePath)
  bytes += raw.length
  const lines = decoder.decode(raw).split(/\r\n|\r|\n/u)
  lines.forEach((text, index) => {
    if (text.length === 0) return
    writer.appendRow([file.sourcePath, index + 1, text])
    rows++
  })
  if (rows - checkpointed >= 50_000) {
    // as the pipeline's sink does: commit and checkpoint, or DuckDB holds every row in memory
    writer.flush()
    appender.flushSync()
    await connection.run("CHECKPOINT")
    checkpointed = rows
  }
}
writer.flush()
appender.closeSync()
await connection.run(`COPY lines TO '${path.join(output, "lines.parquet")}' (${PARQUET_OPTIONS})`)
await connection.run(`COPY lines TO '${path.join(output, "lines.csv")}' (FORMAT csv, HEADER)`)
connection.closeSync()
fs.rmSync(path.dirname(staging), { recursive: true, force: true })
const seconds = (performance.now() - started) / 1000
process.stdout.write(
  `${JSON.stringify({ documents: files.length, rows, bytes, seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024 })}\n`
)
