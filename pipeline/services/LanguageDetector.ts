/**
 * The language detector as a service. eld's tables load when a line first
 * needs them (see `Eld.ts`), so that a process whose workers do the detecting,
 * like the main thread of a run with `--workers`, never holds them.
 */
import { Effect } from "effect"
import { Config } from "../Config.ts"
import type { Detector } from "../stages/DetectLanguage.ts"
import { makeEldDetector } from "./Eld.ts"

export class LanguageDetector extends Effect.Service<LanguageDetector>()("tinsach/LanguageDetector", {
  effect: Effect.gen(function* () {
    const load: Effect.Effect<Detector> = yield* Effect.cached(
      Effect.sync(() => makeEldDetector(Config.language.detectable))
    )
    return { load }
  })
}) {}
