/**
 * HTML nested beyond `Config.input.maxHtmlDepth` is refused as `too_deep`
 * before the (quadratic) parser sees it, with a reason a user can act on.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { Config } from "../../pipeline/Config.ts"
import { processFile, StageTimer } from "../../pipeline/Process.ts"
import { htmlNestingDepth } from "../../pipeline/stages/HtmlDepth.ts"
import { detect, query, rules, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

const detail = `The HTML nests elements more than ${Config.input.maxHtmlDepth} deep (input.maxHtmlDepth in pipeline/Config.ts; browsers stop at 512 too), usually tags opened and never closed: repair or re-export the page, or raise the limit.`
const nested = (n: number) => `<html><body>${"<div>".repeat(n)}Đoạn văn sâu.${"</div>".repeat(n)}</body></html>`
const page = `<html><head><script>if (a < b) { "<div><div><div>" }</script></head><body>
<article><h1>Hội nghị quốc tế về biến đổi khí hậu</h1>
<p>Đoạn một của bài báo, đoạn văn không đóng thẻ.
<p>Đoạn hai, <br>có xuống dòng<img src="a.jpg" alt="Ảnh minh họa"/>.
<ul><li>Mục một<li>Mục hai</ul><!-- <div><div> -->
</article></body></html>`

describe("HTML nesting depth", () => {
  it("counts elements that must be closed, not paragraphs left open, void tags, comments or script text", () => {
    expect(htmlNestingDepth(page, 512)).toBe(2)
    expect(htmlNestingDepth(nested(600), 512)).toBe(513)
    expect(htmlNestingDepth(nested(512), 512)).toBe(512)
  })

  it("rejects 100,000 nested divs as too_deep in well under a second", () => {
    const input = temporaryDir("tinsach-deep-")
    fs.writeFileSync(path.join(input, "deep.html"), nested(100_000))
    const started = performance.now()
    const result = processFile(
      { sourcePath: "deep.html", absolutePath: path.join(input, "deep.html"), format: "html" },
      1 << 30,
      { rules, detect },
      new StageTimer(),
      "0.0.0"
    )
    expect(performance.now() - started).toBeLessThan(500)
    expect(result.documents).toEqual([])
    expect(result.problems).toEqual([{ sourcePath: "deep.html", reason: "too_deep", detail }])
  })

  it.effect("costs the deep page or record only: the rest of the run loads", () =>
    Effect.gen(function* () {
      const input = temporaryDir("tinsach-deep-")
      fs.writeFileSync(path.join(input, "deep.html"), nested(100_000))
      fs.writeFileSync(path.join(input, "page.html"), page)
      fs.writeFileSync(
        path.join(input, "export.jsonl"),
        [
          JSON.stringify({ title: "Sâu", content_html: nested(2_000) }),
          JSON.stringify({ title: "Nông", content_html: "<div><p>Bài báo bình thường về giao thông.</p></div>" })
        ].join("\n")
      )
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [input])
      const rejects = yield* Effect.promise(() =>
        query(`SELECT * FROM ${sqlPath(path.join(output, "rejects.parquet"))} ORDER BY source_path`)
      )
      expect(rejects).toEqual([
        { source_path: "deep.html", reason: "too_deep", detail },
        { source_path: "export.jsonl#1", reason: "too_deep", detail }
      ])
      const documents = yield* Effect.promise(() =>
        query(`SELECT source_path FROM ${sqlPath(path.join(output, "documents.parquet"))} ORDER BY source_path`)
      )
      expect(documents).toEqual([{ source_path: "export.jsonl#2" }, { source_path: "page.html" }])
    })
  )
})
