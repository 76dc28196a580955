/**
 * Cuts an HTML page into segments, one per block element that holds visible
 * text, through htmlparser2's parser with source offsets (several times
 * faster than parse5 with source locations, which was most of the HTML path's
 * time; the tree is built from its events, `html/Tree.ts`), and tells what the
 * markup says of each: the article or the site around it.
 *
 * - Invisible content (`script`, `style`, `noscript` unless it holds a whole
 *   article, `template`, `title`, and elements hidden by attribute, inline
 *   style or hiding class, `html/Dom.ts`) makes no segment. Every visible text node belongs to exactly one segment:
 *   the nearest block element holding it; inline markup joins its block. A
 *   block's own text before and after a block nested in it makes two segments
 *   (`<section>intro<h2>Part</h2>text</section>`: intro, Part, text).
 * - `line_start`/`line_end` are the HTML lines where the block element starts
 *   and ends (its own text nodes' lines when blocks nest inside it); `raw_text`
 *   is that span of the source.
 * - `<img>` makes an `image` segment whose text is its `alt`.
 * - The article's container is found by its text and link density
 *   (`html/MainContent.ts`, class and id words only as weighted evidence); each
 *   block gets the kind the markup hints (`html/BlockHints.ts`): the site
 *   around the article is labelled (not dropped, so it can be audited), the
 *   article's blocks are left to the line classifier.
 * - Page metadata: `og:title` or `<title>`; `article:published_time`, date
 *   metas or the first `<time datetime>`; `meta[name=author]`; `og:site_name`;
 *   the canonical URL.
 */
import { Config } from "../Config.ts"
import type { DocumentHints, LineSegment } from "../Document.ts"
import { normalizedLength, normalizeText } from "../TextNormalization.ts"
import { type BlockHint, blockHints, type HintedBlock } from "./html/BlockHints.ts"
import { blockTags, hidingReason, invisibleTags, isElement, isNoscriptArticle, parentElement } from "./html/Dom.ts"
import { findMainContent, type TextBlock } from "./html/MainContent.ts"
import {
  type AnyHtmlNode,
  type HtmlElement as Element,
  type HtmlRoot,
  makeElement,
  parseHtml,
  type HtmlText as Text
} from "./html/Tree.ts"

interface Block {
  readonly element: Element
  /** The visible text nodes, which locate the block. */
  readonly texts: Array<Text>
  /** What the block reads: its text nodes, with the spaces between inline elements and line breaks. */
  readonly parts: Array<string>
  /** Characters of its text inside links. */
  linkChars: number
  hasNestedBlock: boolean
  /** Its normalised text, once every run is known. */
  text: string
  /** What the markup says of it, once the article is found. */
  hinted: BlockHint | undefined
}

const nearestBlock = (node: AnyHtmlNode): Element | undefined => {
  for (let parent = node.parent; parent !== null; parent = parent.parent) {
    if (isElement(parent) && blockTags.has(parent.tagName)) return parent
  }
  return undefined
}

const commas = /[,،、，]/gu

/** The elements page metadata comes from, the first of each in document order, found in one walk. */
interface MetaElements {
  readonly byKey: Map<string, Element>
  title?: Element
  time?: Element
  canonical?: Element
}

const metaKeys = (element: Element): ReadonlyArray<string> => {
  const attributes = element.attribs
  if (element.tagName === "meta") {
    const keys: Array<string> = []
    if (attributes.property !== undefined) keys.push(`property:${attributes.property}`)
    if (attributes.name !== undefined) keys.push(`name:${attributes.name}`)
    if (attributes.itemprop !== undefined) keys.push(`itemprop:${attributes.itemprop}`)
    return keys
  }
  return []
}

/** The tags `findMetaElements` reads, which the parser lists as they open (`parseHtml`'s `collect`). */
const metaTags: ReadonlySet<string> = new Set(["meta", "title", "time", "link"])

/** In document order, as the parser listed them (a walk of the whole tree found the same, in the same order). */
const findMetaElements = (root: HtmlRoot): MetaElements => {
  const found: MetaElements = { byKey: new Map() }
  for (const node of root.collected) {
    const tag = node.tagName
    if (tag === "meta") {
      for (const key of metaKeys(node)) if (!found.byKey.has(key)) found.byKey.set(key, node)
    } else if (tag === "title") found.title ??= node
    else if (tag === "time" && node.attribs.datetime !== undefined) found.time ??= node
    else if (tag === "link" && node.attribs.rel?.toLowerCase() === "canonical") found.canonical ??= node
  }
  return found
}

const textOf = (node: AnyHtmlNode): string => (node.type === "text" ? node.data : node.children.map(textOf).join(""))

const pageHints = (root: HtmlRoot): DocumentHints => {
  const found = findMetaElements(root)
  /** The first element of any of these keys, in document order, as a selector group picks it. */
  const first = (...keys: ReadonlyArray<string>): Element | undefined => {
    let best: Element | undefined
    for (const key of keys) {
      const element = found.byKey.get(key)
      if (element !== undefined && (best === undefined || (element.startIndex ?? 0) < (best.startIndex ?? 0)))
        best = element
    }
    return best
  }
  const content = (...keys: ReadonlyArray<string>): string | null => {
    const value = first(...keys)?.attribs.content?.trim()
    return value === undefined || value.length === 0 ? null : value
  }
  return {
    title: content("property:og:title") ?? ((found.title === undefined ? "" : textOf(found.title).trim()) || null),
    published:
      content("property:article:published_time") ??
      content("name:pubdate", "name:publishdate", "name:date", "name:dc.date", "itemprop:datePublished") ??
      (found.time?.attribs.datetime?.trim() || null),
    author: content("name:author"),
    outlet: content("property:og:site_name"),
    url: found.canonical?.attribs.href?.trim() || content("property:og:url")
  }
}

export interface HtmlSegments {
  readonly segments: ReadonlyArray<LineSegment>
  readonly hints: DocumentHints
}

/** The 1-based line of each offset of the source, `\n`, `\r\n` and `\r` ending a line as in text inputs. */
export const lineLocator = (source: string): ((offset: number) => number) => {
  const starts = [0]
  if (source.indexOf("\r") < 0) {
    // Without a carriage return (most pages), each line ends at a `\n` found by a native search.
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1)
  } else {
    // With carriage returns (40 % of html-eval's pages), a `\n` and a `\r` not before a `\n` end a line:
    // the two found by native searches, taken in the order they come.
    let newline = source.indexOf("\n")
    let carriage = source.indexOf("\r")
    while (newline >= 0 || carriage >= 0) {
      if (carriage >= 0 && (newline < 0 || carriage < newline)) {
        if (source.charCodeAt(carriage + 1) !== 10) starts.push(carriage + 1)
        carriage = source.indexOf("\r", carriage + 1)
      } else {
        starts.push(newline + 1)
        newline = source.indexOf("\n", newline + 1)
      }
    }
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
  const root = parseHtml(html, metaTags)
  const body = findBody(root) ?? wrapInBody(root, html.length)
  const lineOf = lineLocator(html)
  // A block element's text up to a block nested in it is one run, its text after that block another:
  // `<section>intro<h2>Aufbau</h2>text</section>` reads intro, Aufbau, text, in the page's order.
  const current = new Map<Element, Block>()
  const runs: Array<Block> = []
  const ordered: Array<{ readonly offset: number; readonly block?: Block; readonly image?: Element }> = []

  // `around` is the node's nearest block ancestor (`nearestBlock(node)`), handed down the walk.
  // Offsets are htmlparser2's, inclusive: a node's span ends one past its `endIndex`.
  const visit = (node: AnyHtmlNode, inLink: boolean, around: Element | undefined): void => {
    if (isElement(node)) {
      if (hidingReason(node) !== null) return
      if (invisibleTags.has(node.tagName) && !isNoscriptArticle(node, Config.html.noscriptArticleChars)) return
      if (node.tagName === "img") {
        ordered.push({ offset: node.startIndex, image: node })
        return
      }
      if (node.tagName === "br") {
        if (around !== undefined) current.get(around)?.parts.push(" ")
        return
      }
      const link = inLink || node.tagName === "a"
      const inside = blockTags.has(node.tagName) ? node : around
      for (const child of node.children) visit(child, link, inside)
      return
    }
    if (node.type !== "text") return
    const element = around
    if (element === undefined) return
    const data = node.data
    if (!/\S/u.test(data)) {
      current.get(element)?.parts.push(" ")
      return
    }
    let block = current.get(element)
    if (block === undefined) {
      block = { element, texts: [], parts: [], linkChars: 0, hasNestedBlock: false, text: "", hinted: undefined }
      current.set(element, block)
      runs.push(block)
      ordered.push({ offset: node.startIndex, block })
      // This block's text interrupts the runs of the blocks around it: their text after it is a new run.
      for (let outer = nearestBlock(element); outer !== undefined; outer = nearestBlock(outer)) {
        const run = current.get(outer)
        if (run !== undefined) {
          run.hasNestedBlock = true
          current.delete(outer)
        }
      }
    }
    block.texts.push(node)
    block.parts.push(data)
    if (inLink) block.linkChars += normalizedLength(data)
  }

  for (const child of root.children) visit(child, false, nearestBlock(child))
  // A run of an element holding other blocks, or one of several runs, spans its own text nodes, not its element.
  const runsOf = new Map<Element, Array<Block>>()
  for (const run of runs) {
    const list = runsOf.get(run.element)
    if (list === undefined) runsOf.set(run.element, [run])
    else list.push(run)
  }
  for (const [element, list] of runsOf) {
    if (list.length > 1) for (const run of list) run.hasNestedBlock = true
    for (let parent = parentElement(element); parent !== null; parent = parentElement(parent)) {
      for (const run of runsOf.get(parent) ?? []) run.hasNestedBlock = true
    }
  }
  ordered.sort((a, b) => a.offset - b.offset)
  const blocks: Array<Block> = []
  for (const entry of ordered) if (entry.block !== undefined) blocks.push(entry.block)
  const textBlocks = blocks.map((block) => {
    const text = normalizeText(block.parts.join(""))
    block.text = text
    return {
      element: block.element,
      text,
      chars: text.length,
      linkChars: Math.min(block.linkChars, text.length),
      commas: text.match(commas)?.length ?? 0,
      offset: block.texts[0]!.startIndex
    }
  })
  const hints = hintBlocks(textBlocks, body)
  for (let index = 0; index < blocks.length; index++) blocks[index]!.hinted = hints[index]

  // Each segment is one object literal of the same shape (an object spread took V8's slow path).
  const segments: Array<LineSegment> = []
  for (const entry of ordered) {
    const block = entry.block
    if (block !== undefined) {
      const first = block.texts[0]!
      const last = block.texts[block.texts.length - 1]!
      const own = block.element
      const whole = !block.hasNestedBlock
      const start = whole ? own.startIndex : first.startIndex
      const end = (whole ? own.endIndex : last.endIndex) + 1
      const hinted = block.hinted
      segments.push({
        lineStart: lineOf(start),
        lineEnd: lineOf(Math.max(start, end - 1)),
        rawText: html.slice(start, end),
        text: block.text,
        hint: hinted?.hint ?? null,
        hintEvidence: hinted?.evidence ?? []
      })
    } else {
      const image = entry.image!
      const start = image.startIndex
      const end = image.endIndex + 1
      segments.push({
        lineStart: lineOf(start),
        lineEnd: lineOf(Math.max(start, end - 1)),
        rawText: html.slice(start, end),
        text: normalizeText(image.attribs.alt ?? ""),
        hint: "image"
      })
    }
  }
  return { segments, hints: pageHints(root) }
}

/** The article's container, its title, and the kind the markup hints for each block. */
const hintBlocks = (textBlocks: ReadonlyArray<HintedBlock & TextBlock>, body: Element): ReadonlyArray<BlockHint> => {
  const main = findMainContent(textBlocks, body)
  const offsetOf = (element: Element): number => element.startIndex
  const mainOffset = Math.min(...[...main.members].map(offsetOf))
  const title = textBlocks.find(
    (block) => block.element.tagName === "h1" && (block.offset <= mainOffset || insideAny(block.element, main.members))
  )?.element
  return blockHints(textBlocks, {
    main,
    body,
    title,
    titleOffset: title === undefined ? 0 : offsetOf(title),
    mainOffset
  })
}

const insideAny = (element: Element, containers: ReadonlySet<Element>): boolean => {
  for (let node: Element | null = element; node !== null; node = parentElement(node)) {
    if (containers.has(node)) return true
  }
  return false
}

const findBody = (root: HtmlRoot): Element | undefined => {
  const stack: Array<AnyHtmlNode> = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isElement(node) && node.tagName === "body") return node
    if (isElement(node) && invisibleTags.has(node.tagName)) continue
    if (node.type !== "text") {
      const children = node.children
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    }
  }
  return undefined
}

/** A fragment (a record's HTML field) has no `<body>`: one wraps its nodes, as a browser's parser would add it. */
const wrapInBody = (root: HtmlRoot, length: number): Element => {
  const body = makeElement("body", {}, root, 0, Math.max(0, length - 1))
  body.children = root.children
  for (const child of root.children) child.parent = body
  root.children = [body]
  return body
}
