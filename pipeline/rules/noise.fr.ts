/**
 * French noise vocabulary: the French editions of Vietnamese outlets (Vietnam+,
 * VOV, Nhân Dân, Le Courrier) and machine-translated copies of Vietnamese pages
 * share the block headers and widgets of French news sites.
 */
import type { NoiseRuleInput } from "../../schemas/Rules.ts"

export const frenchNoiseRules: ReadonlyArray<NoiseRuleInput> = [
  {
    id: "fr.related.header",
    certain: true,
    lang: "fr",
    kind: "related",
    pattern: String.raw`^(?:Nouvelles|Articles|Infos|Informations|Actualités|Sujets|Vidéos)\s+(?:connexes|liées|liés|similaires|associées|associés|en lien|du même thème|les plus lues)(?:\s*(?::|>>|»)\s*.*)?$`,
    caseInsensitive: true,
    note: "Related-news headers (`NOUVELLES CONNEXES`, `Articles connexes`), including the machine translation of `TIN LIÊN QUAN`."
  },
  {
    id: "fr.caption.photo-of",
    certain: true,
    lang: "fr",
    kind: "caption",
    pattern: String.raw`^(?:Photo|Photographie)\s+(?:d[’']|(?:de|du|des|diffusée|prise|fournie|publiée|transmise)(?![\p{L}]))`,
    maxChars: 400,
    feature: false,
    note: "A line opening on what it shows, a photo (`Photo diffusée par le 14e Congrès national, via l'Agence de presse vietnamienne, …`, AFP on Boursorama; `Photographie de la copie manuscrite du Testament du président Hô Chi Minh.`, Đảng Cộng sản's French edition): a caption (gold: both lines so are captions, the model read them as body at content .90 and .53); a credit (`Photo : VNA`) is `common.caption.credit`'s, and a headline saying what it shows opens otherwise (`Image de la cérémonie …`, Lao Động). Not a feature: it decides the few lines it matches."
  },
  {
    id: "fr.related.phrase",
    lang: "fr",
    kind: "related",
    pattern: String.raw`^(?:(?:>>|»|→|►|▶|•)\s*)?(?:Lire aussi|Lire également|À lire aussi|A lire aussi|À lire également|Voir aussi|À voir aussi|Sur le même sujet|Dans la même rubrique|Plus d['’]actualités|Les plus lus|Dernières nouvelles|Dernières infos|À la une|Autres(?: articles| actualités| nouvelles| infos)?|Nouveaux articles|Derniers articles)(?:\s*(?::|>>|»)\s*.*)?$`,
    caseInsensitive: true,
    note: "Further related-block headers (`Lire aussi :`, `Sur le même sujet`, `Autres`, `Nouveaux articles`), whole line or followed by a colon and a headline, after a link marker or not (`→ A LIRE AUSSI : <headline>`)."
  },
  {
    id: "fr.source.attribution",
    lang: "fr",
    kind: "source",
    pattern: String.raw`^(?:Selon|D['’]après|Source\s*:)\s+(?<outlet>[\p{Lu}\d][^.,;:!?]{0,40})$`,
    note: "A source attribution closing the article (`Selon Vietnam+`, `Source : VNA`); a capital after `Selon` and no punctuation keep sentences out."
  },
  {
    id: "fr.comment.counter",
    certain: true,
    lang: "fr",
    kind: "comment",
    pattern: String.raw`^(?:\d+\s+)?(?:Commentaires?|Réagir|Réactions?)\s*(?:\(\d+\))?$`,
    caseInsensitive: true,
    note: "Comment counters and labels (`3 commentaires`, `Réagir`)."
  },
  {
    id: "fr.comment.form-notice",
    certain: true,
    lang: "fr",
    kind: "comment",
    pattern: String.raw`^Votre adresse (?:e-mail|de messagerie) ne sera pas publiée\.?(?:\s+Les champs obligatoires sont indiqués avec\s*\*)?$`,
    note: "WordPress's comment-form notice in its shipped French translation (laminute.info, a stored page: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *'); vi.comment.form-notice is the Vietnamese one."
  },
  {
    id: "fr.comment.form-heading",
    certain: true,
    lang: "fr",
    kind: "comment",
    pattern: String.raw`^(?:Laisser un commentaire|Laissez un commentaire|Répondre|Partagez votre avis|Donnez votre avis)$`,
    caseInsensitive: true,
    feature: false,
    note: "A comment form's heading on its own line (WordPress's `Laisser un commentaire`, `Répondre`; `Partagez votre avis`, the machine translation of a comment box's heading on Báo Nghệ An's French pages): as vi.comment.form-heading (THVL's `Trả lời`)."
  },
  {
    id: "fr.ticker.now-playing",
    lang: "fr",
    kind: "ticker",
    pattern: String.raw`^(?:En cours de lecture|Lecture en cours|À suivre|A suivre|Lecture automatique|Regarder la vidéo|Voir la vidéo|En direct)$`,
    caseInsensitive: true,
    note: "Video-player widget labels of French pages."
  },
  {
    id: "fr.ticker.relative-time",
    lang: "fr",
    kind: "ticker",
    pattern: String.raw`^il y a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)$`,
    caseInsensitive: true,
    note: "A relative time on its own line (`il y a 2 heures`): the age of a playlist or most-recent item split from its headline (`ticker`, as vi.ticker.relative-time)."
  },
  {
    id: "fr.ticker.playlist-item",
    lang: "fr",
    kind: "ticker",
    pattern: String.raw`^.{3,160}\s+il y a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois)$`,
    caseInsensitive: true,
    note: "A playlist or ticker item ending with a relative time."
  },
  {
    id: "fr.dateline.published",
    lang: "fr",
    kind: "dateline",
    pattern: String.raw`^(?:Publié|Mis à jour|Modifié|Mise à jour)\s+(?:le\s+)?.{4,60}$`,
    caseInsensitive: true,
    note: "Publication and update stamps (`Publié le 12/03/2024 à 10h30`)."
  },
  {
    id: "fr.dateline.weekday",
    lang: "fr",
    kind: "dateline",
    pattern: String.raw`^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}(?:\s*(?:[-,]|à)?\s*\d{1,2}[:h]\d{2})?$`,
    caseInsensitive: true,
    note: "A dateline with the weekday (`mardi 16 décembre 2024 - 10:30`)."
  },
  {
    id: "fr.byline.par",
    lang: "fr",
    kind: "byline",
    pattern: String.raw`^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}(?:er)?\s+\p{Ll}+\s+\d{4},\s+par|(?:Article|Texte)\s+(?:rédigé|écrit)\s+par|Par)\s+(?<author>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})(?:\s*[,|–-]\s*.{0,60})?$`,
    note: "An author line (`Par Jean Dupont, à Hanoï`); a capital after `Par` keeps `Par ailleurs, ...` out. The same with what a template prints before it: `Article rédigé par Pierre Magnan` (Franceinfo), `dimanche 1er février 2026, par DI NOLA Massimo` (Réseau Bastille's date then its author); the model read both as ui."
  },
  {
    id: "fr.ui.label",
    lang: "fr",
    kind: "ui",
    pattern: String.raw`^(?:Partager|Partagez|Imprimer|Envoyer|Accueil|Menu|Se connecter|S['’]abonner|Abonnez-vous|Retour|Haut de page|Lire la suite|Fermer|Suivez-nous|Écouter l['’]article|Taille du texte)\s*:?$`,
    caseInsensitive: true,
    note: "UI labels of French news pages."
  },
  {
    id: "fr.ui.subscribe",
    certain: true,
    lang: "fr",
    kind: "ui",
    pattern: String.raw`^(?:.{0,80}\b(?:inscrivez|abonnez)[- ]vous\b.{0,60}|Il vous reste\s+\d+(?:[.,]\d+)?\s*%\s+de cet article à lire\b.{0,80}|.{0,80}\bLa suite est réservée aux abonnés\.?)$`,
    caseInsensitive: true,
    note: "A newsletter's or a paywall's call, a sentence of the site's, not the article's (`Pour être informé des derniers articles, inscrivez vous :` on Overblog, `Chaque semaine, recevez Gavroche Hebdo. Inscrivez vous en cliquant ici.`, `Il vous reste 82.69% de cet article à lire. La suite est réservée aux abonnés.` under Le Monde's text): site chrome. Certain: the model, reading sentences, kept all three (gold: 3 lines of 3 outlets, all ui); an article quoting such a call (`inscrivez-vous sur les listes électorales`) is longer than these or ends elsewhere."
  },
  {
    id: "fr.ui.view-count",
    certain: true,
    lang: "fr",
    kind: "ui",
    pattern: String.raw`^(?:[•·|-]\s*)?\d[\d\s.,]*\s+(?:vues|lectures)$`,
    caseInsensitive: true,
    note: "A page's view counter (`255 vues`), as vi.ui.view-count: site chrome."
  },
  {
    id: "fr.ui.tags",
    lang: "fr",
    kind: "ui",
    pattern: String.raw`^(?:Mots[- ]clés|Étiquettes|Thèmes)\s*:\s*.{1,200}$`,
    caseInsensitive: true,
    note: "The tag list at the bottom of an article."
  },
  {
    id: "fr.ad.label",
    lang: "fr",
    kind: "ad",
    pattern: String.raw`^(?:Publicité|Contenu sponsorisé|Sponsorisé|Annonce)$`,
    caseInsensitive: true,
    note: "Advertising labels."
  },
  {
    id: "fr.ad.company-header",
    lang: "fr",
    kind: "ad",
    scope: "head",
    pattern: String.raw`^(?:Société|Groupe|Compagnie|Entreprise|Banque)\s+\p{Lu}[^.!?:;]{0,100}$`,
    note: "A company name printed above the headline; only before a title-like line."
  }
]
