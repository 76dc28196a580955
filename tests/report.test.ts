/**
 * The report of a run over the seeds, dev pages and a CSV, a JSONL and an
 * HTML input, opened in headless Chromium: no console error, no request
 * beyond the file, every chart drew marks, and each document view marks its
 * removed lines with the kinds the segments table gives them. A screenshot
 * is saved as tmp/artifacts/report.png.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import Papa from "papaparse"
import { writeSyntheticOutput } from "../pipeline/bench/SyntheticOutput.ts"
import { buildReport } from "../pipeline/report/BuildReport.ts"
import { chromiumPath, openReport } from "../pipeline/report/OpenInBrowser.ts"
import { SampleSizes } from "../pipeline/report/Sample.ts"
import { projectRoot, query, runInto, seedsDir, sqlPath, temporaryDir } from "./support/pipeline.ts"

const browser = chromiumPath()
const inCi = process.env.CI !== undefined && process.env.CI !== ""
if (browser === null && !inCi) {
  console.warn("report.test.ts: skipped, no Chromium (install Debian's chromium package or set CHROMIUM_PATH)")
}
const artifacts = path.join(projectRoot, "tmp/artifacts")
const devPages = path.join(projectRoot, "tests/gold/dev/raw")

/** Seeds, eight dev pages, and the first two seeds again as a CSV row, a JSONL line and an HTML page; one binary file. */
const makeInputs = (): string => {
  const input = temporaryDir("tinsach-report-in-")
  const seeds = fs.readdirSync(seedsDir).sort()
  for (const file of seeds) fs.copyFileSync(path.join(seedsDir, file), path.join(input, file))
  if (fs.existsSync(devPages)) {
    for (const file of fs.readdirSync(devPages).sort().slice(0, 8)) {
      fs.copyFileSync(path.join(devPages, file), path.join(input, `dev-${file}`))
    }
  }
  const raws = seeds.slice(0, 2).map((file) => fs.readFileSync(path.join(seedsDir, file), "utf8"))
  fs.writeFileSync(
    path.join(input, "export.csv"),
    Papa.unparse(raws.map((raw, i) => ({ id: i, title: "", content: raw, source: "Báo Nghệ An" })))
  )
  fs.writeFileSync(path.join(input, "export.jsonl"), `${raws.map((raw) => JSON.stringify({ body: raw })).join("\n")}\n`)
  const html = (raws[1] ?? "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `<p>${line.replaceAll("&", "&amp;").replaceAll("<", "&lt;")}</p>`)
  fs.writeFileSync(
    path.join(input, "page.html"),
    `<!doctype html><html><head><meta charset="utf-8"></head><body><nav><a href="/">Trang chủ</a></nav><article>${html.join("\n")}</article><footer>© Báo</footer></body></html>`
  )
  fs.writeFileSync(path.join(input, "photo.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0]))
  return input
}

describe("report", () => {
  it.skipIf(browser === null && !inCi)(
    "opens in Chromium with every chart drawn and removed lines marked by kind",
    async () => {
      const output = path.join(temporaryDir("tinsach-report-"), "output")
      await Effect.runPromise(runInto(output, [makeInputs()]))
      const summary = await Effect.runPromise(buildReport(output))
      expect(summary.documents).toBeGreaterThan(10)
      expect(summary.shownDocuments).toBe(summary.documents)

      fs.mkdirSync(artifacts, { recursive: true })
      const screenshot = path.join(artifacts, "report.png")
      if (browser === null) throw new Error("CI without Chromium: .ci/run installs it")
      const opened = await openReport(summary.file, { executablePath: browser, screenshot, screenshotHeight: 2200 })

      expect(opened.consoleErrors).toEqual([])
      expect(opened.otherRequests).toEqual([])
      expect(Object.keys(opened.chartMarks).sort()).toEqual([
        "chart-kind-score",
        "chart-kinds-per-outlet",
        "chart-months",
        "chart-mt-score",
        "chart-noise-share"
      ])
      for (const [chart, marks] of Object.entries(opened.chartMarks)) {
        expect({ chart, drawn: marks > 0 }).toEqual({ chart, drawn: true })
      }
      // every view marks exactly its noise segments, in order, with their kinds
      const noise = await query(
        `SELECT doc_id, list(kind ORDER BY seq) AS kinds FROM ${sqlPath(path.join(output, "segments.parquet"))}
         WHERE is_noise GROUP BY doc_id`
      )
      const expected = Object.fromEntries(noise.map((row) => [`doc-${String(row.doc_id)}`, row.kinds]))
      const marked = Object.fromEntries(Object.entries(opened.removedKinds).filter(([, kinds]) => kinds.length > 0))
      expect(marked).toEqual(expected)
      expect(Object.keys(marked).length).toBeGreaterThan(5)

      const html = fs.readFileSync(summary.file, "utf8")
      // the noise lines' examples link to document views that exist
      const links = [...html.matchAll(/href="#(doc-[0-9a-f]+)"/gu)].map((match) => match[1])
      expect(links.length).toBeGreaterThan(10)
      expect(links.filter((id) => !html.includes(`id="${id}"`))).toEqual([])
      expect(html).toContain("photo.txt")
      expect(html).toContain("binary")
      expect(fs.statSync(screenshot).size).toBeGreaterThan(10_000)
    },
    180_000
  )

  it("shows a bounded sample of a larger output, and says so", async () => {
    const work = temporaryDir("tinsach-report-scale-")
    await Effect.runPromise(runInto(path.join(work, "seeds")))
    const output = path.join(work, "synthetic")
    await writeSyntheticOutput(path.join(work, "seeds"), output, 3000)
    const summary = await Effect.runPromise(buildReport(output))
    const html = fs.readFileSync(summary.file, "utf8")
    const bound =
      SampleSizes.outlets * SampleSizes.perOutlet +
      SampleSizes.mostNoise +
      SampleSizes.lowestScore +
      13 * SampleSizes.examplesPerKind
    expect(summary.documents).toBe(3000)
    expect(summary.shownDocuments).toBeLessThanOrEqual(bound)
    expect(html).toContain(`${summary.shownDocuments} of 3,000 documents are shown`)
    // at most perOutlet documents of one outlet are there for their outlet
    const outletOf = [...html.matchAll(/<article class="document"[\s\S]*?<dt>outlet<\/dt><dd>([^<]*)<\/dd>/gu)]
    const sampledFor = [...html.matchAll(/<p class="why">(.*?)<\/p>/gu)].map((match) => match[1] ?? "")
    expect(outletOf.length).toBe(summary.shownDocuments)
    const perOutlet = new Map<string, number>()
    outletOf.forEach((match, i) => {
      if (sampledFor[i]?.includes(">outlet<")) perOutlet.set(match[1] ?? "", (perOutlet.get(match[1] ?? "") ?? 0) + 1)
    })
    expect(Math.max(...perOutlet.values())).toBe(SampleSizes.perOutlet)
    expect(summary.bytes).toBeLessThan(10_000_000)
  }, 120_000)
})
