/**
 * Language-independent noise: markup residue, placeholders, numeric datelines,
 * e-mail bylines and share widgets look the same on every outlet.
 * Patterns are matched against the segment's text with trailing table pipes removed.
 */
import type { NoiseRuleInput } from "../../schemas/Rules.ts"

export const commonNoiseRules: ReadonlyArray<NoiseRuleInput> = [
  {
    id: "common.image.markdown",
    lang: null,
    kind: "image",
    pattern: String.raw`^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^!\[[^\]]*$`,
    certain: true,
    note: "Markdown image left by HTML-to-text scrapers; empty alt and src give `![]()` (seen on Vietnam+ and Baonghean dumps). Also one cut inside its alt text (`![Hội chợ hoa đào Nọong Hét nổi ti` at the end of a Baonghean dump): no text line opens on `![` (gold: 34 lines so open, all image)."
  },
  {
    id: "common.image.numbered-alt",
    lang: null,
    kind: "image",
    pattern: String.raw`^[^.!?]{10,200}\s[-–]\s*ảnh\s*\d{1,2}\.?$`,
    caseInsensitive: true,
    certain: true,
    note: "A picture's alt text made of a headline or a slug's words and `- Ảnh N` (the picture's number), alone on its line: `Bộ GTVT tổ chức Hội nghị tổng kết năm 2023 - Ảnh 1.` (Báo Giao thông), `La Voix du Vietnam sur la voie du renouveau - ảnh 1` (VOV World). One phrase with no sentence's end before the dash: an article's sentence does not close on a picture's number. A caption glued after the number (`… - ảnh 1Le président …`) is another shape (`numberedAltText`)."
  },
  {
    id: "common.image.tag",
    lang: null,
    kind: "image",
    pattern: String.raw`^(?:<img\b[^>]*>|\[(?:image|img|photo|picture|ảnh|hình|hình ảnh)(?:\s*\d+)?\]|(?:logo|banner|img)(?:[\s_-]+[\p{L}\d]+){0,3})$`,
    caseInsensitive: true,
    certain: true,
    note: "A raw <img> tag or a bracketed image placeholder that a text dump kept instead of the picture, or the alt text a template gives its pictures (`Logo`, `Banner`, `img`, `LOGO dai hoi`: four outlets of the gold)."
  },
  {
    id: "common.image.file",
    lang: null,
    kind: "image",
    pattern: String.raw`^(?:[\p{L}\p{N}_.-]*\.(?:jpe?g|png|gif|webp|bmp)\)?|(?:jpe?g|png|gif|webp)\s*[-–,]\s*[\d.,]+\s*(?:ko|mo|kb|mb|o|b))$`,
    caseInsensitive: true,
    certain: true,
    note: "An image's file name alone on a line (`W-thiet-ke-….jpeg`, `img-2915.jpg`: Vietnam.vn, Nhân Dân) or its type and size (`JPEG - 32.1 ko` under a picture on Viet Tan's French site), with Vietnamese letters (`QUỐC-HỘI-HỌP-TOÀN-THỂ.jpg`) or as the tail of a broken markdown image (`.jpg)`): what a scraper keeps of a picture."
  },
  {
    id: "common.residue.table",
    lang: null,
    kind: "other_noise",
    joins: "related",
    pattern: String.raw`^[-–—=_*~+#|:.•·\s]+$`,
    certain: true,
    note: "Table rules and separators (`---|`, `| :--- |`) from a page table flattened to text; inside a related-news block they count as `related`. Certain: the 10 gold lines it matches are all table residue (6 other_noise, 4 in related blocks), and a line of punctuation alone is never an image or text."
  },
  {
    id: "common.residue.punctuation",
    lang: null,
    kind: "other_noise",
    pattern: String.raw`^[\s,;]*[,;][\s,;]*$`,
    certain: true,
    feature: false,
    note: "A lone comma or semicolon on a line, left where a scraper stripped the elements between them (photos, captions, credits): Báo Nam Định (`,`, 7 lines), Báo Quảng Ninh, Báo Hưng Yên, Báo Bà Rịa - Vũng Tàu (`;`); other_noise (LABELLING.md), never title or body in the gold. The model read two of them as body. Not a feature (nor part of `common.residue.table`'s): as one, the retrained model lost a body line elsewhere (10 folds, kept .9971 -> .9968)."
  },
  {
    id: "common.residue.code",
    lang: null,
    kind: "other_noise",
    pattern: String.raw`^(?:\{\{?\s*[A-Za-z][\w.-]*\s*\}\}?|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,})$`,
    certain: true,
    feature: false,
    note: "A template's or a portal's code left in the text: an unfilled placeholder (`{title}` where Báo Phú Thọ's headline should be) or a widget's identifier of words joined by underscores (`menu_WAR_vienkiemsatportlet_INSTANCE_hKWBd2nFDgz3` on Đà Nẵng's procuracy portal): other_noise (LABELLING.md); the model took both for ui. A line of text has spaces. Not a feature: as one, it moved the model to read lines of a lone comma as body (10 folds, noise recall 90.7 -> 90.2)."
  },
  {
    id: "common.ui.close-glyph",
    lang: null,
    kind: "ui",
    joins: "ticker",
    pattern: String.raw`^[Xx×✕✖✗]$`,
    certain: true,
    note: "A lone close button of an overlay or video player; next to player widgets it becomes `ticker`."
  },
  {
    id: "common.ticker.player-clock",
    lang: null,
    kind: "ticker",
    pattern: String.raw`^(?:\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|0?0:00)$`,
    certain: true,
    note: "An audio or video player's clock (`0:00 / 0:00`, position over length) and its lone `0:00` counter, what a scraper keeps of a read-aloud or video player above the article (Báo Bắc Kạn, Tin nhanh chứng khoán): player UI is `ticker`. A printed time of day is never over another or zero."
  },
  {
    id: "common.source.agency-tag",
    lang: null,
    kind: "source",
    pattern: String.raw`^\(?(?!(?:PV|BBT|CTV|NV|TG)\b)[A-Z][A-Z0-9&+]{1,5}(?:\s*[/–-]\s*[A-Z][A-Z0-9&+]{1,5}){0,2}\)?\.?$`,
    note: "A line of nothing but an agency or outlet tag in capitals (`AFP`, `CPV`, `VNA/CVN`, `HYTV`): the attribution closing a reprint (LABELLING.md `source`), on five outlets of the gold; not the staff credits `PV`, `BBT`, `CTV` (reporter, editorial board, contributor: bylines), nor a name in capitals with its marks or spaces (`DUY CUONG`)."
  },
  {
    id: "common.ui.translation-notice",
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:(?:original(?:e)?\s+(?:en\s+)?vietnamien(?:ne)?|version\s+originale|bản\s+gốc|original\s+vietnamese)\b.{0,60}|.{0,40}\b(?:traduit(?:e|es|s)?|traduction|translated|translation|dịch|bản dịch)\b.{0,30}\b(?:AI|IA|Google|automatique(?:ment)?|automatically|automatic|machine|tự động)\b.{0,20}|(?:Lisez|Lire|Voir|Read|See|Xem)\s+(?:la\s+|le\s+|the\s+)?(?:version\s+originale|texte\s+original|article\s+original|original(?:\s+(?:article|version|text))?|bản\s+gốc)(?:\s+(?:ici|here|tại đây))?|(?:Le|La|The)\s+(?:texte|version|article|text)\s+original(?:e)?\s+(?:est\s+disponible|is\s+available)\s+(?:ici|here))$`,
    caseInsensitive: true,
    certain: true,
    maxChars: 100,
    note: "A notice that the page is a machine or AI translation, or a link to the original (`Original vietnamien  Traduit par Lao Dong AI`, `Traduction automatique`, `Bản dịch tự động`), or the link's own words under the text, in any language (`Lisez la version originale ici` on Lao Động's French edition, `Le texte original est disponible ici` on Công Đoàn's; the model read the first as body): site chrome of automatic editions, never the article."
  },
  {
    id: "common.dateline.numeric",
    lang: null,
    kind: "dateline",
    pattern: String.raw`^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?\s*[-,|]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|SA|CH)?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?$`,
    caseInsensitive: true,
    note: "A line that is only a date and time, in either order, with an optional GMT offset (`09:47 28/12/2023 GMT+7`), as Vietnamese CMSs print under the title."
  },
  {
    id: "common.dateline.iso",
    lang: null,
    kind: "dateline",
    pattern: String.raw`^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$`,
    note: "An ISO 8601 timestamp on its own line, as exported by feeds and some CMS templates."
  },
  {
    id: "common.source.url",
    certain: true,
    lang: null,
    kind: "source",
    pattern: String.raw`^(?:Theo|Nguồn(?: tin)?|Source|Sources|Selon|D['’]après|Lire l['’]article (?:complet|original) sur|Read (?:the )?(?:full|original) article (?:on|at))\s*:?\s*(?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|fr|com|net|org|info)(?:/\S*)?)$`,
    caseInsensitive: true,
    note: "An attribution that is a link alone (`Theo https://baokhanhhoa.vn/...`, `source: https://www.lecourrier.vn/...`, `Lire l'article complet sur: lemonde.fr` with its address): a reprint's `source` line, never the article's text (Hội LHPN Khánh Hòa, an Overblog reprint, Syfeed)."
  },
  {
    id: "common.source.bare",
    lang: null,
    kind: "source",
    pattern: String.raw`^(?:Source|Sources|Nguồn|Nguồn tin)(?:\s+link)?\s*:?$`,
    caseInsensitive: true,
    note: "A bare `Source` link label whose link target was lost in the dump (French and English pages alike: Vietnam.vn twice), or the same link's `Source link` (Le Monde's text on Agence France 24, read as ui)."
  },
  {
    id: "common.caption.credit",
    certain: true,
    lang: null,
    kind: "caption",
    pattern: String.raw`(?:^|[\s.(|–-])(?:(?:Photo|Photos|Crédit photo|Crédits? photos?|Photo credit|Credit|Illustration|Image)\s*:|©)\s*[^.;!?:]{1,60}\)?$`,
    caseInsensitive: true,
    maxChars: 400,
    note: "A caption ending with a photo credit (`... Photo : Ho Sy Kieu`, `(Photo: VNA)`, `© AFP`), French and English outlets."
  },
  {
    id: "common.byline.email",
    lang: null,
    kind: "byline",
    pattern: String.raw`^(?<author>[^.!?@()]{0,80}?)\s*\([^()]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^()]*\).{0,80}$`,
    note: "Author with desk and e-mail in brackets, often followed by the timestamp (`Phương Mai (Thời sự - thoisu@vtv.vn)-Thứ năm, ...`), the VTV and VOV byline style."
  },
  {
    id: "common.byline.name-date",
    lang: null,
    kind: "byline",
    pattern: String.raw`^(?!(?:Thứ|Chủ nhật|Ngày|Cập nhật|Đăng|Lúc|Hôm nay|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Published|Posted|Publié|Mis à jour|Le)(?![\p{L}]))(?<author>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4})\s*[-–|,]\s*(?:\p{L}+\s+\p{L}+\s*,\s*)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2})?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$`,
    note: "A name followed by a date and time on one line (`Minh Anh - 12/03/2024 08:15`), a byline without e-mail. A weekday or a dateline's opening word is not a name (`Thứ Sáu, 22/11/2024, 16:08 (GMT+7)` on Tạp chí Quốc phòng toàn dân, `Mercredi, 28/08/2019 08:45` on Dang Cong San: a dateline or a site header's date)."
  },
  {
    id: "common.byline.name-month-date",
    lang: null,
    kind: "byline",
    certain: true,
    pattern: String.raw`^(?!(?:Thứ|Chủ nhật|Ngày|Cập nhật|Đăng|Lúc|Hôm nay|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Published|Posted|Publié|Mis à jour|Le|Il y a)(?![\p{L}]))(?<author>\p{Lu}[\p{L}.'’]*(?:\s+\p{L}[\p{L}.'’]*){0,4}(?:\s*[-–]\s*\p{Lu}[\p{L}.'’]*(?:\s+\p{L}[\p{L}.'’]*){0,4}){0,3})(?:\s*[-–]\s*|\s+)(?:\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s*\d{4})(?:\s*[,-]?\s*(?:à\s+)?\d{1,2}[:h]\d{2})?$`,
    note: "`common.byline.name-date` with the month written out, as a French or English edition prints it: names joined by dashes, then the date and time (`Ngan Hanh - Lam Tung - 10 juillet 2024 09:30`, `VAN - 1er octobre 2025 20:34`, `Équipe de journalistes - 29 décembre 2025, 21h06`, `PV August 20, 2025 17:59`). Certain: all 5 such gold lines are bylines, and the model, reading the date, called them datelines, captions or body. A dateline's opening word is no name (`Le 20 août 2025`, `Publié 3 mars 2024`), and a place joined to its date by a comma (`Paris, 12 mars 2024`) is a dateline, not matched."
  },
  {
    id: "common.byline.name-desk-date",
    lang: null,
    kind: "byline",
    certain: true,
    pattern: String.raw`^(?!(?:Thứ|Chủ nhật|Ngày|Cập nhật|Đăng|Lúc|Hôm nay|Updated|Published|Posted|Publié|Mis à jour|Le)(?![\p{L}]))(?<author>\p{L}[\p{L}.]*(?:[ -]+\p{L}[\p{L}.]*){0,5}?)(?:\s*\([^()]{1,40}\))*\s+\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$`,
    caseInsensitive: true,
    note: "A name, maybe with its desk or role in brackets, then the date and time with no separator (`ANH HUY (báo lao động) 18/01/2026 15:22 (GMT+7)`, `NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09`, `Hà Vũ 17/08/2024 09:30`): a byline with its date (LABELLING.md), on Công Đoàn, Báo Quảng Nam and Hà Nội Mới; the words that open a dateline (`Thứ`, `Cập nhật`, `Publié`) are not a name. Certain: all 11 such lines of the gold pages (3 outlets) are bylines, and the model, reading the date, called 6 of them datelines with their outlet left out."
  },
  {
    id: "common.ui.share",
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:Facebook|Twitter|Zalo|LinkedIn|Telegram|WhatsApp|Messenger|Pinterest|E-?mail|Copy link)(?:\s*[|/·]\s*(?:Facebook|Twitter|Zalo|LinkedIn|Telegram|WhatsApp|Messenger|Pinterest|E-?mail|Copy link))*$`,
    caseInsensitive: true,
    note: "Share-button labels flattened into the text by the scraper."
  },
  {
    id: "common.ui.follow",
    certain: true,
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:(?:Theo dõi|Follow|Suivez)(?:\s+[^\s!?,;]+){0,6}\s+(?:trên|on|sur)(?:\s*:|(?:\s+[^\s!?,;]+){0,3}\s*[-–|]?\s*(?:Google News|Google Tin tức|Facebook|Zalo|YouTube|TikTok|Twitter))?|Google News|Google Tin tức)\s*$`,
    caseInsensitive: true,
    maxChars: 80,
    note: "A call to follow the outlet on a news reader or a network, whose button the dump lost (`Theo dõi Báo điện tử Cà Mau trên`, `Theo dõi báo trên:`, `Theo dõi Tinmoi.vn trên Tinmoi.vn - Google news`), or the button's `Google News` alone (Kiến Thức, read as a byline): site chrome on 4 outlets of the gold, all ui. A sentence that follows something on a place (`Theo dõi trên địa bàn, …`) runs on past `trên`."
  },
  {
    id: "common.ui.powered-by",
    certain: true,
    feature: false,
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:Powered by|Alimenté par|Propulsé par|Phát triển bởi|Thiết kế bởi)(?:\s*[^\s.!?][^.!?]{0,60})?$`,
    caseInsensitive: true,
    maxChars: 80,
    note: "The footer's credit to the site's software or designer (`POWERED BY` on Báo Quảng Trị, `ALIMENTÉ PARGRATUITCMS- UN PRODUIT DENEKO`, its machine translation, on Báo Nghệ An's French edition): site chrome; the model took both for bylines. A sentence that opens so (`Propulsé par la croissance, le PIB a progressé.`) ends in its mark."
  },
  {
    id: "common.source.initials-bracket",
    certain: true,
    feature: false,
    lang: null,
    kind: "source",
    pattern: String.raw`^\p{Lu}{1,4}(?:\.\p{Lu}{1,3})?\s*\((?:Nguồn|nguồn|Theo|theo|Selon|selon|D['’]après|d['’]après|Source|source)\s*:?\s*(?<outlet>[^()]{2,80})\)\s*(?:Source)?$`,
    note: "An editor's initials, then where the text came from in brackets (`NM (Nguồn: Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa)` on Báo Thanh Hóa, `TH (selon le journal Tin Tuc)Source` on Vietnam.vn's French edition): the reprint's source (LABELLING.md), not a byline; the model took the three gold lines for a byline or a caption."
  },
  {
    id: "common.ui.section",
    certain: true,
    feature: false,
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:Chính trị|Xã hội|Kinh tế|Thế giới|Thời sự|Văn hóa|Văn hoá|Thể thao|Giáo dục|Pháp luật|Sức khỏe|Sức khoẻ|Đời sống|Tiêu điểm|Quốc tế|Trong nước|Chính trị - Xã hội|Kinh tế - Xã hội|Xây dựng Đảng|Quốc phòng - An ninh|An ninh - Quốc phòng|Actualités|Nouvelles|International|Politique|Société|Économie|Monde|Culture|Reportage thématique)$`,
    note: "A newspaper's section name alone on its line, the label over the headline (`Chính trị` on Vnews and Hà Nội Mới, `Xã hội` on Đọc nhanh, `Tiêu điểm` on VietnamFinance, `Actualités`, `Nouvelles` on Báo Nghệ An's French edition, `International` on Réseau Bastille, `Reportage thématique` on Le Vietnam en images): site chrome (gold: the 9 such lines of 7 outlets, all ui; the model took one for an image, two for ads). An exact vocabulary: a subheading of the article is longer or numbered."
  },
  {
    id: "common.ui.breadcrumb",
    certain: true,
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:(?:\p{L}[^/>»]{0,39}\s+[/>»]\s+){2,}|/\s+|>\s+[^>]{1,60}\s>\s)\S.{0,250}$`,
    note: "A breadcrumb trail: three crumbs or more joined by ` / `, ` > ` or ` » `, the first two short (`Home / Page d'accueil / Actualités générales / ...`, `Bệnh viện ... > TIN TỨC > Tin y tế > ...`, `Trang chủ » Chính trị - Xã hội » Tin tức trong tỉnh`), or a trail whose root the scraper dropped (`/ Tin nổi bật`, `> Tin tức - Sự kiện > Tin hoạt động HĐND > ...`): site chrome, even where its last crumb is the headline. Certain: all 6 such lines of the gold pages (5 outlets: Le Petit Journal, a provincial hospital, a people's council, Luật sư Việt Nam, Tuyên giáo Hưng Yên) are ui, and the model took 4 for a title, body or a related item. One `»` opening a line is a related link, not a trail."
  },
  {
    id: "common.ui.contact",
    certain: true,
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:\|\s*)?(?:[^.:!?|]{1,30}\s)?(?:Địa chỉ|Adresse|Điện thoại(?:\s+CSKH)?|Đường dây nóng|Tél(?:éphone)?|Hotline|Fax|Giấy phép(?:\s+số)?|Permis de publication)\s*:\s*\S.{0,200}$`,
    caseInsensitive: true,
    note: "The site's imprint in its footer or header: address, telephone, hotline, licence (`Adresse : 79, rue Ly Thuong Kiêt, Hanoï`, `Permis de publication : 25/GP-BTTTT`, `Hotline: 0822.173.636`, `Điện thoại CSKH: 19008082`, `BAN THỜI SỰ - VOV1 Địa chỉ: 41- 43 Bà Triệu`): site chrome (gold: 8 such lines of 5 outlets, all ui; the model took 4 for captions or related items); a label and its value alone on the line, not a sentence of the article naming an address. An e-mail alone may be the author's (a byline), so it is not one of them."
  },
  {
    id: "common.ui.language-switch",
    certain: true,
    lang: null,
    kind: "ui",
    pattern: String.raw`^(?:Français|English|Tiếng Việt|Español|Deutsch|中文|Русский|日本語|한국어)(?:\s*[|/·]\s*(?:Français|English|Tiếng Việt|Español|Deutsch|中文|Русский|日本語|한국어))*$`,
    note: "The language switcher of multi-edition outlets (Vietnam+, VOV, Nhân Dân) when it stands on its own line."
  }
]
