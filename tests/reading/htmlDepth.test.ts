/**
 * HTML nested beyond `Config.input.maxHtmlDepth` is refused as `too_deep`
 * before the (quadratic) parser sees it, with a reason a user can act on.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect, FastCheck } from "effect"
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

/** The scan as it was before it read tag names by number: a lower-cased slice per tag, two set lookups. */
const voidOrOptionalEnd = new Set(
  "area base br col embed hr img input link meta source track wbr param keygen p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp html head body".split(
    " "
  )
)
const rawText = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"])
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const isNameCharacter = (code: number): boolean => isLetter(code) || (code >= 48 && code <= 58) || code === 45
const depthBySlices = (html: string, limit: number): number => {
  let depth = 0
  let deepest = 0
  let i = html.indexOf("<")
  while (i >= 0 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4)
      if (end < 0) break
      i = html.indexOf("<", end + 3)
      continue
    }
    const closing = html.charCodeAt(i + 1) === 47
    const nameStart = closing ? i + 2 : i + 1
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf("<", i + 1)
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < html.length && isNameCharacter(html.charCodeAt(nameEnd))) nameEnd++
    const name = html.slice(nameStart, nameEnd).toLowerCase()
    const tagEnd = html.indexOf(">", nameEnd)
    if (tagEnd < 0) break
    if (closing) {
      if (!voidOrOptionalEnd.has(name)) depth = Math.max(0, depth - 1)
    } else if (rawText.has(name)) {
      const endTag = new RegExp(`</${name}`, "giu")
      endTag.lastIndex = tagEnd
      if (endTag.exec(html) === null) break
      i = html.indexOf("<", endTag.lastIndex)
      continue
    } else if (!voidOrOptionalEnd.has(name) && html.charCodeAt(tagEnd - 1) !== 47) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    }
    i = html.indexOf("<", tagEnd + 1)
  }
  return deepest
}

const repoPages = (): Array<string> => {
  const root = path.resolve(import.meta.dirname, "../..")
  const folders = [
    path.join(root, "tests/fixtures/html"),
    ...fs.readdirSync(path.join(root, "tests/gold")).map((set) => path.join(root, "tests/gold", set, "raw")),
    path.resolve(root, "../shared/html-eval/pages")
  ]
  return folders
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)))
    .filter((file) => /\.html?$/u.test(file))
    .map((file) => fs.readFileSync(file, "utf8"))
}

describe("HTML nesting depth", () => {
  it("reads tag names as the slice-and-lower-case scan did, on every repo and html-eval page and random markup", () => {
    for (const html of repoPages()) {
      for (const limit of [3, 20, 512]) expect(htmlNestingDepth(html, limit)).toBe(depthBySlices(html, limit))
    }
    const names = [
      "div",
      "DIV",
      "Script",
      "p",
      "P",
      "td",
      "plaintext",
      "plaintexts",
      "noframe",
      "h1",
      "my-el",
      "a:b",
      "ScRiPt",
      "BODY",
      "xmp",
      "abcdefghij",
      "ſcript",
      "textarea"
    ]
    const part = FastCheck.oneof(
      FastCheck.constantFrom(...names).map((name) => `<${name}>`),
      FastCheck.constantFrom(...names).map((name) => `</${name}>`),
      FastCheck.constantFrom(...names).map((name) => `<${name}/>`),
      FastCheck.constantFrom("<!--", "-->", "<", ">", "</", "text", " ", "<!doctype html>", "é", "<a href=x>")
    )
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(part, { maxLength: 40 }),
        FastCheck.integer({ min: 1, max: 12 }),
        (parts, limit) => {
          const html = parts.join("")
          expect(htmlNestingDepth(html, limit)).toBe(depthBySlices(html, limit))
        }
      ),
      { numRuns: 20_000 }
    )
  })

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
