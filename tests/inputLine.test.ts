/**
 * A run's `run_inputs` line (`inputLine` in `DuckDb.ts`), written for every input of a rebuild
 * without building its row object: the same line `rowLine` writes of that row, on the seeds' and
 * gold files' paths and on random paths (quotes, backslashes, control characters, lone surrogates).
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { rowLine } from "../pipeline/EncodedRows.ts"
import type { InputRecord } from "../pipeline/Process.ts"
import { inputLine, inputRow } from "../pipeline/services/DuckDb.ts"
import { tableNames } from "../schemas/Tables.ts"

/** The line `recordInput` wrote before: `rowLine` of the input's row object. */
const rowOf = (seq: number, input: InputRecord, reused: boolean, ranges: ReadonlyArray<number>) =>
  rowLine(inputRow(seq, input, reused, ranges))

const root = path.join(import.meta.dirname, "..")
const listed = (folder: string): Array<string> =>
  (fs.readdirSync(path.join(root, folder), { recursive: true }) as Array<string>).map((name) => `${folder}/${name}`)

let seed = 7
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
const pick = <A>(values: ReadonlyArray<A>): A => values[Math.floor(random() * values.length)]!
const alphabet = ["a", "é", "ạ", '"', "\\", "\n", "\t", "\u0001", "#", "%23", "/", "\ud800", "\udc00", "😀", "u", "d"]
const randomPath = (): string => Array.from({ length: 1 + Math.floor(random() * 24) }, () => pick(alphabet)).join("")
const randomNumber = (): number =>
  pick([0, 1, 2 ** 31, 2 ** 53 - 1, Math.floor(random() * 1e12), random() * 1e12, 1_765_000_000_123.456])

describe("inputLine", () => {
  it("is rowLine's line of the same row", () => {
    const paths = [...listed("seeds"), ...listed("tests/gold"), ...Array.from({ length: 3000 }, randomPath)]
    for (const [seq, sourcePath] of paths.entries()) {
      const cleaned = random() < 0.3
      const input: InputRecord = {
        source_path: sourcePath,
        sha256: random() < 0.1 ? null : "ab".repeat(32),
        bytes: random() < 0.1 ? null : randomNumber(),
        documents: Math.floor(random() * 5),
        rejects: random() < 0.7 ? [] : [pick(["malformed", "too_large", "unreadable"]), "empty"],
        ...(random() < 0.2 ? {} : { mtime: random() < 0.1 ? null : randomNumber() })
      }
      const ranges = tableNames.flatMap(() => [randomNumber(), randomNumber(), randomNumber()])
      expect(inputLine(seq, input, cleaned, ranges)).toBe(rowOf(seq, input, cleaned, ranges))
    }
  })
})
