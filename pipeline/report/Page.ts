/**
 * The report page: one HTML file with its styles, data, chart libraries and
 * script inline, so that it opens from disk with no network.
 */
import type { ChartLibrary } from "./Assets.ts"
import type { Chart } from "./ChartSpecs.ts"
import { documentViewHtml } from "./DocumentViewHtml.ts"
import type { DocumentView } from "./DocumentViews.ts"
import { documentAnchor, escapeHtml, integer, jsonForScript, percent, table } from "./Html.ts"
import { kindColors } from "./KindColors.ts"
import { LINES_PER_KIND, type NoiseLine } from "./NoiseLines.ts"
import type { GroupRow, Overview } from "./Overview.ts"
import { REJECTS_LISTED, type RejectView } from "./Rejects.ts"
import { SampleSizes } from "./Sample.ts"

export interface PageContent {
  readonly output: string
  readonly overview: Overview
  readonly charts: ReadonlyArray<Chart>
  readonly noiseLines: ReadonlyArray<NoiseLine>
  readonly views: ReadonlyArray<DocumentView>
  readonly rejects: ReadonlyArray<RejectView>
  readonly manifest: Readonly<Record<string, unknown>> | null
  readonly libraries: ReadonlyArray<ChartLibrary>
}

const styles = `
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 0 1.5rem 4rem; color: #222; font-size: 14px; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
nav a { margin-right: 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { border-bottom: 1px solid #eee; padding: 3px 8px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: flex; flex-wrap: wrap; gap: .8rem; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: .5rem .9rem; min-width: 9rem; }
.card b { display: block; font-size: 1.4rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 1rem; }
.chart-box p { color: #555; margin: .2rem 0; }
.kind { display: inline-block; border-radius: 3px; padding: 0 5px; margin-right: 6px; font-size: 12px; color: #111; }
.document { border-top: 2px solid #ccc; margin-top: 2rem; content-visibility: auto; contain-intrinsic-size: auto 800px; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.meta dt { color: #666; } .meta dd { margin: 0; }
.none { color: #999; font-style: italic; }
.reason { background: #eef; border-radius: 3px; padding: 0 5px; font-size: 12px; }
table.lines { width: 100%; table-layout: fixed; }
table.lines td.ln { width: 4rem; color: #888; } table.lines th:first-child { width: 4rem; }
tr.removed td.raw .line-text { text-decoration: line-through; text-decoration-color: #c33; color: #666; }
tr.kept td.raw .kind { opacity: .6; }
tr.mt td.clean { background: #fff6e0; }
.evidence { color: #777; font-size: 11px; }
.note { color: #a40; }
`

const kindStyles = Object.entries(kindColors)
  .map(
    ([kind, color]) =>
      `.kind[data-kind="${kind}"] { background: ${color}; } tr.removed[data-kind="${kind}"] td.raw { border-left: 4px solid ${color}; }`
  )
  .join("\n")

/** Draws every chart; a chart that fails says so on the console, which the tests watch. */
const script = `
const specs = JSON.parse(document.getElementById("chart-specs").textContent);
window.chartsDrawn = Promise.all(specs.map(({ id, spec }) =>
  vegaEmbed("#" + id, spec, { renderer: "svg", actions: false }).catch((error) => console.error("chart " + id + ": " + error))
));
`

const card = (label: string, value: string, note = ""): string =>
  `<div class="card"><span>${escapeHtml(label)}</span><b>${value}</b>${note === "" ? "" : `<span>${note}</span>`}</div>`

const groupTable = (title: string, rows: ReadonlyArray<GroupRow>): string =>
  table(
    [title, "documents", "segments", "noise segments", "characters kept", "characters removed", "removed"],
    rows.map((row) => [
      escapeHtml(row.name),
      integer(row.documents),
      integer(row.segments),
      integer(row.noiseSegments),
      integer(row.charsKept),
      integer(row.charsRemoved),
      percent(row.charsRemoved, row.charsKept + row.charsRemoved)
    ]),
    [1, 2, 3, 4, 5, 6]
  )

const flatten = (value: unknown, prefix: string): ReadonlyArray<readonly [string, string]> =>
  value !== null && typeof value === "object" && !Array.isArray(value)
    ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix === "" ? key : `${prefix}.${key}`))
    : [[prefix, typeof value === "string" ? value : JSON.stringify(value)]]

const runSection = (manifest: PageContent["manifest"], libraries: ReadonlyArray<ChartLibrary>): string => {
  if (manifest === null) return "<p>No manifest.json in the output folder: versions and thresholds are unknown.</p>"
  const versions = ["pipeline_version", "schema_version", "rules_version", "node_version", "created_at", "mt_threshold"]
  const rows = [
    ...versions.filter((key) => key in manifest).map((key) => [key, String(manifest[key])] as const),
    ...flatten(manifest.config ?? {}, "config"),
    ...libraries.map((library) => [`report.${library.name}`, library.version] as const)
  ]
  return table(
    ["setting", "value"],
    rows.map(([key, value]) => [`<code>${escapeHtml(key)}</code>`, escapeHtml(value)])
  )
}

const noiseLinesSection = (lines: ReadonlyArray<NoiseLine>, shown: ReadonlySet<string>): string => {
  if (lines.length === 0) return "<p>No noise segments.</p>"
  const kinds = [...new Set(lines.map((line) => line.kind))]
  return kinds
    .map((kind) => {
      const rows = lines
        .filter((line) => line.kind === kind)
        .map((line) => [
          escapeHtml(line.line),
          integer(line.segments),
          integer(line.documents),
          line.examples
            .map(({ docId, sourcePath }) =>
              shown.has(docId)
                ? `<a href="#${documentAnchor(docId)}">${escapeHtml(sourcePath)}</a>`
                : `<code>${escapeHtml(sourcePath)}</code>`
            )
            .join("<br>")
        ])
      return `<h3><span class="kind" data-kind="${escapeHtml(kind)}">${escapeHtml(kind)}</span></h3>\n${table(["normalised line", "segments", "documents", "examples"], rows, [1, 2])}`
    })
    .join("\n")
}

export const renderPage = (content: PageContent): string => {
  const { overview, views } = content
  const { totals } = overview
  const shown = new Set(views.map((view) => view.docId))
  const specs = content.charts.map(({ id, spec }) => ({ id, spec }))
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tinsach report: ${escapeHtml(content.output)}</title>
<style>${styles}${kindStyles}</style>
</head><body>
<h1>tinsach report</h1>
<p>Output folder <code>${escapeHtml(content.output)}</code>${content.manifest?.created_at === undefined ? "" : `, run of ${escapeHtml(String(content.manifest.created_at))}`}.</p>
<nav><a href="#overview">Overview</a><a href="#charts">Charts</a><a href="#noise-lines">Noise lines</a><a href="#documents">Documents</a><a href="#rejects">Rejects</a><a href="#run">Run</a></nav>
<h2 id="overview">Overview</h2>
<div class="cards">
${card("documents", integer(totals.documents))}
${card("segments", integer(totals.segments), `${integer(totals.noiseSegments)} noise`)}
${card("characters kept", integer(totals.charsKept))}
${card("characters removed", integer(totals.charsRemoved), percent(totals.charsRemoved, totals.charsKept + totals.charsRemoved))}
${card("machine-translated", integer(totals.mtDocuments), `documents; ${integer(totals.charsMachineTranslated)} kept characters flagged`)}
${card("rejects", integer(totals.rejects))}
</div>
<h3>Per outlet</h3>
${groupTable("outlet", overview.outlets)}
<h3>Per language</h3>
${groupTable("language", overview.languages)}
<h2 id="charts">Charts</h2>
<div class="charts">
${content.charts.map((chart) => `<div class="chart-box"><h3>${escapeHtml(chart.title)}</h3><div id="${chart.id}" class="chart"></div><p>${escapeHtml(chart.caption)}</p></div>`).join("\n")}
</div>
<h2 id="noise-lines">Most frequent noise lines</h2>
<p>Per kind, the ${LINES_PER_KIND} most frequent noise lines, normalised (lower case, digits as 0, spaces collapsed), with up to three documents where each was seen; a linked one has its view below.</p>
${noiseLinesSection(content.noiseLines, shown)}
<h2 id="documents">Documents</h2>
<p>${integer(views.length)} of ${integer(totals.documents)} documents are shown: up to ${SampleSizes.perOutlet} per outlet (of the ${SampleSizes.outlets} outlets with most documents), the ${SampleSizes.mostNoise} with the largest share of noise segments, the ${SampleSizes.lowestScore} with the least certain segment (lowest kind_score), and the first example of the ${SampleSizes.examplesPerKind} most frequent noise lines of each kind. Removed lines are struck through and marked by kind.</p>
${views.map(documentViewHtml).join("\n")}
<h2 id="rejects">Rejects</h2>
${
  overview.rejectReasons.length === 0
    ? "<p>No input was rejected.</p>"
    : table(
        ["reason", "inputs"],
        overview.rejectReasons.map((row) => [escapeHtml(row.reason), integer(row.rejects)]),
        [1]
      )
}
${content.rejects.length < totals.rejects ? `<p>The first ${REJECTS_LISTED} of ${integer(totals.rejects)} rejects.</p>` : ""}
${
  content.rejects.length === 0
    ? ""
    : table(
        ["input", "reason", "detail"],
        content.rejects.map((row) => [
          `<code>${escapeHtml(row.sourcePath)}</code>`,
          escapeHtml(row.reason),
          escapeHtml(row.detail)
        ])
      )
}
<h2 id="run">Run</h2>
${runSection(content.manifest, content.libraries)}
<script type="application/json" id="chart-specs">${jsonForScript(specs)}</script>
${content.libraries.map((library) => `<script>/* ${library.name} ${library.version} */\n${library.source}\n</script>`).join("\n")}
<script>${script}</script>
</body></html>
`
}
