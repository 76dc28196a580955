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

/**
 * A tag name of at most `KEY_LETTERS` letters as a number (its lower-cased letters in base 27, `a` 1 …
 * `z` 26: below 2^53, so exact); `NO_KEY` for any other name, which neither set above holds (theirs
 * are all letters, at most 9). The scan reads a tag's kind by this number instead of cutting and
 * lower-casing its name (a string per tag).
 */
const KEY_LETTERS = 9
const NO_KEY = -1
const keyOf = (name: string): number => {
  let key = 0
  for (let i = 0; i < name.length; i++) key = key * 27 + (name.charCodeAt(i) - 96)
  return key
}
const VOID_OR_OPTIONAL_END = 1
const RAW_TEXT = 2
/** Each name of the two sets by its key: what it is, and the raw-text element's name. */
const kindByKey = new Map<number, number>()
const rawTextByKey = new Map<number, string>()
for (const name of voidOrOptionalEnd) kindByKey.set(keyOf(name), VOID_OR_OPTIONAL_END)
for (const name of rawText) {
  kindByKey.set(keyOf(name), RAW_TEXT)
  rawTextByKey.set(keyOf(name), name)
}

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
    // The name (`[A-Za-z0-9:-]*`) and its key: lower case is `| 32` on an ASCII letter.
    let nameEnd = nameStart
    let key = 0
    for (; nameEnd < html.length; nameEnd++) {
      const code = html.charCodeAt(nameEnd)
      if (isLetter(code)) key = key === NO_KEY ? NO_KEY : key * 27 + ((code | 32) - 96)
      else if ((code >= 48 && code <= 58) || code === 45) key = NO_KEY
      else break
    }
    const kind = key === NO_KEY || nameEnd - nameStart > KEY_LETTERS ? 0 : (kindByKey.get(key) ?? 0)
    const tagEnd = html.indexOf(">", nameEnd)
    if (tagEnd < 0) break
    if (closing) {
      if (kind !== VOID_OR_OPTIONAL_END) depth = Math.max(0, depth - 1)
    } else if (kind === RAW_TEXT) {
      const endTag = endTagOf(rawTextByKey.get(key)!)
      endTag.lastIndex = tagEnd
      if (endTag.exec(html) === null) break
      i = html.indexOf("<", endTag.lastIndex)
      continue
    } else if (kind !== VOID_OR_OPTIONAL_END && html.charCodeAt(tagEnd - 1) !== 47) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    }
    i = html.indexOf("<", tagEnd + 1)
  }
  return deepest
}
