/**
 * Symlinks that leave an `--input` root are not followed unless
 * `--follow-symlinks`: they are listed in the manifest's `skipped_symlinks`.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { query, runCli, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

const article = (topic: string) => `Tin tức về ${topic}\n\nNội dung bài báo về ${topic} cho bạn đọc gần xa.\n`

/** A crawl folder with a link to a secret beside it, a link to a folder outside, and a link inside. */
const crawlWithLinks = (): string => {
  const base = temporaryDir("tinsach-links-")
  const crawl = path.join(base, "crawl")
  fs.mkdirSync(path.join(crawl, "2024"), { recursive: true })
  fs.mkdirSync(path.join(base, "elsewhere"))
  fs.writeFileSync(path.join(crawl, "2024", "inside.txt"), article("Hà Nội"))
  fs.writeFileSync(path.join(base, "secret.txt"), article("bí mật"))
  fs.writeFileSync(path.join(base, "elsewhere", "other.txt"), article("Huế"))
  fs.symlinkSync("2024/inside.txt", path.join(crawl, "alias.txt"))
  fs.symlinkSync("../secret.txt", path.join(crawl, "secret.txt"))
  fs.symlinkSync(path.join(base, "elsewhere"), path.join(crawl, "linked"))
  fs.symlinkSync("/etc/hostname", path.join(crawl, "hostname.txt"))
  return crawl
}

const documentsOf = (output: string) =>
  query(`SELECT source_path, title FROM ${sqlPath(path.join(output, "documents.parquet"))} ORDER BY source_path`)
const manifestOf = (output: string) =>
  JSON.parse(fs.readFileSync(path.join(output, "manifest.json"), "utf8")) as { skipped_symlinks: Array<string> }

describe("symlinks leaving the input folder", () => {
  it.effect("are not followed but listed in the manifest as skipped", () =>
    Effect.gen(function* () {
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [crawlWithLinks()])
      expect(yield* Effect.promise(() => documentsOf(output))).toEqual([
        { source_path: "2024/inside.txt", title: "Tin tức về Hà Nội" },
        { source_path: "alias.txt", title: "Tin tức về Hà Nội" }
      ])
      expect(manifestOf(output).skipped_symlinks).toEqual(["hostname.txt", "linked", "secret.txt"])
    })
  )

  it("are read with --follow-symlinks", async () => {
    const output = path.join(temporaryDir(), "out")
    const crawl = crawlWithLinks()
    fs.unlinkSync(path.join(crawl, "hostname.txt"))
    const run = await runCli(["--input", crawl, "--output", output, "--workers", "1", "--follow-symlinks", "--quiet"])
    expect(run.status, run.stderr).toBe(0)
    expect(await documentsOf(output)).toEqual([
      { source_path: "2024/inside.txt", title: "Tin tức về Hà Nội" },
      { source_path: "alias.txt", title: "Tin tức về Hà Nội" },
      { source_path: "linked/other.txt", title: "Tin tức về Huế" },
      { source_path: "secret.txt", title: "Tin tức về bí mật" }
    ])
    expect(manifestOf(output).skipped_symlinks).toEqual([])
  })
})
