/**
 * The shipped line classifier on whole real pages of eight outlets, every
 * labelled line's kind against its gold label. These pages are in the training
 * set: this is a regression gate on what the shipped model gets right, not an
 * accuracy figure (that one is cross-validated by outlet: CrossValidate.test.ts).
 */
import { describe, expect, it } from "@effect/vitest"
import { classifyNoise } from "../../pipeline/stages/ClassifyNoise.ts"
import { loadGoldPages } from "../../pipeline/train/GoldPages.ts"
import { rules } from "../support/pipeline.ts"

const pages = loadGoldPages(rules.outlets)

describe("whole real pages", () => {
  it.each([
    ["dev", "42_tinmoi-ubkt-quan-uy-de-nghi-ky-luat.txt"],
    ["dev", "44_baoquangbinh-ket-luan-dai-hoi-diem-co-so.txt"],
    ["dev", "49_thvl-tran-thanh-man-chu-tich-quoc-hoi.txt"],
    ["dev", "21_nhandan-dai-hoi-dang-bo-bo-tnmt.html"],
    ["dev", "66_thongtin-vietnam-vn-fr-travail-politique-armee.txt"],
    ["dev", "65_congdoan-fr-11e-conference-centrale-1-5-million.txt"],
    ["fr-desk-a", "46_lecourrier-to-lam-visite-anciens-dirigeants.txt"],
    ["fr-desk-b", "34_yenisafak-afp-president-vietnamien-demission.txt"]
  ])("%s/%s: every labelled line's kind", (set, file) => {
    const page = pages.find((p) => p.set === set && p.file === file)
    expect(page).toBeDefined()
    const classified = classifyNoise({ ...page!.record, segments: page!.segments }, rules).segments
    const got = page!.lines.map((line) => {
      const segment = classified.find((s) => s.lineStart <= line.line && s.lineEnd >= line.line)
      return [line.line, segment?.kind]
    })
    expect(got).toEqual(page!.lines.map((line) => [line.line, line.kind]))
  })
})
