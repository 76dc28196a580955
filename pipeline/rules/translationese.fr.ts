/**
 * The vocabularies behind the page-level translationese features of French
 * (`pipeline/classifier/TranslationFeatures.ts`). They describe families of
 * habits, not phrases of one page: each family is a pattern over a class of
 * Vietnamese administrative calques or machine-translation slips, seen on pages
 * of at least two outlets of the gold sets (`tests/gold/fr-mt-*`, and for the
 * contrast `tests/gold/fr-desk-*`). The model weighs them; nothing here is a
 * verdict on its own. `signal` is what `mt_signals` prints when the family
 * is among a page's strongest evidence.
 */

export interface TranslationeseFamily {
  readonly id: string
  readonly signal: string
  readonly pattern: string
  readonly caseInsensitive?: boolean
  readonly note: string
}

/** French function words whose rates differ between translated and written French. */
export const frenchFunctionWords: ReadonlyArray<string> = [
  "le",
  "la",
  "les",
  "de",
  "du",
  "des",
  "un",
  "une",
  "et",
  "à",
  "au",
  "aux",
  "en",
  "dans",
  "par",
  "pour",
  "sur",
  "avec",
  "que",
  "qui",
  "dont",
  "ce",
  "cette",
  "ces",
  "il",
  "elle",
  "ils",
  "se",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "a",
  "est",
  "sont",
  "été",
  "ont",
  "ne",
  "pas",
  "plus",
  "aussi",
  "ainsi",
  "afin",
  "lors",
  "selon",
  "entre",
  "notamment",
  "également",
  "y",
  "on",
  "nous",
  "vous",
  "mais",
  "car",
  "où",
  "comme",
  "tout",
  "tous",
  "toutes"
]

export const translationeseFamilies: ReadonlyArray<TranslationeseFamily> = [
  {
    id: "calque-cong-tac",
    signal: "calque of công tác (le travail de …)",
    pattern: String.raw`\b(?:le|du|au|ce|un|bon)\s+travail\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?:propagande|inspection|personnel|organisation|construction|prévention|sélection|contrôle|formation|mobilisation|sécurité|supervision|examen|gestion|planification|rectification|défense|protection|cadres?|masse|jeunesse|syndic)`,
    note: "*công tác X* (the task of X) rendered word for word; French desks write `la politique des cadres`, `l'inspection`."
  },
  {
    id: "calque-comrade",
    signal: "comrade before names (đồng chí)",
    pattern: String.raw`\b(?:le|la|les|du|au|aux|des)?\s*[Cc]amarades?\s+\p{Lu}`,
    note: "*đồng chí* kept before every official's name; French desks write `M.`/`Mme` or the bare name."
  },
  {
    id: "calque-term-session",
    signal: "calque of khóa/nhiệm kỳ (terme, trimestre, période)",
    pattern: String.raw`\b(?:terme|trimestre|cours)\s+(?:X{0,3}(?:IX|IV|V?I{0,3})|\d{1,2})\b|\b(?:mandat|terme|période)\s+(?:20\d\d|19\d\d)\s*[-–]\s*(?:20\d\d)\b|\bsession\s+20\d\d\s*[-–]\s*20\d\d\b`,
    note: "*khóa XIII*, *nhiệm kỳ 2020-2025* as `terme XIII`, `période 2020-2025`, `session 2021-2026` after a numeral."
  },
  {
    id: "calque-bridge-point",
    signal: "calque of điểm cầu (point de pont)",
    pattern: String.raw`\bpoints?\s+(?:de|du)\s+pont|\bponts?\s+en\s+ligne\b`,
    note: "*điểm cầu* (a venue of an online conference) as `point de pont`."
  },
  {
    id: "calque-synchronous",
    signal: "calque of đồng bộ/quyết liệt (de manière synchrone, drastiquement)",
    pattern: String.raw`\b(?:de\s+manière|de\s+façon)\s+(?:synchrone|drastique|décisive|synchronisée|globale\s+et\s+synchrone)|\bsynchrone(?:ment)?\b|\bdrastiquement\b|\bpro-?activement\b`,
    note: "*đồng bộ*, *quyết liệt*, *chủ động* as adverbs French uses of machines or not at all."
  },
  {
    id: "calque-sentence-openers",
    signal: "Vietnamese sentence openers (Dans lequel, C'est-à-dire, Par conséquent)",
    pattern: String.raw`(?:^|[.!?;:]\s+)(?:Dans\s+lequel|Dans\s+laquelle|Parmi\s+lesquels?,|Parmi\s+(?:ceux-ci|celles-ci|eux|elles),|C['’]est-à-dire,|Concrètement,|Auparavant,|Plus\s+précisément,|En\s+particulier,|Particulièrement,|Outre\s+cela,|En\s+outre\s+de)`,
    note: "*Trong đó*, *Tức là*, *Cụ thể*, *Đặc biệt* opening a sentence, kept in Vietnamese order."
  },
  {
    id: "calque-party-organs",
    signal: "calques of Party organs (Comité du Parti de …, Comité permanent du …)",
    pattern: String.raw`\b[Cc]omité\s+(?:du\s+Parti\s+(?:provincial|municipal|de\s+district|de\s+la\s+commune|du\s+quartier)|permanent\s+du\s+Comité\s+(?:provincial|municipal)|populaire\s+provincial\s+du\s+Parti|du\s+Parti\s+du\s+Comité)|\b(?:Bureau|Comité)\s+exécutif\s+du\s+Comité\s+du\s+Parti`,
    note: "*Đảng ủy tỉnh*, *Ban Thường vụ Tỉnh ủy* with the Vietnamese word order kept."
  },
  {
    id: "calque-honour-formulas",
    signal: "Vietnamese formulas (solennellement, chaleureusement, attentivement)",
    pattern: String.raw`\b(?:a|ont|avons)\s+solennellement\b|\bsolennellement\s+(?:ouvert|organisé|tenu)|\bétudier\s+attentivement\b|\bpromouvoir\s+(?:l['’]esprit|l['’]intelligence|la\s+force)|\bchaleureusement\s+félicité`,
    note: "*long trọng tổ chức*, *nghiên cứu kỹ*, *phát huy tinh thần* rendered word for word."
  },
  {
    id: "calque-time-of-day-opening",
    signal: "Vietnamese dateline order (Le matin du 5 août, …)",
    pattern: String.raw`(?:^|[.!?]\s+|\n)(?:Le|Au|Dans\s+le|Dans\s+l['’]|L['’]|En)\s*(?:matin|après-midi|soir|soirée|matinée|nuit)\s+du\s+\d{1,2}`,
    note: "*Sáng 5/8*, *Chiều 12/3* opening the lede as `Le matin du 5 août, …`; French desks write `Le 5 août au matin` or `Mardi matin`."
  },
  {
    id: "dash-apposition",
    signal: "titles after a dash (Nguyễn Văn A - Président de …)",
    pattern: String.raw`\p{Lu}\p{Ll}+\s+[-–]\s+(?:[Vv]ice-|[Mm]embres?\s|[Ss]ecrétaire|[Pp]résidente?\s|[Dd]irect(?:eur|rice)|[Cc]hef\s|[Dd]éputée?|[Mm]inistre|[Cc]ommandant|[Jj]ournaliste|[Cc]amarade)`,
    note: "A name, a dash and the office (*Đồng chí X - Ủy viên ...*): the Vietnamese apposition kept; French sets the office between commas."
  },
  {
    id: "calque-city-of",
    signal: "calque of thành phố (ville de Hanoi, Ho Chi Minh Ville)",
    pattern: String.raw`\b[Vv]ille\s+de\s+(?:Ho\s+Chi\s+Minh|Hô\s+Chi\s+Minh|Hanoi|Ha\s+Noi|Hà\s+Nội|Da\s+Nang|Đà\s+Nẵng|Hai\s+Phong|Hải\s+Phòng|Can\s+Tho|Cần\s+Thơ|Hue|Huế|Vinh)\b|\bHo\s+Chi\s+Minh\s+(?:[Vv]ille|City)\b`,
    note: "*thành phố Hà Nội* as `ville de Hanoi`; French writes `Hanoï`, `Hô Chi Minh-Ville`."
  },
  {
    id: "hanoi-without-trema",
    signal: "Hanoi spelled without its French tréma",
    pattern: String.raw`\b(?:Hanoi|Ha\s+Noi|Hà\s+Nội)(?![\p{L}ï])`,
    note: "French desks write `Hanoï`; a translation engine keeps `Hanoi` or `Hà Nội` from the source."
  },
  {
    id: "french-inverted-incise",
    signal: "French reporting incises (a-t-il souligné)",
    pattern: String.raw`\b\p{Ll}+-t-(?:il|elle|on)\b|\b(?:a|ont|est|sont|déclare|souligne|affirme|ajoute|indique|estime|précise|explique|poursuit|rappelle|insiste)-(?:t-)?(?:il|elle|ils|elles)\b`,
    note: "`a-t-il souligné`, `estime-t-elle`: a French reporter's incise; Vietnamese attributes quotes before them, and the translation keeps that order. Evidence against machine translation."
  },
  {
    id: "english-left",
    signal: "English left in the French (dates, labels)",
    pattern: String.raw`\b(?:January|February|March|April|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|June|July|August|September|October|November|December)\b|\b(?:Related\s+(?:news|articles?|posts?)|Read\s+more|Share|Comments?|Photo:|Source:|Tags:|Hot\s+news|See\s+more)(?![\p{L}])`,
    note: "An English date or widget label in a French page: the French was made through an English pivot or a template left untranslated."
  },
  {
    id: "vietnamese-left",
    signal: "Vietnamese words left untranslated",
    pattern: String.raw`(?<![\p{L}])(?:của|và|các|những|được|trong|với|cho|người|này|đã|không|là|tỉnh|huyện|xã|thành\s+phố|đồng\s+chí|Đảng\s+bộ|ủy\s+ban)(?![\p{L}])`,
    note: "Common Vietnamese words inside French sentences: an untranslated fragment."
  },
  {
    id: "french-accents-missing",
    signal: "French words without their accents",
    pattern: String.raw`(?<![\p{L}])(?:a\s+ete|ete\s+(?:\p{Ll}+e|elu|organise)|etait|etaient|apres|deja|tres|etre|president|republique|general|generale|developpement|securite|societe|comite|delegation|delegues?|activites?|reunion|economique|deputes?|ministere|celebre|decembre|fevrier|aout|annee|premiere|specialement|procedure)(?![\p{L}])`,
    caseInsensitive: true,
    note: "French printed without accents (`a ete`, `president`, `Comite`): a translation engine's ASCII output, never a French desk's."
  }
]

/**
 * A page's own notice that its French is a translation (a widget of the site,
 * not translated text): the notice is never flagged itself, and it is page
 * evidence of its own weight (log-odds), beside the model.
 */
export interface TranslationNotice {
  readonly id: string
  readonly signal: string
  readonly pattern: string
  readonly logOdds: number
  readonly note: string
}

export const translationNotices: ReadonlyArray<TranslationNotice> = [
  {
    id: "stated-machine-translation",
    signal: "the page says it was machine-translated",
    pattern: String.raw`\b(?:[Tt]raduit|[Tt]raduction)\s+(?:par|automatique|de\s+l['’]IA)\b[^.\n]{0,30}\b(?:AI|IA|machine|automatique)\b|\bOriginal\s+vietnamien\b|\b[Tt]raduction\s+automatique\b`,
    logOdds: 4,
    note: "fr.congdoanvietnam.vn and fr.laodong.vn head every article with `Original vietnamien  Traduit par Lao Dong AI` (gold fr-mt-national 09, 10, 40, 45 and dev 65)."
  },
  {
    id: "link-to-original",
    signal: "the page links to its original",
    pattern: String.raw`^(?:Lisez|Lire|Voir)\s+(?:la\s+)?version\s+originale\b|^Le\s+texte\s+original\s+est\s+disponible\b`,
    logOdds: 1,
    note: "`Lisez la version originale ici`, `Le texte original est disponible ici` under translated union news (gold fr-mt-national 19, 35); a desk may link an interview's original too, so it weighs less."
  }
]
