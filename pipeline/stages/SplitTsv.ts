/**
 * Splits a TSV export into rows of cells. Two kinds of TSV are met:
 *
 * - plain TSV (PostgreSQL `COPY`, `mysql -B`, `cut`, most scrapers): a tab ends
 *   a cell, a line break ends a row, and a `"` is just a character;
 * - quoted TSV (Excel's "Unicode text", pandas `to_csv(sep="\t")`): a cell
 *   may be wrapped in `"` (inner quotes doubled) to hold tabs or line breaks.
 *
 * The file decides by sniffing: it is read as quoted only when every cell that
 * opens with `"` closes it just before a tab or a line break, and every row
 * then has as many cells as the header. Otherwise a quote opened in one row and
 * closed in a later one would merge the rows between (the quoted reading is
 * wrong), so the file is read as plain TSV, line by line.
 */

export interface TsvTable {
  readonly quoted: boolean
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

const isBlankRow = (cells: ReadonlyArray<string>): boolean => cells.every((cell) => cell.trim().length === 0)

const splitPlain = (text: string): Array<Array<string>> => text.split(/\r\n|\r|\n/u).map((line) => line.split("\t"))

/** The rows of a quoted TSV, or null when a quoted cell is unbalanced or does not span its whole cell. */
const splitQuoted = (text: string): Array<Array<string>> | null => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let i = 0
  for (;;) {
    let cell: string
    if (text[i] === '"') {
      let value = ""
      let j = i + 1
      for (;;) {
        const close = text.indexOf('"', j)
        if (close < 0) return null
        value += text.slice(j, close)
        if (text[close + 1] === '"') {
          value += '"'
          j = close + 2
        } else {
          i = close + 1
          break
        }
      }
      const after = text[i]
      if (after !== undefined && after !== "\t" && after !== "\n" && after !== "\r") return null
      cell = value
    } else {
      let end = i
      while (end < text.length && text[end] !== "\t" && text[end] !== "\n" && text[end] !== "\r") end++
      cell = text.slice(i, end)
      i = end
    }
    row.push(cell)
    if (i >= text.length) {
      rows.push(row)
      return rows
    }
    if (text[i] === "\t") {
      i++
      continue
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1
    rows.push(row)
    row = []
  }
}

const opensQuote = (text: string): boolean => /(?:^|[\t\n\r])"/u.test(text)

export const splitTsv = (text: string): TsvTable => {
  const quotedRows = opensQuote(text) ? splitQuoted(text) : null
  const filled = quotedRows?.filter((cells) => !isBlankRow(cells)) ?? []
  const quotedFits = quotedRows !== null && filled.every((cells) => cells.length === filled[0]!.length)
  const rows = (quotedFits ? quotedRows : splitPlain(text)).filter((cells) => !isBlankRow(cells))
  return { quoted: quotedFits, header: rows[0] ?? [], rows: rows.slice(1) }
}
