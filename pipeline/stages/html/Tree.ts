/**
 * The parsed page as the HTML stages read it: elements and text nodes with
 * their source offsets, built straight from htmlparser2's parser events.
 *
 * It is the tree `cheerio.load(html, { xml: { xmlMode: false, withStartIndices,
 * withEndIndices } })` made (htmlparser2's `parseDocument` into domhandler's
 * nodes), node for node and offset for offset, without what the stages never
 * read: no comment or doctype nodes (a text node after one is still a new
 * node, as domhandler makes it), no sibling links, no cheerio wrapper, no
 * attribute outside `keptAttributes`. Parsing
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
 *
 * The tokenizer is htmlparser2's, with three of its steps taken by native
 * searches (`SkippingTokenizer`): it decodes entities, so it read text and
 * quoted attribute values one character per turn of its loop, doing nothing
 * with any but `<`, `&` or the closing quote; it now jumps to the next of them.
 */
import { Parser, Tokenizer } from "htmlparser2"

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
  /** The elements of the tags `parseHtml` was asked to collect, in document order (the tree's pre-order). */
  readonly collected: ReadonlyArray<HtmlElement>
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

/**
 * The next place of one character at or after a position of the buffer (the buffer's length when there
 * is none), remembered with where its search started while the positions asked stay inside what it covered.
 */
class NextOf {
  /** Above `at`: no search is remembered. */
  private from = 1
  private at = 0
  constructor(private readonly character: string) {}

  find(buffer: string, local: number): number {
    if (local < this.from || local > this.at) {
      const found = buffer.indexOf(this.character, local)
      this.from = local
      this.at = found < 0 ? buffer.length : found
    }
    return this.at
  }

  forget(): void {
    this.from = 1
    this.at = 0
  }
}

/** What `SkippingTokenizer` reads and sets of htmlparser2's tokenizer (private in its types), and its searches. */
interface TokenizerState {
  buffer: string
  index: number
  offset: number
  readonly decodeEntities: boolean
  readonly lt: NextOf
  readonly amp: NextOf
  readonly doubleQuote: NextOf
  readonly singleQuote: NextOf
}

interface TokenizerSteps {
  fastForwardTo(this: TokenizerState, code: number): boolean
  stateText(this: TokenizerState, code: number): void
  handleInAttributeValue(this: TokenizerState, code: number, quote: number): void
}

const LT = 0x3c
const AMP = 0x26
const DOUBLE_QUOTE = 0x22

/**
 * htmlparser2's tokenizer, the same events at the same offsets: its loop reads the character at
 * `index`, calls the state's step, then moves `index` on by one. In text (entities decoded) the step
 * does nothing with a character other than `<` and `&`, nor in a quoted attribute value with one
 * other than the quote and `&`: there `index` is set just before the next of them (or the buffer's
 * end), which the loop then reads, as it would have one turn at a time. The next of each is
 * remembered with where its search started, so that a long run without `&` is searched once; the
 * tokenizer may step back (an `&` that starts no entity), and a search is redone whenever `index`
 * lies outside what the remembered one covered. `fastForwardTo` (comments, declarations, the text of
 * `script` and `style`) finds its character with `indexOf` instead of a loop.
 */
class SkippingTokenizer extends Tokenizer {
  readonly lt = new NextOf("<")
  readonly amp = new NextOf("&")
  readonly doubleQuote = new NextOf('"')
  readonly singleQuote = new NextOf("'")

  /** A new chunk: the positions remembered were in the last one. */
  override write(chunk: string): void {
    this.lt.forget()
    this.amp.forget()
    this.doubleQuote.forget()
    this.singleQuote.forget()
    super.write(chunk)
  }
}

const baseSteps = Tokenizer.prototype as unknown as TokenizerSteps
const steps = SkippingTokenizer.prototype as unknown as TokenizerSteps
steps.fastForwardTo = function (code) {
  const found = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset)
  if (found >= 0) {
    this.index = found + this.offset
    return true
  }
  this.index = this.buffer.length + this.offset - 1
  return false
}
steps.stateText = function (code) {
  if (code === LT || code === AMP || !this.decodeEntities) {
    baseSteps.stateText.call(this, code)
    return
  }
  const local = this.index - this.offset
  this.index = this.offset + Math.min(this.lt.find(this.buffer, local), this.amp.find(this.buffer, local)) - 1
}
steps.handleInAttributeValue = function (code, quote) {
  if (code === quote || code === AMP || !this.decodeEntities) {
    baseSteps.handleInAttributeValue.call(this, code, quote)
    return
  }
  const local = this.index - this.offset
  const end = (quote === DOUBLE_QUOTE ? this.doubleQuote : this.singleQuote).find(this.buffer, local)
  this.index = this.offset + Math.min(end, this.amp.find(this.buffer, local)) - 1
}

/**
 * The attributes a stage reads (`Dom.ts`: hiding, class words; `MainContent.ts`: class; `SegmentHtml.ts`:
 * page metadata and an image's `alt`): an element keeps these, and no other. Every other attribute
 * (`src`, `srcset`, `data-*`, `width`, a JSON `data-props`) is still tokenized, and read by no stage: its
 * value is not collected nor stored, which was a fifth of the parser's time (a property added per
 * attribute under hundreds of different names, objects of as many shapes) and objects and strings the
 * scavenges copied with the page's tree.
 */
export const keptAttributes: ReadonlySet<string> = new Set([
  "alt",
  "aria-hidden",
  "class",
  "content",
  "datetime",
  "hidden",
  "href",
  "id",
  "itemprop",
  "name",
  "property",
  "rel",
  "role",
  "style"
])

/** What `KeptAttributesParser` reads and sets of htmlparser2's parser (private in its types). */
interface ParserState {
  startIndex: number
  endIndex: number
  attribname: string
  attribvalue: string
  attribs: Record<string, string> | null
  readonly lowerCaseAttributeNames: boolean
  /** Whether the attribute being read is one of `keptAttributes`. */
  keepAttribute: boolean
  getSlice(start: number, end: number): string
}

interface ParserSteps {
  onattribname(this: ParserState, start: number, endIndex: number): void
  onattribdata(this: ParserState, start: number, endIndex: number): void
  onattribentity(this: ParserState, codePoint: number): void
  onattribend(this: ParserState, quote: number, endIndex: number): void
}

/**
 * htmlparser2's parser, the same events, but an attribute outside `keptAttributes` is not collected
 * (its value's pieces not joined) nor set on the element; one inside is, as htmlparser2 does (the
 * first of a name repeated wins). No `onattribute` callback is given, so none is called.
 */
class KeptAttributesParser extends Parser {
  keepAttribute = false
}
const parserSteps = KeptAttributesParser.prototype as unknown as ParserSteps
parserSteps.onattribname = function (start, endIndex) {
  this.startIndex = start
  const name = this.getSlice(start, endIndex)
  this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name
  this.keepAttribute = keptAttributes.has(this.attribname)
}
parserSteps.onattribdata = function (start, endIndex) {
  if (this.keepAttribute) this.attribvalue += this.getSlice(start, endIndex)
}
parserSteps.onattribentity = function (codePoint) {
  if (this.keepAttribute) this.attribvalue += String.fromCodePoint(codePoint)
}
parserSteps.onattribend = function (_quote, endIndex) {
  this.endIndex = endIndex
  if (this.keepAttribute && this.attribs !== null && !Object.hasOwn(this.attribs, this.attribname)) {
    this.attribs[this.attribname] = this.attribvalue
  }
  this.attribvalue = ""
}

/**
 * The page's tree (htmlparser2 in HTML mode, entities decoded, tag and attribute names lower-cased),
 * with the elements of the tags in `collect` listed as they open: an element opens after its
 * ancestors and after every element of the subtrees before it, so that is document order.
 */
export const parseHtml = (html: string, collect: ReadonlySet<string> = new Set()): HtmlRoot => {
  const collected: Array<HtmlElement> = []
  const root: HtmlRoot = { type: "root", children: [], parent: null, collected }
  const open: Array<HtmlParent> = [root]
  let lastText: TextNode | null = null
  const parser: Parser = new KeptAttributesParser(
    {
      onopentag(name, attribs) {
        const parent = open[open.length - 1]!
        const element = new ElementNode(name, attribs, parent, parser.startIndex, parser.endIndex)
        parent.children.push(element)
        open.push(element)
        lastText = null
        if (collect.has(name)) collected.push(element)
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
    { xmlMode: false, decodeEntities: true, Tokenizer: SkippingTokenizer }
  )
  parser.end(html)
  return root
}
