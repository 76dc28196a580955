/**
 * The line classifier on an HTML page's segments: what the markup says of a
 * block inside the article's container changes what the model's answer means.
 * A model that calls every line a title shows it without depending on the
 * trained weights.
 */
import { describe, expect, it } from "@effect/vitest"
import { featureNames } from "../../pipeline/classifier/LineFeatures.ts"
import type { LineModel } from "../../pipeline/classifier/LineModel.ts"
import { type LineSegment, noHints, type Segmented } from "../../pipeline/Document.ts"
import { classifyNoise } from "../../pipeline/stages/ClassifyNoise.ts"
import { rules } from "../support/pipeline.ts"

/** Every line's likeliest kind is `title`, then `ui`, then `body`. */
const titleEverywhere: LineModel = {
  classes: ["title", "ui", "body"],
  vocabulary: [],
  weights: [3, 2, 1].map((bias) => {
    const w = new Float64Array(featureNames.length)
    w[featureNames.indexOf("bias")] = bias
    return w
  })
}

const page = (
  segments: ReadonlyArray<Pick<LineSegment, "text" | "hint" | "hintEvidence">>
): Segmented<LineSegment> => ({
  sourcePath: "page.html",
  format: "html",
  encoding: "utf-8",
  contentSha256: "0".repeat(64),
  rawText: "",
  markup: "html",
  hints: noHints,
  segments: segments.map((segment, i) => ({ ...segment, lineStart: i + 1, lineEnd: i + 1, rawText: segment.text }))
})

const classified = (segments: ReadonlyArray<Pick<LineSegment, "text" | "hint" | "hintEvidence">>) =>
  classifyNoise(page(segments), { ...rules, lineModel: titleEverywhere }).segments.map((s) => [s.kind, s.text])

describe("classifyNoise on HTML segments", () => {
  it("keeps a title-shaped line inside the article's container as a subheading when the <h1> is the title", () => {
    expect(
      classified([
        { text: "Rezension: Internetrecht, 5. Auflage", hint: "title", hintEvidence: ["html:h1"] },
        { text: "Aufbau und Inhalt", hint: null, hintEvidence: ["html:main-content"] },
        { text: "Neueste Beiträge im Überblick", hint: null, hintEvidence: ["html:page"] }
      ])
    ).toEqual([
      ["title", "Rezension: Internetrecht, 5. Auflage"],
      // Inside the container: the article's own subheading.
      ["body", "Aufbau und Inhalt"],
      // Not known to be inside the article: the model's next kind, as before.
      ["ui", "Neueste Beiträge im Überblick"]
    ])
  })

  it("keeps one title, the likeliest, where no <h1> gives it", () => {
    const kinds = classified([
      { text: "Aufbau und Inhalt", hint: null, hintEvidence: ["html:main-content"] },
      { text: "Zielgruppe", hint: null, hintEvidence: ["html:main-content"] }
    ]).map(([kind]) => kind)
    expect(kinds.filter((kind) => kind === "title")).toHaveLength(1)
  })
})
