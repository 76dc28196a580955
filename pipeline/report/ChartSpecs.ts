/**
 * The charts as Vega-Lite specifications, with their (aggregated) data inline:
 * the page needs nothing but the bundled libraries to draw them.
 */
import type { ChartData } from "./ChartData.ts"
import { kindColors, noiseKinds } from "./KindColors.ts"

export interface Chart {
  readonly id: string
  readonly title: string
  /** What the chart shows and how to read it, printed under it. */
  readonly caption: string
  readonly spec: Readonly<Record<string, unknown>>
}

const base = { $schema: "https://vega.github.io/schema/vega-lite/v6.json", width: 440 } as const

const kindScale = {
  domain: noiseKinds,
  range: noiseKinds.map((kind) => kindColors[kind])
}

const percent = { format: ".1~%" } as const
const counts = { tickMinStep: 1, format: "~s" } as const

export const chartSpecs = (data: ChartData, mtThreshold: number): ReadonlyArray<Chart> => [
  {
    id: "chart-noise-share",
    title: "Noise share per outlet",
    caption: "Characters in noise segments over all segment characters, per outlet (the 25 with most documents).",
    spec: {
      ...base,
      data: { values: data.noiseShare },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "outlet", type: "nominal", sort: "-x", title: null },
        x: { field: "noise_share", type: "quantitative", title: "noise share of characters", axis: percent },
        color: { value: "#e15759" }
      }
    }
  },
  {
    id: "chart-kinds-per-outlet",
    title: "Noise kinds per outlet",
    caption: "Noise segments per outlet by kind, each bar scaled to 100 %.",
    spec: {
      ...base,
      data: { values: data.kindsPerOutlet },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "outlet", type: "nominal", title: null },
        x: {
          field: "segments",
          type: "quantitative",
          stack: "normalize",
          title: "share of noise segments",
          axis: percent
        },
        color: { field: "kind", type: "nominal", scale: kindScale, title: "kind" }
      }
    }
  },
  {
    id: "chart-mt-score",
    title: "Machine-translation score",
    caption: `Content segments by mt_score (bins of 0.05, square-root scale); the red rule is the threshold ${mtThreshold}: segments at or above it are flagged.`,
    spec: {
      ...base,
      layer: [
        {
          data: { values: data.mtScores },
          mark: { type: "bar", tooltip: true, color: "#4e79a7" },
          encoding: {
            x: { field: "bin_start", type: "quantitative", bin: { binned: true, step: 0.05 }, title: "mt_score" },
            x2: { field: "bin_end" },
            y: { field: "segments", type: "quantitative", scale: { type: "sqrt" }, title: "segments" }
          }
        },
        {
          data: { values: [{ threshold: mtThreshold }] },
          mark: { type: "rule", color: "#e15759", strokeWidth: 2 },
          encoding: { x: { field: "threshold", type: "quantitative" } }
        }
      ]
    }
  },
  {
    id: "chart-months",
    title: "Documents per publication month",
    caption: `Documents by the month of published_date; ${data.undated} without a date are not drawn.`,
    spec: {
      ...base,
      data: { values: data.months },
      mark: { type: "bar", tooltip: true, color: "#59a14f" },
      encoding: {
        x: { field: "month", type: "temporal", timeUnit: "yearmonth", title: "month" },
        y: { field: "documents", type: "quantitative", title: "documents", axis: counts }
      }
    }
  },
  {
    id: "chart-kind-score",
    title: "Line classifier score",
    caption: "Segments by kind_score (the classifier's probability of the kind it gave), content and noise stacked.",
    spec: {
      ...base,
      data: { values: data.kindScores },
      mark: { type: "bar", tooltip: true },
      encoding: {
        x: { field: "bin_start", type: "quantitative", bin: { binned: true, step: 0.05 }, title: "kind_score" },
        x2: { field: "bin_end" },
        y: { field: "segments", type: "quantitative", stack: true, title: "segments", axis: counts },
        color: {
          field: "label",
          type: "nominal",
          scale: { domain: ["content", "noise"], range: ["#9e9e9e", "#e15759"] },
          title: null
        }
      }
    }
  }
]
