/**
 * The French-transcription family of the translation model, on real lines of
 * French desks (names without Vietnamese marks, `Têt` as a French word) and of
 * automatic editions (names kept whole with all their marks).
 */
import { describe, expect, it } from "@effect/vitest"
import { countFrenchTranscription } from "../../pipeline/classifier/TranslationFeatures.ts"

describe("french transcription", () => {
  it("counts a desk's transcribed names (VOVworld, Le Courrier du Vietnam)", () => {
    // tests/gold/fr-desk-a/raw/35_vovworld-colloque-etat-de-droit-socialiste.txt
    expect(countFrenchTranscription("Le président de la République, Nguyên Xuân Phuc (photo: TTXVN)")).toBe(2)
    // tests/gold/fr-desk-a/raw/54_lecourrier-obseques-nationales-nguyen-phu-trong.txt
    expect(
      countFrenchTranscription("Présent, le président de la République, Nguyên Xuân Phuc, également président")
    ).toBe(2)
  })

  it("does not count Têt, a French word (Le Courrier du Vietnam, VNA in French)", () => {
    // tests/gold/fr-desk-b/raw/04_vnanet-vi-pham-minh-chinh-hommage-pham-van-dong.txt
    expect(countFrenchTranscription(">> Le président Luong Cuong adresse ses vœux du Têt aux anciens dirigeants")).toBe(
      0
    )
    // tests/gold/fr-desk-a/raw/46_lecourrier-to-lam-visite-anciens-dirigeants.txt
    expect(countFrenchTranscription("à l'approche du Têt traditionnel")).toBe(0)
  })

  it("does not count a name that prints a letter French does not write (Lao Động's automatic edition)", () => {
    // tests/gold/fr-mt-national/raw/59_laodong-fr-vice-president-cgtv-cadeaux-tet-ha-tinh.txt
    const line =
      "Hà Tĩnh - Le matin du 8 février, M. Nguyễn Xuân Hùng - Vice-président de la Confédération générale du travail du Vietnam a remis des cadeaux du Têt"
    expect(countFrenchTranscription(line)).toBe(0)
  })

  it("keeps French words of the same shape out (Hôtel, Fête, Côte)", () => {
    expect(countFrenchTranscription("L'Hôtel de ville, la Fête nationale, la Côte d'Ivoire")).toBe(0)
  })
})
