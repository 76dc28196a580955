/**
 * How deep an HTML page nests its elements, measured by a linear scan of the
 * tags before any parser sees the page: parse5 (under cheerio) takes time
 * quadratic in the depth (100,000 nested `<div>`s took 106 s), so a page
 * deeper than `Config.input.maxHtmlDepth` is refused as `too_deep` first.
 *
 * - Comments, doctypes and processing instructions open nothing.
 * - Void elements (`<br>`, `<img>` ...), self-closed tags and elements whose
 *   end tag is optional (`<p>`, `<li>`, `<td>` ...) are not counted: a page that
 *   never closes its paragraphs is not deep.
 * - The text of `<script>`, `<style>`, `<textarea>` ... is skipped to its end tag.
 * - An end tag closes one level (never below 0), whatever it names: the scan
 *   measures, it does not validate.
 */

const voidOrOptionalEnd = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
  "param",
  "keygen",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rp",
  "html",
  "head",
  "body"
])
const rawText = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"])

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
/** `[A-Za-z0-9:-]`: a tag name's characters. */
const isNameCharacter = (code: number): boolean =>
  isLetter(code) || (code >= 48 && code <= 58) /* 0-9 and : */ || code === 45 /* - */

/** The end tag of a raw-text element, compiled once per name (`iu`, as before: `ſ` reads as `s`). */
const endTags = new Map<string, RegExp>()
const endTagOf = (name: string): RegExp => {
  let endTag = endTags.get(name)
  if (endTag === undefined) {
    endTag = new RegExp(`</${name}`, "giu")
    endTags.set(name, endTag)
  }
  return endTag
}

/**
 * The deepest nesting of counted elements, or the first depth above `limit`
 * (the scan stops there: a hostile page costs no more than `limit` levels).
 */
export const htmlNestingDepth = (html: string, limit: number): number => {
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
    const closing = html.charCodeAt(i + 1) === 47 // "/"
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
      const endTag = endTagOf(name)
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
