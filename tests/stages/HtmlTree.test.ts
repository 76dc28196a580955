/**
 * The HTML stages' tree (`html/Tree.ts`, built from htmlparser2's parser events) against the tree
 * they read before, cheerio's `load` with htmlparser2 and source offsets (domhandler's nodes): the
 * same elements, attributes (those a stage reads, `keptAttributes`), text nodes and offsets, node for
 * node, less the comment and doctype nodes no stage read. Checked on the repo's HTML pages, on the html-eval benchmark's pages where
 * they lie beside the repo, and on random markup (misnested, unclosed, entities in text and in
 * quoted and unquoted attribute values, comments between texts, a tag or a value cut off at the
 * end): the tree's tokenizer jumps over text and attribute values (`SkippingTokenizer`), cheerio's
 * reads them a character at a time.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import * as cheerio from "cheerio/slim"
import type { AnyNode } from "domhandler"
import { FastCheck } from "effect"
import { type AnyHtmlNode, keptAttributes, parseHtml } from "../../pipeline/stages/html/Tree.ts"

interface Shape {
  readonly type: string
  readonly name?: string
  readonly attribs?: Readonly<Record<string, string>>
  readonly data?: string
  readonly start: number | null
  readonly end: number | null
  readonly children?: ReadonlyArray<Shape>
}

/** domhandler's tree as the stages read it: elements and texts, comments and doctypes left out. */
const cheerioShape = (node: AnyNode): Shape => {
  const children = "children" in node ? node.children : undefined
  return {
    type: node.type,
    ...("name" in node && node.type !== "directive"
      ? {
          name: node.name,
          attribs: Object.fromEntries(Object.entries(node.attribs).filter(([name]) => keptAttributes.has(name)))
        }
      : {}),
    ...("data" in node ? { data: node.data } : {}),
    start: node.startIndex,
    end: node.endIndex,
    ...(children === undefined
      ? {}
      : {
          children: children
            .filter((child) => child.type !== "comment" && child.type !== "directive")
            .map((child) => cheerioShape(child))
        })
  }
}

const treeShape = (node: AnyHtmlNode): Shape => {
  if (node.type !== "text") for (const child of node.children) expect(child.parent).toBe(node)
  return node.type === "root"
    ? {
        type: "root",
        start: null,
        // A close the parser reports for a start tag cut off at the end closes the root, as in domhandler.
        end: (node as { endIndex?: number }).endIndex ?? null,
        children: node.children.map(treeShape)
      }
    : node.type === "text"
      ? { type: "text", data: node.data, start: node.startIndex, end: node.endIndex }
      : {
          type: node.type,
          name: node.tagName,
          attribs: { ...node.attribs },
          start: node.startIndex,
          end: node.endIndex,
          children: node.children.map(treeShape)
        }
}

const outcome = <A>(run: () => A): A | string => {
  try {
    return run()
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message : String(error)}`
  }
}

/** The tags `segmentHtml` has the parser collect (its page metadata), and two common ones. */
const collect: ReadonlySet<string> = new Set(["meta", "title", "time", "link", "p", "div"])

/** The elements of those tags in a walk of cheerio's tree (pre-order: document order), by name and offset. */
const walked = (node: AnyNode, into: Array<string> = []): Array<string> => {
  if ("name" in node && node.type !== "directive" && collect.has(node.name))
    into.push(`${node.name}@${node.startIndex}`)
  if ("children" in node) for (const child of node.children) walked(child, into)
  return into
}

const expectSameTree = (html: string): void => {
  const loaded = outcome(
    () =>
      cheerio
        .load(html, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } })
        .root()
        .get(0)!
  )
  const tree = outcome(() => parseHtml(html, collect))
  if (typeof loaded === "string" || typeof tree === "string") {
    expect(typeof tree === "string" ? tree : treeShape(tree)).toEqual(
      typeof loaded === "string" ? loaded : cheerioShape(loaded)
    )
    return
  }
  expect(treeShape(tree)).toEqual(cheerioShape(loaded))
  expect(tree.collected.map((element) => `${element.tagName}@${element.startIndex}`)).toEqual(walked(loaded))
}

const root = path.resolve(import.meta.dirname, "../..")
const pagesIn = (folder: string): Array<string> =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((name) => /\.html?$/u.test(name))
        .sort()
        .map((name) => path.join(folder, name))
    : []

describe("parseHtml", () => {
  it("makes cheerio's tree on every HTML page of the repo", () => {
    const pages = [
      ...pagesIn(path.join(root, "tests/fixtures/html")),
      ...fs
        .readdirSync(path.join(root, "tests/gold"))
        .flatMap((set) => pagesIn(path.join(root, "tests/gold", set, "raw")))
    ]
    expect(pages.length).toBeGreaterThan(10)
    for (const page of pages) expectSameTree(fs.readFileSync(page, "utf8"))
  })

  it("makes cheerio's tree on the html-eval pages, when they lie beside the repo", () => {
    for (const page of pagesIn(path.resolve(root, "../shared/html-eval/pages"))) {
      expectSameTree(fs.readFileSync(page, "utf8"))
    }
  }, 120_000)

  it("makes cheerio's tree on random markup", () => {
    const pieces = [
      "<div>",
      "</div>",
      "<p>",
      "</p>",
      "<P class=A>",
      "<li>",
      "<ul>",
      "</ul>",
      "<table><tr><td>",
      "</td>",
      "<h2>",
      '<a href="x">',
      "</a>",
      "<br>",
      "</br>",
      "<br/>",
      '<img alt="x &amp; y">',
      "<img src=a>",
      '<div class="a" class="b" ID=c>',
      "<script>",
      "</script>",
      "<style>",
      "<title>",
      "</title>",
      "<svg><title>t</title></svg>",
      "<math>",
      "<!-- c -->",
      "<!--",
      "-->",
      "<!doctype html>",
      "<?xml version='1.0'?>",
      "<![CDATA[x]]>",
      "&amp;",
      "&amp",
      "&",
      "&&",
      "a&b",
      "&#38;",
      "&#x",
      "&not",
      "&notit;",
      "&lt;/p&gt;",
      "'",
      '"',
      "<a title='x & \"y\"'>",
      "<a title=\"x &amp y 'z'\">",
      "<a href=x&y&amp;z>",
      "<div data-x=\"&quot;q&quot;\" title='&lt;'>",
      // attributes a stage reads (`keptAttributes`), with entities, repeated and in capitals
      '<a href="x &amp; &#x1F600; y" HREF=z>',
      "<p class='&lt;a' CLASS=b>",
      '<img alt=x&amp;y&#38;z ALT="w">',
      "<meta content=\"&amp\" name='a&quot;'>",
      '<div hidden aria-hidden=true style="display:none&#59;">',
      '<p title="',
      "<p title='&",
      "&nbsp",
      "&#x1F600;",
      "&unknown;",
      "text",
      "é",
      " ",
      "\n",
      "\r\n",
      "<",
      ">",
      "/>",
      "<p",
      " id=x",
      ' title="a',
      "<input>",
      "<select><option>",
      "<textarea>",
      "</textarea>",
      "<body>",
      "<head>",
      "</html>"
    ]
    FastCheck.assert(
      FastCheck.property(
        FastCheck.array(FastCheck.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join("")),
        (html) => expectSameTree(html)
      ),
      { numRuns: 10_000 }
    )
  })
})
