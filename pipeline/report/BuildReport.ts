/**
 * `pnpm report`: reads a run's output tables through DuckDB and writes
 * `report.html` beside them. The summaries cover every row; document views
 * cover a sample (`Sample.ts`), so the page stays small at corpus scale.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { Data, Effect } from "effect"
import { Config } from "../Config.ts"
import { readChartLibraries } from "./Assets.ts"
import { readChartData } from "./ChartData.ts"
import { chartSpecs } from "./ChartSpecs.ts"
import { readDocumentViews } from "./DocumentViews.ts"
import { readNoiseLines } from "./NoiseLines.ts"
import { documentStatsSql, readOverview } from "./Overview.ts"
import { renderPage } from "./Page.ts"
import { readRejects } from "./Rejects.ts"
import { readSample, SampleSizes } from "./Sample.ts"
import { type OutputTables, openOutputTables, readManifest } from "./Tables.ts"

export class ReportError extends Data.TaggedError("ReportError")<{
  readonly reason: "read" | "write"
  readonly message: string
}> {}

export interface ReportSummary {
  readonly file: string
  readonly bytes: number
  readonly documents: number
  readonly shownDocuments: number
}

/** A manifest without `mt_threshold` (an older run): the stage's default. */
const DEFAULT_MT_THRESHOLD = Config.translation.threshold

const renderReport = async (output: string, tables: OutputTables) => {
  const manifest = readManifest(output)
  await tables.run(`CREATE TEMP TABLE doc_stats AS ${documentStatsSql}`)
  const overview = await readOverview(tables)
  const chartData = await readChartData(tables)
  const noiseLines = await readNoiseLines(tables)
  const exampleDocs = [...new Set(noiseLines.map((line) => line.kind))].flatMap((kind) =>
    noiseLines
      .filter((line) => line.kind === kind)
      .slice(0, SampleSizes.examplesPerKind)
      .flatMap((line) => line.examples.slice(0, 1).map((example) => example.docId))
  )
  const views = await readDocumentViews(tables, await readSample(tables, exampleDocs))
  const threshold = typeof manifest?.mt_threshold === "number" ? manifest.mt_threshold : DEFAULT_MT_THRESHOLD
  const html = renderPage({
    output,
    overview,
    charts: chartSpecs(chartData, threshold),
    noiseLines,
    views,
    rejects: await readRejects(tables),
    manifest,
    libraries: readChartLibraries()
  })
  return { html, documents: overview.totals.documents, shownDocuments: views.length }
}

const readError = (error: unknown) =>
  new ReportError({ reason: "read", message: error instanceof Error ? error.message : String(error) })

/** Writes `output/report.html` (through a temporary file, so a reader never sees half a page). */
export const buildReport = (output: string) =>
  Effect.gen(function* () {
    const { html, documents, shownDocuments } = yield* Effect.acquireRelease(
      Effect.tryPromise({ try: () => openOutputTables(output), catch: readError }),
      (tables) => Effect.sync(() => tables.close())
    ).pipe(
      Effect.flatMap((tables) => Effect.tryPromise({ try: () => renderReport(output, tables), catch: readError })),
      Effect.scoped
    )
    const file = path.join(output, "report.html")
    yield* Effect.try({
      try: () => {
        fs.writeFileSync(`${file}.tmp`, html)
        fs.renameSync(`${file}.tmp`, file)
      },
      catch: (error) =>
        new ReportError({ reason: "write", message: error instanceof Error ? error.message : String(error) })
    })
    return { file, bytes: Buffer.byteLength(html), documents, shownDocuments } satisfies ReportSummary
  })
