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
export const CREDIT_LINE = /^\s*\(?\s*(?:Photos?|Ảnh|Crédit(?: photo)?)\s*(?:d'illustration\s*)?(?::|\(Source)[^\n]{0,80}$/i;

/** A caption whose tail is a credit: `… Lors de l'entretien. Photo : VNA`, `… (Source: VNA)`, `Photo: Dang Duong/NDEL.` */
export const TRAILING_CREDIT = /(?:^|[\s.)|])\(?\s*Photos?\s*(?:d'illustration\s*)?(?:\(\s*Source\s*:[^)\n]{1,60}\)|:\s*[^\n]{1,60})\s*\|?\s*$/i;

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

/** Page clutter lines: share buttons, and a dateline stamp that also tells the publication day (`Lundi, 04/10/2021 09:15 (GMT+7)`). */
export const CLUTTER_LINE = /^\s*(?:Chia sẻ|Partager|Imprimer|Tweet|Envoyer|Retour|Haut de page|Commentaires?|Tags?\s*:.*|Mots-clés\s*:.*)\s*$/i;
export const DATELINE_STAMP = /^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*[-,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?\s*$/i;

/** Sentence punctuation at the end of a line (raw text): `.`, `!`, `?`, `…`, `:`, a closing guillemet or quote. */
export const SENTENCE_END = /[.!?…:»"”]\s*$/;

/**
 * Site banners above the title, by shape (names are in dictionaries/banners.csv): a breadcrumb `Accueil > Politique`,
 * `Accueil » Actualités` (on the raw line: the matching view turns » into a quote), a bare web address `fr.vietnamplus.vn`.
 */
export const BREADCRUMB_SEPARATOR = /\s*[>»›]\s*/u;
export const WEB_ADDRESS_LINE = /^\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?\s*$/i;
/** Between the parts of a combined banner: `Politique - Le Courrier du Vietnam`, `Tiếng Việt | English | Français`. */
export const BANNER_SEPARATOR = /\s+[-|·•\/]\s+|\s*[|·•]\s*/u;
/** Letters Vietnamese writes and French does not (tones, horn, breve, đ): `Thời sự`, `Tiếng nói của Đảng` (fixtures cleaning-007, -003). */
export const VIETNAMESE_LETTER = /[\u1ea0-\u1ef9ơưăđĩũƠƯĂĐĨŨáãìíòóõúýÁÃÌÍÒÓÕÚÝ]/u;

/** A teaser block of other articles starts at one of these lines and runs to the end of the file. */
export const TEASER_START = /^\s*(?:Voir plus|Voir aussi|Lire aussi|À lire aussi|A lire aussi|Articles? liés?|Sur le même sujet|Dans la même rubrique|Autres articles|Les plus lus)\s*:?\s*$/i;

/**
 * A meeting held remotely: « par visioconférence », « en ligne », « par téléphone », « virtuel ». « Nhân Dân en ligne », an
 * outlet's name, is not one: « en ligne » right after a capitalized word does not count.
 */
export const VIRTUAL = /(?<!\p{Lu}[\p{L}-]*\s)\b(?:[Pp]ar|[Ee]n) (?:visioconf[ée]rence|t[ée]l[ée]phone|ligne)\b|\bvirtuel/u;
