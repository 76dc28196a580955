/**
 * Headline support: how much of a headline's wording its body prints, and the title that gives
 * way to a later headline of the head the body bears out, on real lines of the gold pages (each
 * test names its file).
 */
import { describe, expect, it } from "@effect/vitest"
import { Config } from "../../pipeline/Config.ts"
import {
  type HeadLines,
  headlineSupport,
  supportedHeadline,
  wordPairs
} from "../../pipeline/classifier/HeadlineSupport.ts"
import { processLines } from "../support/pipeline.ts"

/** tests/gold/vi-more/raw/18_24h-quoc-hoi-hop-rieng-phe-chuan-bo-nhiem.txt, its first lines (blank lines left out). */
const page24h = [
  "Tin tức bóng đá, thể thao, giải trí | Đọc tin tức 24h mới nhất",
  "Quốc hội họp riêng, bỏ phiếu phê chuẩn bổ nhiệm phó thủ tướng và các bộ trưởng",
  "Sự kiện: Thời sự",
  "Tiếp tục chương trình kỳ họp, sáng nay (25/10), Quốc hội sẽ họp riêng về công tác nhân sự thuộc thẩm quyền, bầu Tổng Thư ký, chủ nhiệm các ủy ban, phê chuẩn bổ nhiệm phó thủ tướng và các bộ trưởng.",
  "Trước đó, trong ngày 24/10, Thủ tướng Chính phủ Phạm Minh Chính đã trình Quốc hội tờ trình về bổ sung số lượng Phó Thủ tướng và tờ trình đề nghị Quốc hội phê chuẩn miễn nhiệm một số Bộ trưởng nhiệm kỳ 2021 – 2026."
]

const bodyPairs = (lines: ReadonlyArray<string>) => new Set(lines.flatMap((line) => [...wordPairs(line)]))

describe("word pairs", () => {
  it("are the adjacent words, lower case, without punctuation", () => {
    expect([...wordPairs("Quốc hội họp riêng, bỏ phiếu")]).toEqual([
      "quốc hội",
      "hội họp",
      "họp riêng",
      "riêng bỏ",
      "bỏ phiếu"
    ])
    expect(wordPairs("Communistus").size).toBe(0)
  })
})

describe("headline support", () => {
  const body = bodyPairs(page24h.slice(3))

  it("is the share of the headline's pairs the body prints (vi-more/18_24h)", () => {
    // 12 of the headline's 16 pairs are in the lede (not `hội họp`, `riêng bỏ`, `bỏ phiếu`, `phiếu phê`); none of the site's tagline's.
    expect(headlineSupport(page24h[1]!, body)).toBe(12 / 16)
    expect(headlineSupport(page24h[0]!, body)).toBe(0)
    expect(headlineSupport("Communistus", body)).toBeNull()
  })

  const lines = (titleProbability: ReadonlyArray<number>): HeadLines => ({
    texts: page24h,
    isBody: (i) => i >= 3,
    titleProbability: (i) => titleProbability[i] ?? 0,
    headlineShaped: (text) => text.length < 120 && !/[.:]$/u.test(text)
  })

  it("lets a title the body does not bear out give way to a later headline it does (vi-more/18_24h)", () => {
    expect(supportedHeadline(lines([0.6, 0.2, 0.01]), 0, 3)).toBe(1)
  })

  it("keeps the title when the later headline is one the model does not take for a title", () => {
    expect(supportedHeadline(lines([0.6, 0.04, 0.01]), 0, 3)).toBeUndefined()
    expect(Config.classifier.titleSupport.minTitle).toBe(0.05)
  })

  it("keeps a title the body bears out, and looks no further than the head", () => {
    expect(supportedHeadline(lines([0.2, 0.6, 0.01]), 1, 3)).toBeUndefined()
    expect(supportedHeadline(lines([0.6, 0.2, 0.01]), 0, 0)).toBeUndefined()
  })

  it("gives the page its headline through the stages (vi-more/18_24h)", () => {
    const doc = processLines(page24h)
    const title = doc.segments.filter((segment) => segment.kind === "title").map((segment) => segment.text)
    expect(title).toEqual([page24h[1]])
    expect(doc.metadata.title).toBe(page24h[1])
  })
})
