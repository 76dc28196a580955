/**
 * The noise rules' gates (`pipeline/rules/noiseGates.ts`): each is written for its row's current
 * pattern, and shuts on no line the pattern matches, on every line of the gold pages and the seeds.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { noiseGates, patternDigest } from "../../pipeline/rules/noiseGates.ts"
import { firstMatch } from "../../pipeline/stages/ClassifyNoise.ts"
import { probeOf } from "../../pipeline/TextNormalization.ts"
import { projectRoot, rules, seedsDir } from "../support/pipeline.ts"

const linesOf = (folder: string): Array<string> =>
  fs
    .readdirSync(folder, { recursive: true })
    .map((file) => path.join(folder, String(file)))
    .filter((file) => fs.statSync(file).isFile())
    .flatMap((file) => fs.readFileSync(file, "utf8").split(/\r?\n/u))

const goldRoot = path.join(projectRoot, "tests/gold")
const lines = [
  ...fs
    .readdirSync(goldRoot)
    .map((set) => path.join(goldRoot, set, "raw"))
    .filter((raw) => fs.existsSync(raw))
    .flatMap(linesOf),
  ...linesOf(seedsDir)
].map((line) => probeOf(line.trim()))

describe("the noise rules' gates", () => {
  it("are each checked against their row's pattern as it is now", () => {
    for (const [id, gate] of Object.entries(noiseGates)) {
      const row = rules.noise.find(({ rule }) => rule.id === id)
      expect(row, id).toBeDefined()
      // A changed pattern: check the gate against it again, then write this digest in `noiseGates.ts`.
      expect(patternDigest(row!.rule.pattern, row!.rule.caseInsensitive), id).toBe(gate.digest)
    }
  })

  it("shut on no line their pattern matches (every line of the gold pages and the seeds)", () => {
    let matched = 0
    for (const [id, gate] of Object.entries(noiseGates)) {
      const row = rules.noise.find(({ rule }) => rule.id === id)!
      for (const line of lines) {
        if (!row.regex.test(line)) continue
        matched++
        expect(gate.test(line), `${id}: ${line}`).toBe(true)
      }
    }
    expect(matched).toBeGreaterThan(50)
  })

  it("leave the first rule that matches as it was", () => {
    // Lines the gated rows match: a breadcrumb, a byline with its date, a contact line, a programme
    // status, the shapes the gates read (ends in `)`, a digit, `ago`, `trước`).
    const examples = [
      "Trang chủ / Thời sự / Chính trị",
      "Nguyễn Văn A - 12/03/2024 08:15",
      "Điện thoại: 024 3825 1234",
      "Bản tin thời sự 19h (đang phát)",
      "Ca nhạc tổng hợp 3 phút trước",
      "Morning news 5 minutes ago",
      "Journal de 20h il y a 3 heures",
      "Liên hệ quảng cáo (tin@baomoi.vn)",
      "Cảnh sát giao thông làm nhiệm vụ. (Ảnh minh họa)"
    ]
    for (const line of [...examples, ...lines]) {
      const withoutGates = rules.noise.find(
        ({ rule, regex }) => rule.scope === "any" && line.length <= rule.maxChars && regex.test(line)
      )
      expect(firstMatch(rules.noise, line, "any")?.rule.id, line).toBe(withoutGates?.rule.id)
    }
  })
})
