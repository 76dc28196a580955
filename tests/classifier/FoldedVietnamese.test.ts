import * as fs from "node:fs"
import { describe, expect, it } from "@effect/vitest"
import { foldedVietnamese } from "../../pipeline/classifier/FoldedVietnamese.ts"
import { probeOf } from "../../pipeline/TextNormalization.ts"

/** Raw line `line` of a gold page, as the classifier reads it. */
const goldLine = (set: string, file: string, line: number): string =>
  probeOf(fs.readFileSync(new URL(`../gold/${set}/raw/${file}`, import.meta.url), "utf8").split("\n")[line - 1]!)

describe("Vietnamese written without its marks, on real pages", () => {
  it.each([
    // a caption's original (Lao Động's French page, as printed by Công Đoàn), a caption with its credit (Lao
    // Động), an alt text (Kiến Thức)
    ["fr-mt-national", "49_congdoan-fr-ouvriers-logements-delabres-hanoi.txt", 11, true],
    ["dev", "63_laodong-fr-ouverture-20e-congres-nghe-an.txt", 18, true],
    ["vi-national", "02_kienthuc-de-nghi-khai-tru-khoi-dang.txt", 10, true],
    // not French naming Vietnamese people without marks (Công Đoàn), nor a source's link whose slug is
    // Vietnamese (Hội LHPN Khánh Hòa), nor Vietnamese with its marks
    ["fr-mt-national", "40_congdoan-fr-nguyen-dinh-khang-ambassadeur-nicaragua.txt", 2, false],
    ["vi-more2", "18_hlhpnkhanhhoa-lanh-dao-tinh-tham-tang-qua-nha-trang.txt", 7, false],
    ["vi-national", "02_kienthuc-de-nghi-khai-tru-khoi-dang.txt", 11, false]
  ] as const)("%s/%s:%i is %s", (set, file, line, folded) => {
    expect(foldedVietnamese(goldLine(set, file, line))).toBe(folded)
  })
})
