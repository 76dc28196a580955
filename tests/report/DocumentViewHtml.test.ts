/** A document view: removed lines marked by kind with their evidence, kept lines beside their clean text. */
import { describe, expect, it } from "@effect/vitest"
import { documentViewHtml } from "../../pipeline/report/DocumentViewHtml.ts"
import type { DocumentView, SegmentView } from "../../pipeline/report/DocumentViews.ts"

const segment = (fields: Partial<SegmentView>): SegmentView => ({
  seq: 0,
  lineStart: 1,
  lineEnd: 1,
  kind: "body",
  isNoise: false,
  kindScore: 0.9,
  kindEvidence: [],
  lang: "vi",
  mtFlag: false,
  mtScore: 0,
  mtSignals: [],
  text: "",
  rawText: "",
  ...fields
})

const view: DocumentView = {
  docId: "abc",
  reasons: ["outlet", "most noise"],
  sourcePath: "a/b.txt",
  title: "Tin <mới>",
  publishedDate: "2015-01-27",
  dateInferred: true,
  outlet: "VTV",
  author: null,
  language: "fr",
  mtStatus: "full",
  mtShare: 1,
  segmentCount: 2,
  noiseCount: 1,
  segments: [
    segment({
      kind: "related",
      isNoise: true,
      kindScore: 0.64,
      kindEvidence: ["rule:vi.related.phrase"],
      rawText: "Cùng chuyên mục"
    }),
    segment({
      seq: 1,
      lineStart: 3,
      lineEnd: 4,
      lang: "fr",
      mtFlag: true,
      mtScore: 0.97,
      mtSignals: ["calque:point-de-pont"],
      text: "Le point de pont",
      rawText: "Le  point de pont"
    })
  ]
}

describe("documentViewHtml", () => {
  it("marks the removed line with its kind and evidence, and shows the kept one beside its clean text", () => {
    const rows = documentViewHtml(view)
      .split("\n")
      .filter((line) => line.startsWith("<tr class"))
    expect(rows).toEqual([
      '<tr class="segment removed" data-kind="related"><td class="ln">1</td><td class="raw"><span class="kind" data-kind="related">related</span><span class="line-text">Cùng chuyên mục</span><div class="evidence">kind_score 0.64: rule:vi.related.phrase</div></td><td class="clean"></td></tr>',
      '<tr class="segment kept mt" data-kind="body"><td class="ln">3–4</td><td class="raw"><span class="kind" data-kind="body">body</span><span class="line-text">Le  point de pont</span></td><td class="clean">Le point de pont<div class="evidence">mt_score 0.97: calque:point-de-pont</div></td></tr>'
    ])
  })

  it("escapes the extracted fields and says which are missing", () => {
    const html = documentViewHtml(view)
    expect(html).toContain("<h3>Tin &#60;mới&#62;</h3>")
    expect(html).toContain('<dt>author</dt><dd><span class="none">none</span></dd>')
    expect(html).toContain("<dt>date</dt><dd>2015-01-27 (year inferred)</dd>")
  })
})
