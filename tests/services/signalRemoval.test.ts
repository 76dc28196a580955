/**
 * What a signal's handler removes (`removeOpenTemporaries`): the writers into the
 * run's temporary folders are stopped first (DuckDB's statement in flight is
 * interrupted, so a Parquet `COPY` no longer makes files in a folder being
 * removed), then the folders go; a writer already closed does not stop the rest.
 */
import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { removeOpenTemporaries, trackTemporary, trackWriter } from "../../pipeline/services/OutputFolder.ts"

const folderWithFiles = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tinsach-signal-removal-"))
  fs.mkdirSync(path.join(folder, "staging.duckdb.tmp"))
  fs.writeFileSync(path.join(folder, "staging.duckdb.tmp", "spill-1.block"), "x")
  fs.writeFileSync(path.join(folder, "documents.parquet"), "PAR1")
  return folder
}

describe("a signal's removal of the temporary folders", () => {
  it("stops every writer while the folders are still there, then removes them", () => {
    const folders = [folderWithFiles(), folderWithFiles()]
    for (const folder of folders) trackTemporary(folder)
    const seen: Array<string> = []
    trackWriter(() => {
      throw new Error("connection closed")
    })
    trackWriter(() => seen.push(folders.every((folder) => fs.existsSync(folder)) ? "stopped, folders there" : "late"))
    expect(removeOpenTemporaries()).toEqual({ hadWork: true, left: [] })
    expect(seen).toEqual(["stopped, folders there"])
    expect(folders.map((folder) => fs.existsSync(folder))).toEqual([false, false])
    // everything was released: a second signal finds nothing to do
    expect(removeOpenTemporaries()).toEqual({ hadWork: false, left: [] })
    expect(seen).toHaveLength(1)
  })
  it("does not call a writer released when it closed", () => {
    const folder = folderWithFiles()
    const release = trackTemporary(folder)
    let calls = 0
    const untrack = trackWriter(() => {
      calls += 1
    })
    untrack()
    release()
    fs.rmSync(folder, { recursive: true })
    expect(removeOpenTemporaries()).toEqual({ hadWork: false, left: [] })
    expect(calls).toBe(0)
  })
})
