/**
 * The parsed page as the HTML stages read it: elements and text nodes with
 * their source offsets, built straight from htmlparser2's parser events.
 *
 * It is the tree `cheerio.load(html, { xml: { xmlMode: false, withStartIndices,
 * withEndIndices } })` made (htmlparser2's `parseDocument` into domhandler's
 * nodes), node for node and offset for offset, without what the stages never
 * read: no comment or doctype nodes (a text node after one is still a new
 * node, as domhandler makes it), no sibling links, no cheerio wrapper. Parsing
 * is most of `segmentHtml`, and the scavenges that copy each page's live tree
 * were a third of it: the lighter tree is quicker to build and to copy.
 *
 * - An element is made when its start tag ends (`onopentag`) and closed at
 *   the parser's `onclosetag`, implied closes included; its `startIndex` is
 *   its `<`, its `endIndex` the last character of its end tag (or what the
 *   parser reports for an implied end), as domhandler sets them.
 * - Adjacent text events (a text and the entities inside it) make one text
 *   node, whose `endIndex` is the last event's end; a comment, a doctype or
 *   any tag between two texts makes them two nodes.
 * - `type` is `script` or `style` for those two tags, else `tag` (domhandler's
 *   element types); the root's is `root`.
 */
import { Parser } from "htmlparser2"

export interface HtmlElement {
  readonly type: "tag" | "script" | "style"
  /** The lower-cased tag name. */
  readonly tagName: string
  readonly attribs: Readonly<Record<string, string>>
  children: Array<HtmlNode>
  parent: HtmlParent
  startIndex: number
  endIndex: number
}

export interface HtmlText {
  readonly type: "text"
  data: string
  parent: HtmlParent
  readonly startIndex: number
  endIndex: number
}

export interface HtmlRoot {
  readonly type: "root"
  children: Array<HtmlNode>
  readonly parent: null
}

export type HtmlNode = HtmlElement | HtmlText
export type HtmlParent = HtmlElement | HtmlRoot
export type AnyHtmlNode = HtmlNode | HtmlRoot

/** One shape for every element (the stages' walks read them all). */
class ElementNode implements HtmlElement {
  readonly type: "tag" | "script" | "style"
  children: Array<HtmlNode> = []
  constructor(
    readonly tagName: string,
    readonly attribs: Readonly<Record<string, string>>,
    public parent: HtmlParent,
    public startIndex: number,
    public endIndex: number
  ) {
    this.type = tagName === "script" ? "script" : tagName === "style" ? "style" : "tag"
  }
}

class TextNode implements HtmlText {
  readonly type = "text"
  constructor(
    public data: string,
    public parent: HtmlParent,
    readonly startIndex: number,
    public endIndex: number
  ) {}
}

/** An element made by the stages (a fragment's `<body>`), of the parser's elements' shape. */
export const makeElement = (
  tagName: string,
  attribs: Readonly<Record<string, string>>,
  parent: HtmlParent,
  startIndex: number,
  endIndex: number
): HtmlElement => new ElementNode(tagName, attribs, parent, startIndex, endIndex)

/** The page's tree (htmlparser2 in HTML mode, entities decoded, tag and attribute names lower-cased). */
export const parseHtml = (html: string): HtmlRoot => {
  const root: HtmlRoot = { type: "root", children: [], parent: null }
  const open: Array<HtmlParent> = [root]
  let lastText: TextNode | null = null
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = open[open.length - 1]!
        const element = new ElementNode(name, attribs, parent, parser.startIndex, parser.endIndex)
        parent.children.push(element)
        open.push(element)
        lastText = null
      },
      onclosetag() {
        lastText = null
        // As domhandler: a close the parser reports without its start tag having ended closes the parent.
        ;(open.pop() as HtmlElement).endIndex = parser.endIndex
      },
      ontext(data) {
        if (lastText !== null) {
          lastText.data += data
          lastText.endIndex = parser.endIndex
        } else {
          const parent = open[open.length - 1]!
          const text = new TextNode(data, parent, parser.startIndex, parser.endIndex)
          parent.children.push(text)
          lastText = text
        }
      },
      oncomment() {
        lastText = null
      },
      onprocessinginstruction() {
        lastText = null
      }
    },
    { xmlMode: false, decodeEntities: true }
  )
  parser.end(html)
  return root
}
