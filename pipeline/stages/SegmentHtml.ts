/**
 * Cuts an HTML page into segments, one per block element that holds visible
 * text, through cheerio (parse5) with source locations.
 *
 * - Invisible content (`script`, `style`, `noscript`, `template`, `head`) makes
 *   no segment. Every visible text node belongs to exactly one segment: the
 *   nearest block element holding it; inline markup joins its block.
 * - `line_start`/`line_end` are the HTML lines where the block element starts
 *   and ends (its own text nodes' lines when blocks nest inside it); `raw_text`
 *   is that span of the source.
 * - `<img>` makes an `image` segment whose text is its `alt`.
 * - Markup hints a kind: navigation, the site's header (not an article's),
 *   footers, forms and share widgets are `ui`
 *   (labelled, not dropped, so they can be audited); `<figcaption>` and
 *   caption or credit classes `caption`; related-article classes `related`;
 *   byline and author classes `byline`; the first `<h1>` the title.
 * - Page metadata: `og:title` or `<title>`; `article:published_time`, date
 *   metas or the first `<time datetime>`; `meta[name=author]`; `og:site_name`;
 *   the canonical URL.
 */
import * as cheerio from "cheerio"
import type { AnyNode, Element, Text } from "domhandler"
import type { Kind } from "../../schemas/Vocabulary.ts"
import type { DocumentHints, LineSegment } from "../Document.ts"
import { normalizeText } from "../TextNormalization.ts"

const invisible = new Set(["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"])
const blocks = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "caption",
  "figcaption",
  "blockquote",
  "pre",
  "div",
  "section",
  "article",
  "aside",
  "header",
  "footer",
  "nav",
  "main",
  "figure",
  "form",
  "ul",
  "ol",
  "table",
  "tr",
  "address",
  "details",
  "summary",
  "label",
  "button",
  "option",
  "select",
  "body",
  "html",
  "dl"
])
const uiTags = new Set(["nav", "footer", "form", "button", "select", "option", "label"])

/** Class or id words that say what a block is, checked from the block up to the body. */
const classHints: ReadonlyArray<readonly [RegExp, Kind]> = [
  [/share|social|sharing|chia-?se|toolbar|breadcrumb|menu|comment-?form|newsletter|subscribe/iu, "ui"],
  [/related|lien-?quan|connexe|see-?also|read-?more|more-?news|tin-?khac|box-?tin|other-?news/iu, "related"],
  [/caption|credit|chu-?thich|legende|légende|photo-?desc/iu, "caption"],
  [/byline|author|tac-?gia|auteur/iu, "byline"],
  [/\b(?:ads?|advert|banner|sponsor|quang-?cao)\b/iu, "ad"]
]

interface Located {
  readonly startLine: number
  readonly endLine: number
  readonly startOffset: number
  readonly endOffset: number
}

const locationOf = (node: AnyNode): Located | undefined => node.sourceCodeLocation ?? undefined

const isElement = (node: AnyNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style"

/** A `<header>` of the site (logo, menu), not the header of an article (its title and byline). */
const isSiteHeader = (node: Element): boolean => {
  if (node.tagName !== "header") return false
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (isElement(parent) && (parent.tagName === "article" || parent.tagName === "main")) return false
  }
  return true
}

const hintOf = (block: Element, firstH1: Element | undefined): Kind | null => {
  if (block === firstH1) return "title"
  for (
    let node: Element | null = block;
    node !== null && node.tagName !== "body";
    node = node.parent as Element | null
  ) {
    if (node.type !== "tag") break
    if (uiTags.has(node.tagName) || isSiteHeader(node)) return "ui"
    if (node.tagName === "figcaption") return "caption"
    const words = `${node.attribs.class ?? ""} ${node.attribs.id ?? ""} ${node.attribs.rel ?? ""} ${node.attribs.itemprop ?? ""}`
    if (words.trim().length === 0) continue
    for (const [pattern, kind] of classHints) if (pattern.test(words)) return kind
  }
  return null
}

interface Block {
  readonly element: Element
  /** The visible text nodes, which locate the block. */
  readonly texts: Array<Text>
  /** What the block reads: its text nodes, with the spaces between inline elements and line breaks. */
  readonly parts: Array<string>
  hasNestedBlock: boolean
}

const nearestBlock = (node: AnyNode): Element | undefined => {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (isElement(parent) && blocks.has(parent.tagName)) return parent
  }
  return undefined
}

const isHidden = (node: AnyNode): boolean => {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (isElement(parent) && (invisible.has(parent.tagName) || parent.attribs.hidden !== undefined)) return true
  }
  return false
}

const meta = ($: cheerio.CheerioAPI, selector: string): string | null => {
  const value = $(selector).first().attr("content")?.trim()
  return value === undefined || value.length === 0 ? null : value
}

const pageHints = ($: cheerio.CheerioAPI): DocumentHints => ({
  title: meta($, 'meta[property="og:title"]') ?? ($("title").first().text().trim() || null),
  published:
    meta($, 'meta[property="article:published_time"]') ??
    meta(
      $,
      'meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="dc.date"], meta[itemprop="datePublished"]'
    ) ??
    ($("time[datetime]").first().attr("datetime")?.trim() || null),
  author: meta($, 'meta[name="author"]'),
  outlet: meta($, 'meta[property="og:site_name"]'),
  url: $('link[rel="canonical"]').first().attr("href")?.trim() || meta($, 'meta[property="og:url"]')
})

export interface HtmlSegments {
  readonly segments: ReadonlyArray<LineSegment>
  readonly hints: DocumentHints
}

/**
 * The 1-based line of each offset of the source, `\n`, `\r\n` and `\r` ending
 * a line as in text inputs. Lines come from offsets, not from parse5's line
 * numbers, which run one too far on a text node holding a bare `&` (found by
 * the fuzz tests).
 */
const lineLocator = (source: string): ((offset: number) => number) => {
  const starts = [0]
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i)
    if (code === 10 || (code === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}

export const segmentHtml = (html: string): HtmlSegments => {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true })
  const lineOf = lineLocator(html)
  const linesOf = (span: { readonly startOffset: number; readonly endOffset: number }) => ({
    lineStart: lineOf(span.startOffset),
    lineEnd: lineOf(Math.max(span.startOffset, span.endOffset - 1))
  })
  const firstH1 = $("body h1").get(0)
  const byElement = new Map<Element, Block>()
  const ordered: Array<{ readonly offset: number; readonly make: () => LineSegment | undefined }> = []

  const visit = (node: AnyNode): void => {
    if (isElement(node)) {
      if (invisible.has(node.tagName) || node.attribs.hidden !== undefined) return
      if (node.tagName === "img") {
        const location = locationOf(node)
        if (location !== undefined) {
          ordered.push({
            offset: location.startOffset,
            make: () => ({
              ...linesOf(location),
              rawText: html.slice(location.startOffset, location.endOffset),
              text: normalizeText(node.attribs.alt ?? ""),
              hint: "image"
            })
          })
        }
        return
      }
      if (node.tagName === "br") {
        const element = nearestBlock(node)
        if (element !== undefined) byElement.get(element)?.parts.push(" ")
        return
      }
      for (const child of node.children) visit(child)
      return
    }
    if (node.type !== "text" || isHidden(node)) return
    const element = nearestBlock(node)
    const location = locationOf(node)
    if (element === undefined || location === undefined) return
    if (!/\S/u.test((node as Text).data)) {
      byElement.get(element)?.parts.push(" ")
      return
    }
    let block = byElement.get(element)
    if (block === undefined) {
      block = { element, texts: [], parts: [], hasNestedBlock: false }
      byElement.set(element, block)
      const owner = block
      ordered.push({ offset: location.startOffset, make: () => blockSegment(owner) })
    }
    block.texts.push(node as Text)
    block.parts.push((node as Text).data)
  }

  const blockSegment = (block: Block): LineSegment | undefined => {
    const first = locationOf(block.texts[0]!)
    const last = locationOf(block.texts[block.texts.length - 1]!)
    const own = locationOf(block.element)
    if (first === undefined || last === undefined) return undefined
    const span =
      own !== undefined && !block.hasNestedBlock ? own : { ...first, endLine: last.endLine, endOffset: last.endOffset }
    return {
      ...linesOf(span),
      rawText: html.slice(span.startOffset, span.endOffset),
      text: normalizeText(block.parts.join("")),
      hint: hintOf(block.element, firstH1)
    }
  }

  for (const root of $.root().get(0)?.children ?? []) visit(root)
  for (const block of byElement.values()) {
    for (let parent = block.element.parent; parent !== null; parent = parent.parent) {
      if (isElement(parent)) {
        const outer = byElement.get(parent)
        if (outer !== undefined) outer.hasNestedBlock = true
      }
    }
  }
  const segments = ordered
    .sort((a, b) => a.offset - b.offset)
    .flatMap((entry) => {
      const made = entry.make()
      return made === undefined ? [] : [made]
    })
  return { segments, hints: pageHints($) }
}
