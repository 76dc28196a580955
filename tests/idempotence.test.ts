/**
 * Idempotence: the clean text the pipeline writes, fed back to it, comes out
 * unchanged, with nothing in it labelled as noise.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { query, runInto, sqlPath, temporaryDir } from "./support/pipeline.ts"

const cleanDocuments = async (output: string) =>
  query(`SELECT source_path, title, text FROM ${sqlPath(path.join(output, "documents.parquet"))} ORDER BY source_path`)

describe("idempotence", () => {
  it("cleaning already clean text changes nothing", async () => {
    const first = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(first))
    const documents = await cleanDocuments(first)
    const input = temporaryDir("tinsach-clean-")
    for (const doc of documents) {
      const lines = [doc.title, ...String(doc.text).split("\n\n")].filter((line) => line !== null && line !== "")
      fs.writeFileSync(path.join(input, String(doc.source_path)), `${lines.join("\n")}\n`)
    }
    const second = path.join(temporaryDir(), "out")
    await Effect.runPromise(runInto(second, [input]))
    expect(await cleanDocuments(second)).toEqual(documents)
    const noise = await query(
      `SELECT source_path, kind, text FROM ${sqlPath(path.join(second, "segments.parquet"))} WHERE is_noise`
    )
    expect(noise).toEqual([])
    const changed = await query(
      `SELECT source_path, text, raw_text FROM ${sqlPath(path.join(second, "segments.parquet"))} WHERE text <> raw_text`
    )
    expect(changed).toEqual([])
  })
})
