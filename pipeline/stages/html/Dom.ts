/**
 * What the HTML stages need of the parsed tree (`Tree.ts`): which elements are
 * blocks, which hide their text, the words of an element's attributes.
 *
 * Hidden text makes no article: the `hidden` attribute, `aria-hidden="true"`,
 * an inline `display:none`/`visibility:hidden`, and the utility classes that
 * CSS frameworks hide with (`sr-only`, `visually-hidden`, `screen-reader-text`,
 * `d-none`, `hidden`; matched as whole class names, so Bootstrap's
 * `hidden-xs`, shown on a desktop, is not hidden).
 */
import type { AnyHtmlNode, HtmlElement } from "./Tree.ts"

/**
 * Never shown: their text is no segment at all. `<head>` is not among them: htmlparser2 does not
 * close a head at the first body element as a browser does, so a page whose `</head>` is missing
 * would lose its article inside it; what a head holds (`title`, `script`, `style`) is hidden.
 */
export const invisibleTags: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "title",
  "svg",
  "math",
  "iframe",
  "object"
])

export const blockTags: ReadonlySet<string> = new Set([
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

export const headingTags: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"])

/** Controls: their text is the page's machinery, never the article's. */
export const controlTags: ReadonlySet<string> = new Set(["button", "select", "option", "label"])

export const isElement = (node: AnyHtmlNode): node is HtmlElement =>
  node.type === "tag" || node.type === "script" || node.type === "style"

const hidingClasses: ReadonlySet<string> = new Set([
  "hidden",
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "screen-reader-text",
  "screenreader-text",
  "element-invisible",
  "d-none",
  "is-hidden",
  "u-hidden",
  "hide"
])

const hidingStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu

/**
 * Holds one of these (any case) whenever a lower-cased class name is a hiding class: each class
 * above holds one, and lower-casing makes none of their letters from a letter outside ASCII
 * (only `K`, the Kelvin sign, and `İ`, which becomes `i` and a combining dot, lower-case to ASCII).
 * Most class attributes hold none, and are not lower-cased nor split.
 */
const mayHoldHidingClass = /hid|sr-only|screen|invisible|d-none/i

/** Hidden by an attribute, an inline style or a hiding class; `hidden` attribute first (the old rule). */
export const hidingReason = (element: { readonly attribs: Readonly<Record<string, string>> }): string | null => {
  const attributes = element.attribs
  if (attributes.hidden !== undefined) return "hidden"
  if (attributes["aria-hidden"] === "true") return "aria-hidden"
  const style = attributes.style
  if (style !== undefined && hidingStyle.test(style)) return "style"
  const classes = attributes.class
  if (classes !== undefined && mayHoldHidingClass.test(classes)) {
    for (const name of classes.toLowerCase().split(/\s+/u)) if (hidingClasses.has(name)) return `class:${name}`
  }
  return null
}

/** The words an element's markup says about it: class, id, role and itemprop. */
export const attributeText = (element: HtmlElement): string => {
  const attributes = element.attribs
  const itemprop = attributes.itemprop === undefined ? "" : ` itemprop-${attributes.itemprop}`
  const role = attributes.role === undefined ? "" : ` ${attributes.role}`
  return `${attributes.class ?? ""} ${attributes.id ?? ""}${role}${itemprop}`
}

export const parentElement = (node: AnyHtmlNode): HtmlElement | null => {
  const parent = node.parent
  return parent !== null && isElement(parent) ? parent : null
}

const textLength = (node: AnyHtmlNode, limit: number): number => {
  if (node.type === "text") return node.data.trim().length
  if (isElement(node) && (node.tagName === "script" || node.tagName === "style")) return 0
  let total = 0
  for (const child of node.children) {
    total += textLength(child, limit - total)
    if (total >= limit) break
  }
  return total
}

/** A `<noscript>` whose text runs long is the article as printed for readers without JavaScript. */
export const isNoscriptArticle = (element: HtmlElement, minChars: number): boolean =>
  element.tagName === "noscript" && textLength(element, minChars) >= minChars
