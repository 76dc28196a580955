import { describe, expect, it } from "@effect/vitest"
import * as cheerio from "cheerio"
import { FastCheck } from "effect"
import { segmentHtml } from "../../pipeline/stages/SegmentHtml.ts"

const page = `<!DOCTYPE html>
<html><head><title>Tiêu đề | Báo</title><meta property="og:site_name" content="VTV">
<meta name="author" content="Minh Anh"><script>document.write("<p>hidden</p>")</script></head>
<body>
<nav><a href="/">Trang chủ</a> <a href="/x">Thời sự</a></nav>
<h1>Tiêu đề &amp; bài báo</h1>
<p>Đoạn <b>một</b>
tiếp theo.</p>
<figure><img src="a.jpg" alt="anh hoi nghi"><figcaption>Đại biểu dự hội nghị. Ảnh: TTXVN</figcaption></figure>
<div class="box-tin-lien-quan"><ul><li><a href="#">Tin khác một</a></li></ul></div>
<p>Đoạn hai<br>sau dòng mới.</div></p>
<footer>© 2024</footer>
</body></html>`

describe("segmentHtml", () => {
  const { segments, hints } = segmentHtml(page)

  it("makes one segment per block of visible text, with kinds the markup tells, their evidence and source lines", () => {
    expect(segments.map((s) => [s.lineStart, s.lineEnd, s.hint, s.hintEvidence ?? [], s.text])).toEqual([
      [5, 5, "ui", ["html:pruned-words:nav"], "Trang chủ Thời sự"],
      [6, 6, "title", ["html:h1"], "Tiêu đề & bài báo"],
      [7, 8, null, ["html:main-content"], "Đoạn một tiếp theo."],
      [9, 9, "image", [], "anh hoi nghi"],
      [9, 9, "caption", ["html:figcaption"], "Đại biểu dự hội nghị. Ảnh: TTXVN"],
      [10, 10, "related", ["html:pruned-link-density"], "Tin khác một"],
      [11, 11, null, ["html:main-content"], "Đoạn hai sau dòng mới."],
      [12, 12, "ui", ["html:pruned-words:footer"], "© 2024"]
    ])
  })

  it("keeps each segment's raw HTML", () => {
    expect(segments[2]?.rawText).toBe("<p>Đoạn <b>một</b>\ntiếp theo.</p>")
  })

  it("reads the page metadata", () => {
    expect(hints).toMatchObject({ title: "Tiêu đề | Báo", author: "Minh Anh", outlet: "VTV" })
  })

  it("labels the site's header ui, reads an article's header as its content, a short `meta` block as its dateline", () => {
    const page = segmentHtml(
      "<body><header><a>Báo Mới</a> Thời sự</header><article><header><h1>Tiêu đề</h1><p class='meta'>Hà Nội</p></header><p>Thân bài.</p></article></body>"
    )
    expect(page.segments.map((s) => [s.hint, s.text])).toEqual([
      ["ui", "Báo Mới Thời sự"],
      ["title", "Tiêu đề"],
      ["dateline", "Hà Nội"],
      [null, "Thân bài."]
    ])
  })

  it("counts lines from the source, \\r\\n and \\r included, and not past its end (a bare & once made parse5 overshoot)", () => {
    const amp = segmentHtml("<html><body>\n&\n</body></html>")
    expect(amp.segments.map((s) => [s.lineStart, s.lineEnd, s.text])).toEqual([[1, 3, "&"]])
    const crlf = segmentHtml("<body>\r\n<p>Một</p>\r\n<p>Hai\r\nba</p>\r<p>Bốn</p>\n</body>")
    expect(crlf.segments.map((s) => [s.lineStart, s.lineEnd, s.text])).toEqual([
      [2, 2, "Một"],
      [3, 4, "Hai ba"],
      [5, 5, "Bốn"]
    ])
  })

  it("makes no segment of hidden text: hiding classes, inline styles, aria-hidden; a responsive class hides nothing", () => {
    const page = segmentHtml(
      '<body><p class="sr-only">Skip</p><p style="display: none">Enable JS</p><p aria-hidden="true">Ad</p><p class="hidden-xs">Shown on a desktop.</p></body>'
    )
    expect(page.segments.map((s) => s.text)).toEqual(["Shown on a desktop."])
  })

  it("reads a heading over a paragraph of the article as its subheading, one over a list of links as related", () => {
    const prose = "A paragraph of the article that runs long enough to read as prose, with few links in it at all."
    const page = segmentHtml(
      `<body><nav><a href="/">Home</a> <a href="/x">World</a></nav><article><h1>Headline</h1><p>${prose}</p><h2>How it began</h2><p>${prose} Again.</p><h3>More stories</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">A third story</a></li></ul></article></body>`
    )
    expect(page.segments.map((s) => [s.hint, s.hintEvidence ?? [], s.text])).toEqual([
      ["ui", ["html:outside:tag"], "Home World"],
      ["title", ["html:h1"], "Headline"],
      [null, ["html:main-content"], prose],
      ["body", ["html:subheading"], "How it began"],
      [null, ["html:main-content"], `${prose} Again.`],
      ["related", ["html:teaser-heading"], "More stories"],
      ["related", ["html:pruned-link-density"], "Another story"],
      ["related", ["html:pruned-link-density"], "A third story"]
    ])
  })

  it("prunes an author box as byline, labels related-class link lines and the link lines ending the article related", () => {
    const prose = (n: number) =>
      `Paragraph ${n} of the article runs long enough to read as prose, with a comma, and few links in it at all.`
    const bio =
      "Jane Doe is the desk's science editor. When she is not editing other people's copy, she writes about the sea, birds, old trains and the people who keep them running."
    const page = segmentHtml(
      `<body><nav><a href="/">Home</a> <a href="/x">World</a></nav><article class="post author-jane"><h1>Headline</h1>` +
        `<p>${prose(1)}</p><div class="teaser-box"><p>${prose(2)}</p><p><a href="/a">Another story from the desk</a></p></div>` +
        `<p>${prose(3)}</p><p>${prose(4)}</p><p>${prose(5)}</p>` +
        `<p><a href="/b">Read another interesting story from our newsroom here</a> …</p><p><a href="/c">The new board of the association and its members</a></p>` +
        `<div class="author-bio"><img src="j.jpg" alt=""><p>${bio}</p></div>` +
        `</article></body>`
    )
    expect(page.segments.map((s) => [s.hint, s.hintEvidence ?? [], s.text.slice(0, 30)])).toEqual([
      ["ui", ["html:outside:tag"], "Home World"],
      ["title", ["html:h1"], "Headline"],
      [null, ["html:main-content"], prose(1).slice(0, 30)],
      [null, ["html:main-content"], prose(2).slice(0, 30)],
      // In a box its class calls a teaser, a line of one link is another article's.
      ["related", ["html:class:teaser"], "Another story from the desk"],
      [null, ["html:main-content"], prose(3).slice(0, 30)],
      [null, ["html:main-content"], prose(4).slice(0, 30)],
      [null, ["html:main-content"], prose(5).slice(0, 30)],
      // Lines of links after the article's last line of text.
      ["related", ["html:trailing-link-line"], "Read another interesting story"],
      ["related", ["html:trailing-link-line"], "The new board of the associati"],
      ["image", [], ""],
      // A bio in prose, long for a byline, under `author-bio`: `author-jane` on <article> prunes nothing.
      ["byline", ["html:pruned-author:author+bio"], bio.slice(0, 30)]
    ])
  })

  it("cuts a block's own text into runs at the blocks nested in it, in the page's order, each with its own lines", () => {
    const page = segmentHtml(
      "<body><section>Intro of the piece,\nstill the intro.<h2>First part</h2>Text of the first part<br>\nand more of it.<div>A box.</div>After the box.</section></body>"
    )
    expect(page.segments.map((s) => [s.text, s.lineStart, s.lineEnd])).toEqual([
      ["Intro of the piece, still the intro.", 1, 2],
      ["First part", 2, 2],
      ["Text of the first part and more of it.", 2, 3],
      ["A box.", 3, 3],
      ["After the box.", 3, 3]
    ])
  })

  it("survives malformed HTML", () => {
    const broken = segmentHtml("<div><p>Mở <b>không đóng\n<p>Hai</div></div></span><td>ô</table>")
    expect(broken.segments.map((s) => s.text)).toEqual(["Mở không đóng", "Hai", "ô"])
  })

  it("puts every visible text node in exactly one segment, on generated pages", () => {
    const tags = ["p", "div", "span", "b", "li", "h2", "td", "section", "a", "nav", "figcaption"]
    const node: FastCheck.Arbitrary<string> = FastCheck.letrec((tie) => ({
      tree: FastCheck.oneof(
        { depthSize: "small" },
        FastCheck.nat(1_000_000).map((n) => ` w${n}x `),
        FastCheck.tuple(FastCheck.constantFrom(...tags), FastCheck.array(tie("tree"), { maxLength: 4 })).map(
          ([tag, children]) =>
            `<${tag}>${children.join(FastCheck.sample(FastCheck.constantFrom("", "\n"), 1)[0])}</${tag}>`
        ),
        FastCheck.constantFrom("<br>", "<img alt=''>", "<script>w999999999x</script>", "</div>", "<p>")
      )
    })).tree
    FastCheck.assert(
      FastCheck.property(FastCheck.array(node, { maxLength: 6 }), (parts) => {
        let counter = 0
        const html = `<body>${parts.join("\n")}</body>`.replace(/w\d+x/gu, (m) =>
          m === "w999999999x" ? m : `m${counter++}x`
        )
        const $ = cheerio.load(html)
        $("script, style").remove()
        const visible = $("body").text().match(/m\d+x/gu) ?? []
        const texts = segmentHtml(html).segments.map((s) => s.text)
        for (const marker of visible) {
          expect(
            texts.filter((text) => text.split(" ").includes(marker)),
            marker
          ).toHaveLength(1)
        }
        expect(texts.join(" ")).not.toContain("w999999999x")
      }),
      { numRuns: 300 }
    )
  })
})
