/**
 * One document's view: what was extracted (title, date, outlet, author), then
 * each segment on a row, its raw lines on the left and the clean text it
 * gives on the right. A removed (noise) segment has no clean text: it is
 * marked with its kind, the classifier's score and evidence instead; a
 * machine-translated segment carries its mt_score and signals.
 */
import type { DocumentView, SegmentView } from "./DocumentViews.ts"
import { SEGMENTS_PER_VIEW } from "./DocumentViews.ts"
import { documentAnchor, escapeHtml, integer } from "./Html.ts"

const lines = (segment: SegmentView): string =>
  segment.lineStart === segment.lineEnd ? String(segment.lineStart) : `${segment.lineStart}–${segment.lineEnd}`

const evidence = (label: string, score: number, items: ReadonlyArray<string>): string =>
  `<div class="evidence">${escapeHtml(label)} ${score.toFixed(2)}${items.length > 0 ? `: ${items.map(escapeHtml).join(", ")}` : ""}</div>`

const segmentRow = (segment: SegmentView): string => {
  const kindBadge = `<span class="kind" data-kind="${escapeHtml(segment.kind)}">${escapeHtml(segment.kind)}</span>`
  const mt =
    segment.mtFlag || segment.mtSignals.length > 0 ? evidence("mt_score", segment.mtScore, segment.mtSignals) : ""
  const classes = ["segment", segment.isNoise ? "removed" : "kept", segment.mtFlag ? "mt" : ""].filter(Boolean)
  const raw = `<td class="raw">${kindBadge}<span class="line-text">${escapeHtml(segment.rawText)}</span>${
    segment.isNoise ? evidence("kind_score", segment.kindScore, segment.kindEvidence) : ""
  }</td>`
  const clean = segment.isNoise
    ? `<td class="clean"></td>`
    : `<td class="clean">${escapeHtml(segment.text)}${mt}${
        segment.kindScore < 0.5 ? evidence("kind_score", segment.kindScore, segment.kindEvidence) : ""
      }</td>`
  return `<tr class="${classes.join(" ")}" data-kind="${escapeHtml(segment.kind)}"><td class="ln">${lines(segment)}</td>${raw}${clean}</tr>`
}

const field = (name: string, value: string | null): string =>
  `<dt>${escapeHtml(name)}</dt><dd>${value === null ? '<span class="none">none</span>' : escapeHtml(value)}</dd>`

export const documentViewHtml = (view: DocumentView): string => {
  const cut =
    view.segmentCount > SEGMENTS_PER_VIEW
      ? `<p class="note">The first ${SEGMENTS_PER_VIEW} of ${integer(view.segmentCount)} segments.</p>`
      : ""
  return [
    `<article class="document" id="${documentAnchor(view.docId)}">`,
    `<h3>${escapeHtml(view.title ?? "(no title)")}</h3>`,
    `<p class="why">${view.reasons.map((reason) => `<span class="reason">${escapeHtml(reason)}</span>`).join(" ")} <code>${escapeHtml(view.sourcePath)}</code> · ${integer(view.noiseCount)} of ${integer(view.segmentCount)} segments removed</p>`,
    '<dl class="meta">',
    field("title", view.title),
    field(
      "date",
      view.publishedDate === null ? null : `${view.publishedDate}${view.dateInferred ? " (year inferred)" : ""}`
    ),
    field("outlet", view.outlet),
    field("author", view.author),
    field("language", view.language),
    field("machine translation", `${view.mtStatus} (${(100 * view.mtShare).toFixed(0)} % of body characters)`),
    "</dl>",
    cut,
    '<table class="lines"><thead><tr><th>line</th><th>raw text, removed lines marked by kind</th><th>clean text</th></tr></thead><tbody>',
    ...view.segments.map(segmentRow),
    "</tbody></table>",
    "</article>"
  ].join("\n")
}
