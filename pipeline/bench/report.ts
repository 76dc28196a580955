/**
 * `pnpm report:bench [--documents N] [--screenshot FILE]`: the report at
 * corpus scale. Cleans the seeds, makes a synthetic output of N documents
 * from them (default 50,000; `SyntheticOutput.ts`), writes its report and
 * prints the time to write it, its size (target: under 10 MB) and the time
 * headless Chromium takes to open it and draw every chart (target: under
 * 5 s). The synthetic output is kept in the system's temporary folder
 * and reused (`--synthetic DIR` to put it elsewhere). With `--screenshot`, also saves a screenshot of the seeds' own
 * report (the README's). Figures are printed for people; no test times them.
 */
import { spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { parseArgs } from "node:util"
import { Effect } from "effect"
import { buildReport } from "../report/BuildReport.ts"
import { chromiumPath, openReport } from "../report/OpenInBrowser.ts"
import { writeSyntheticOutput } from "./SyntheticOutput.ts"

const root = path.resolve(import.meta.dirname, "../..")
const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "50000" },
    screenshot: { type: "string" },
    synthetic: { type: "string" }
  }
})
const documents = Number(values.documents)
if (!(Number.isInteger(documents) && documents > 0)) {
  process.stderr.write("report:bench: --documents must be a positive integer\n")
  process.exit(2)
}
const say = (line: string) => process.stdout.write(`${line}\n`)
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-report-bench-"))
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2)

const seedsOutput = path.join(work, "seeds")
const run = spawnSync(
  process.execPath,
  ["--import", "tsx", path.join(root, "pipeline/main.ts"), "--output", seedsOutput, "--workers", "1", "--quiet"],
  { cwd: root, encoding: "utf8" }
)
if (run.status !== 0) throw new Error(`report:bench: the seeds' run failed: ${run.stderr}`)

const browser = chromiumPath()
if (values.screenshot !== undefined) {
  const seedsReport = await Effect.runPromise(buildReport(seedsOutput))
  if (browser === null)
    throw new Error("report:bench: --screenshot needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)")
  await openReport(seedsReport.file, { executablePath: browser, screenshot: values.screenshot, screenshotHeight: 1500 })
  say(`screenshot of the seeds' report: ${values.screenshot}`)
}

// the synthetic output is kept in the temporary folder and reused, as `pnpm bench` keeps its corpus
const synthetic = values.synthetic ?? path.join(os.tmpdir(), `tinsach-report-bench-${documents}-documents`)
let started = performance.now()
if (!fs.existsSync(path.join(synthetic, "manifest.json"))) {
  fs.rmSync(synthetic, { recursive: true, force: true })
  await writeSyntheticOutput(seedsOutput, synthetic, documents)
}
say(
  `synthetic output: ${documents.toLocaleString("en-US")} documents, made or checked in ${seconds(started)} s (${synthetic})`
)

started = performance.now()
const summary = await Effect.runPromise(buildReport(synthetic))
say(
  `report:   ${(summary.bytes / 1e6).toFixed(2)} MB (target < 10 MB), written in ${seconds(started)} s; ${summary.shownDocuments} of ${summary.documents.toLocaleString("en-US")} documents shown`
)
if (browser === null) {
  say("chromium: not found (install Debian's chromium or set CHROMIUM_PATH): no open time")
} else {
  // the first launch warms the disk cache; the second is the figure
  await openReport(summary.file, { executablePath: browser })
  const opened = await openReport(summary.file, { executablePath: browser })
  const marks = Object.values(opened.chartMarks)
  say(
    `chromium: opened and drew ${marks.length} charts (${marks.reduce((a, b) => a + b, 0)} marks) in ${(opened.drawMs / 1000).toFixed(2)} s (target < 5 s); ${opened.consoleErrors.length} console errors`
  )
  say(
    `          CPU: ${(opened.mainThreadCpuMs / 1000).toFixed(2)} s on the page's main thread, ${(opened.rendererCpuMs / 1000).toFixed(2)} s in its renderer process; load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")} on ${os.cpus().length} cores`
  )
}
fs.rmSync(work, { recursive: true, force: true })
