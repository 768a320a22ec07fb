/**
 * Regular expressions that must stay in code, together, so a reader can see
 * every textual convention the pipeline relies on in one place. Patterns run
 * on the matching view (`normalizeForMatching`): apostrophes are ', dashes -,
 * spaces plain.
 */

/** ` date 2026-01-15 ` at the very start of a file; the title or first sentence follows on the same line. */
export const HEADER = /^ ?date (\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)[ \t]*/;

/** `>> Vietnam - Singapour : un potentiel…` and `[Le Vietnam et la Russie vont dynamiser …]` — links to related articles. */
export const RELATED_LINK = /^\s*(?:>>|\[[^\]\n]{10,300}\]\s*$)/;

/** A line that is only a photo credit: `Photo : VNA`, `Photo: VNA/CVN |`, `Photos : Nguyên Hoàng/VNA`. */
export const CREDIT_LINE = /^\s*\(?\s*(?:Photos?|Ảnh|Crédit(?: photo)?)\s*(?:d'(?:illustration|archives?)\s*)?(?::|\(Source)[^\n]{0,80}$/i;

/** A caption whose tail is a credit: `… Lors de l'entretien. Photo : VNA`, `… (Source: VNA)`, `Photo: Dang Duong/NDEL.` */
export const TRAILING_CREDIT = /(?:^|[\s.)|])\(?\s*Photos?\s*(?:d'(?:illustration|archives?)\s*)?(?:\(\s*Source\s*:[^)\n]{1,60}\)|:\s*[^\n]{1,60})\s*\|?\s*$/i;

/** Vietnamese CMS image markers left in captions: `… sécurité ảnh 1Le ministre…`, `… criminalite hinh anh 1 Le vice-ministre…`. */
export const IMAGE_MARKER = /(?:ảnh|hình ảnh|hinh anh)\s*\d+/i;

/** Who-is-where markers that only captions use: `Tô Lâm (droite)`, `(à gauche)`, `(centre)`. */
export const CAPTION_POSITION = /\((?:à |au |en )?(?:gauche|droite|centre|milieu|premier plan)\)|\(aux lunettes\)/i;

/** Caption lines in some outlets end with a pipe: `… lors de l'entretien virtuel. |` */
export const PIPE_END = /\|\s*$/;

/** Bylines: `Texte et photos : Nguyên Tùng - Tu Linh/CVN`, `Par : …`, `Source : …`. */
export const BYLINE = /^\s*(?:Texte(?: et photos?)?|Textes? et photos?|Par|Source|Auteur|Reportage)\s*:/i;

/** Agency tags that make up a whole line: `VNA/CVN`, `CPV/VNA`, `-VNA`, `VOV5`. */
export const SIGNATURE_LINE = /^\s*[-.]?\s*(?:(?:VNA|CVN|CPV|VOV\w*|NDEL|NDO|TTXVN|AFP|Xinhua|Sputnik|QĐND|QDND|VnExpress|VietnamPlus)[\s/]*)+\.?-?\s*$/i;

/** Agency sign-off at the end of a body line: `… partenaires étrangers. -VNA`, `… Vietnam - Laos.- VNA`, `… ./.` */
export const TRAILING_SIGNATURE = /(?:(?<=[.!?»"])\s*-\s*(?:VNA|CVN|VOV\w*|NDEL|CPV|AVI)(?:\/(?:VNA|CVN|CPV))*|\s+-\s*(?:VNA|CVN|VOV\w*|NDEL|AVI)|(?<=\.)\/\.)-?\s*$/;

/** Page clutter lines: share buttons, print and comment links. */
export const CLUTTER_LINE = /^\s*(?:Chia sẻ|Partager|Imprimer|Tweet|Envoyer|Retour|Haut de page|Commentaires?|Tags?\s*:.*|Mots-clés\s*:.*)\s*$/i;

/**
 * A page's time stamp is a line holding only a day, which also tells the publication day: `Lundi, 04/10/2021 09:15 (GMT+7)`,
 * `08.11.2023`, `Mis à jour le 14-02-2022 à 16:40`, `Publié le 3 avril 2023 à 08h15` (tests/02-clean.test.ts). STAMP_LEAD and
 * STAMP_TIME are what may surround the day; the day itself is NUMERIC_DAY or, in words, the date grammar's (dates/french.ts).
 */
export const STAMP_LEAD = /^\s*(?:(?:publiée?|mise? à jour|actualisée?|modifiée?|postée?|mise? en ligne|date de publication|dernière mise à jour)\s*(?:le\s*)?:?\s*)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s*,?\s*)?/i;
export const STAMP_TIME = /\s*(?:(?:[-,|]|à)\s*)?(?:\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?)?\s*(?:\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)?\s*$/i;
/** A day in figures, day first with one separator (`04/10/2021`, `08.11.2023`, `14-02-2022`) or ISO (`2023-05-19`). */
export const NUMERIC_DAY = /^(?:(?<day>\d{1,2})(?<sep>[./-])(?<month>\d{1,2})\k<sep>(?<year>\d{4})|(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))$/;

/**
 * A dateline that opens the body with its day: `Vientiane, le 14 mars 2023 — Les deux …`, `Bangkok, le 2 juin 2022 (VNA) – Le …`.
 * `date` goes to the date grammar; only a day with its year dates the article (`Vientiane, 14 mars (VNA) –` gives none). A
 * dateline alone on its line may lack the dash (`Phnom Penh, le 9 mai 2022`). Flag d: the date's offsets are read.
 */
export const DATELINE_OPENING = /^\s*(?<place>\p{Lu}[\p{L}\p{M}'.-]*(?:\s+\p{Lu}[\p{L}\p{M}'.-]*){0,4})(?:\s*,\s*(?:le\s+)?|\s+le\s+)(?<date>[^,()\n-]{5,40}?)\s*(?:\([^()\n]{2,20}\)\s*)?(?:-|$)/du;

/** A dateline with the agency in parentheses, `Hanoï (VNA) – …`, `Vientiane, 14 mars (VNA) –`: it opens a story, it is never a title. */
export const AGENCY_DATELINE = /^[^()\n]{1,40}\((?:VNA|VOV\w*|CVN|AFP|AKP|Xinhua)\)/;

/** A line that is only a dateline ending in a dash (`Vientiane, le 14 mars 2023 —`): it opens the paragraph after it. */
export const DATELINE_ALONE = /^\s*\p{Lu}[^.!?\n]{1,80}\s-\s*$/u;

/** `(VNA) - Le ministre …`: an agency tag opening a paragraph, not a parenthesis that continues the one before (`(BNC) de Thaïlande`). */
export const AGENCY_OPENER = /^\s*\(\s*[\p{Lu}\d]{2,12}\s*\)\s*-/u;

/** Sentence punctuation at the end of a line (raw text): `.`, `!`, `?`, `…`, `:`, a closing guillemet or quote. */
export const SENTENCE_END = /[.!?…:»"”]\s*$/;

/**
 * The last word of a line that cannot end a French sentence: an article, a preposition, a conjunction, a determiner, an
 * elided word (`… a reçu mardi à Hanoï le chef du`, `… l'octroi d'`); not the end of a compound (`Shangri-La`). Runs on the matching view.
 */
export const DANGLING_END = /(?:(?<![\p{L}\p{N}'-])(?:du|de|des|la|le|les|un|une|à|au|aux|en|et|ou|ni|mais|car|pour|par|sur|sous|avec|sans|dans|entre|vers|chez|selon|que|qui|dont|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos)|\p{L}')\s*$/iu;

/**
 * Site banners above the title, by shape (names are in dictionaries/banners.csv), on the raw line (the matching view turns
 * » into a quote): a breadcrumb `Accueil > Politique`, `Accueil » Actualités`, a bare web address `fr.vietnamplus.vn`.
 */
export const BREADCRUMB_SEPARATOR = /\s*[>»›]\s*/u;
export const WEB_ADDRESS_LINE = /^\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?\s*$/i;
/** Between the parts of a combined banner (on the raw line): `Politique - Le Courrier du Vietnam`, `Tiếng Việt | English | Français`. */
export const BANNER_SEPARATOR = /\s+[-\u2010-\u2015|·•\/]\s+|\s*[|·•]\s*/u;
/** Letters Vietnamese writes and French does not (tones, horn, breve, đ): `Thời sự`, `Tiếng nói của Đảng` (fixtures cleaning-007, -003). */
export const VIETNAMESE_LETTER = /[\u1ea0-\u1ef9ơưăđĩũƠƯĂĐĨŨáãìíòóõúýÁÃÌÍÒÓÕÚÝ]/u;

/** A teaser block of other articles starts at one of these lines and runs to the end of the file. */
export const TEASER_START = /^\s*(?:Voir plus|Voir aussi|Lire aussi|À lire aussi|A lire aussi|Articles? liés?|Sur le même sujet|Dans la même rubrique|Autres articles|Les plus lus)\s*:?\s*$/i;

/**
 * How a meeting was held remotely, wherever the clause says it: « par visioconférence », « par téléphone », « au
 * téléphone ». « Nhân Dân en ligne », an outlet's name, is not one: the manner follows a lower-case word.
 */
export const VIRTUAL_MANNER = /(?<!\p{Lu}[\p{L}-]*\s)(?<![\p{L}])(?:[Pp]ar|[Ee]n|[Vv]ia) (?:visioconf[ée]rence|vid[ée]oconf[ée]rence|t[ée]l[ée]phone|liaison vid[ée]o)(?![\p{L}])|(?<![\p{L}])au t[ée]l[ée]phone(?![\p{L}])/u;

/**
 * « en ligne » and « virtuel » tell a remote meeting only attached to the event word (« une réunion virtuelle », « tenue
 * en ligne », « s'est déroulé le 18 septembre en ligne »): « la fraude en ligne », « les escroqueries en ligne » are crimes, not a
 * manner (fixtures talks-noun-001, talks-noun-003, gatherings-011, gatherings-022).
 */
export const VIRTUAL_ATTACHED = /^\s*(?:(?:\p{Ll}+|,)\s+){0,2}?(?:(?:s'est\s+)?(?:tenue?s?|déroulée?s?|organisée?s?)\s+(?:(?:le|les|du|au|et|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{1,4}(?:er)?),?\s+){0,6})?(?:en ligne|virtuel(?:le)?s?)(?![\p{L}])/u;

/** « l'amendement du Protocole de 2014 … » names an instrument of its own, not the one it amends (fixture b4-003); folded or not. */
export const AMENDMENT_NAME = /^(?:amendement|modification|r[ée]vision)(?![\p{L}])/iu;
