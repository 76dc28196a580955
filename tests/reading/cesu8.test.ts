/**
 * CESU-8 (a character above U+FFFF written as two 3-byte surrogates) is
 * decoded as such, or rejected with a reason when a surrogate has no pair:
 * never read as a legacy code page or with replacement characters.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { query, runInto, sqlPath, temporaryDir } from "../support/pipeline.ts"

/** The CESU-8 bytes of a text: each UTF-16 code unit as its own UTF-8 sequence. */
const cesu8 = (text: string): Buffer => {
  const bytes: Array<number> = []
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes.push(unit)
    else if (unit < 0x800) bytes.push(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f))
    else bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f))
  }
  return Buffer.from(bytes)
}

const french = [
  "Le sommet de Hanoï s'ouvre 🌏 sous un ciel clair",
  "",
  "Les délégués 👩 sont arrivés 🚄 dès l'aube 𝄞 pour la séance d'ouverture du forum économique."
]

describe("CESU-8", () => {
  it.effect("is decoded as cesu-8, surrogate pairs joined; a lone surrogate is undecodable with a reason", () =>
    Effect.gen(function* () {
      const input = temporaryDir("tinsach-cesu-")
      fs.writeFileSync(path.join(input, "cesu.txt"), cesu8(french.join("\n")))
      const lone = Buffer.concat([
        Buffer.from(french.join("\n")),
        Buffer.from([0xed, 0xa0, 0xbd]),
        Buffer.from(" fin.")
      ])
      fs.writeFileSync(path.join(input, "lone.txt"), lone)
      const output = path.join(temporaryDir(), "out")
      yield* runInto(output, [input])
      const documents = yield* Effect.promise(() =>
        query(`SELECT source_path, encoding, title, text FROM ${sqlPath(path.join(output, "documents.parquet"))}`)
      )
      expect(documents).toEqual([{ source_path: "cesu.txt", encoding: "cesu-8", title: french[0], text: french[2] }])
      const rejects = yield* Effect.promise(() =>
        query(`SELECT * FROM ${sqlPath(path.join(output, "rejects.parquet"))}`)
      )
      expect(rejects).toEqual([
        {
          source_path: "lone.txt",
          reason: "undecodable",
          detail: `The text writes UTF-16 surrogates as UTF-8 bytes (CESU-8) and one at byte ${Buffer.byteLength(french.join("\n"))} has no pair, so no character can be read there; re-export it as UTF-8.`
        }
      ])
    })
  )
})
