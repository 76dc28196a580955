/** Small pieces of HTML: escaping, numbers, tables. */

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`)

/** JSON inside a `<script type="application/json">`: no `<` can close the element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replaceAll("<", "\\u003c")

export const integer = (value: number): string => Math.round(value).toLocaleString("en-US")

export const percent = (part: number, whole: number): string =>
  whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`

/** A table of already escaped cells; `numeric` columns align right. */
export const table = (
  head: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  numeric: ReadonlyArray<number> = []
): string => {
  const cell = (tag: "th" | "td", content: string, column: number) =>
    `<${tag}${numeric.includes(column) ? ' class="num"' : ""}>${content}</${tag}>`
  return [
    "<table>",
    `<thead><tr>${head.map((title, column) => cell("th", escapeHtml(title), column)).join("")}</tr></thead>`,
    "<tbody>",
    ...rows.map((row) => `<tr>${row.map((content, column) => cell("td", content, column)).join("")}</tr>`),
    "</tbody></table>"
  ].join("\n")
}

/** The element id of a document's view. */
export const documentAnchor = (docId: string): string => `doc-${docId}`
