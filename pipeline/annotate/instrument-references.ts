/**
 * Instruments referred back to by their head alone: « la Convention », « le mémorandum », « cet accord », « le
 * document », « le texte ». They name no new instrument; the extraction resolves them to the last instrument of that
 * kind the article named, so that « La convention est ouverte à la signature … du 25 au 26 octobre » dates its signing.
 */
import type { InstrumentType } from '../../schemas/agreements.ts';
import { normalizeForMatching, originalRange, type SourceText, type Span } from '../source.ts';

export interface InstrumentReference extends Span {
  text: string;
  /** The kind of instrument the head names; null for « le document », « le texte », which may be any. */
  type: InstrumentType | null;
  /** « les deux documents », « ces accords »: how many instruments it refers back to (null: all those told together last), 1 for a singular. */
  count: number | null;
}

const HEADS: [RegExp, InstrumentType | null][] = [
  [/^convention$/u, 'convention'],
  [/^(?:mémorandum|protocole d'accord|mémorandum d'entente)$/u, 'memorandum'],
  [/^(?:accord|accord-cadre)$/u, 'agreement'],
  [/^protocole$/u, 'protocol'],
  [/^(?:traité|charte)$/u, 'treaty'],
  [/^déclaration(?: conjointe| commune)?$/u, 'declaration'],
  [/^loi$/u, 'law'],
  [/^(?:programme|plan d'action|plan de coopération|feuille de route)$/u, 'programme'],
  [/^partenariat$/u, 'partnership'],
  [/^(?:document|texte)$/u, null],
];

const REFERENCE = /(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]'|[Cc]ette|[Cc]e|[Cc]et|[Ll]edit|[Ll]adite)\s*(?<head>[Cc]onvention|[Mm]émorandum d'entente|[Mm]émorandum|[Pp]rotocole d'accord|[Pp]rotocole|[Aa]ccord-cadre|[Aa]ccord|[Tt]raité|[Cc]harte|[Dd]éclaration conjointe|[Dd]éclaration commune|[Dd]éclaration|[Ll]oi|[Pp]rogramme|[Pp]lan d'action|[Pp]lan de coopération|[Ff]euille de route|[Pp]artenariat|[Dd]ocument|[Tt]exte)(?![\p{L}'-])/gu;

/**
 * « Les deux documents ont été signés par … », « Ces accords ont été paraphés … » (fixture b9-15): the instruments told together just
 * before, referred back to in the plural.
 */
const PLURAL_REFERENCE = /(?<![\p{L}])(?:[Ll]es|[Cc]es)\s+(?:(?<count>deux|trois|quatre|cinq)\s+)?(?<head>documents|textes|accords|mémorandums|protocoles|conventions|instruments)(?![\p{L}'-])/gu;
const PLURAL_HEADS: Record<string, InstrumentType | null> = { documents: null, textes: null, instruments: null, accords: 'agreement', mémorandums: 'memorandum', protocoles: 'protocol', conventions: 'convention' };
const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };

/** References in `source[sentence]` that no instrument mention (`named`) covers. */
export function findInstrumentReferences(source: SourceText, sentence: Span, named: readonly Span[]): InstrumentReference[] {
  const from = source.toUnit(sentence.start);
  const to = source.toUnit(sentence.end);
  const view = normalizeForMatching(source.text, from, to);
  const out: InstrumentReference[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(view.text); m; m = REFERENCE.exec(view.text)) {
    const head = m.groups!.head!.toLowerCase();
    const type = HEADS.find(([re]) => re.test(head))?.[1];
    if (type === undefined) continue;
    // « le mémorandum d'entente sur la cybersécurité » names itself: the instrument mention covers it.
    const after = view.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/^\s*(?:sur|de|du|des|d'|relatif|relative|portant|concernant|entre|en matière|\p{Lu})/u.test(after)) continue;
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    const span = source.spanFromUnits(a, b);
    if (named.some((n) => n.start < span.end && span.start < n.end)) continue;
    out.push({ ...span, text: source.slice(span), type, count: 1 });
  }
  PLURAL_REFERENCE.lastIndex = 0;
  for (let m = PLURAL_REFERENCE.exec(view.text); m; m = PLURAL_REFERENCE.exec(view.text)) {
    // « les accords de coopération signés en 2020 » names a kind of its own, « Ces accords portent sur … » refers back.
    if (/^\s*(?:sur|de|du|des|d'|relatifs|portant|entre|en matière|\p{Lu})/u.test(view.text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const [a, b] = originalRange(view, m.index, m.index + m[0].length);
    const span = source.spanFromUnits(a, b);
    if (named.some((n) => n.start < span.end && span.start < n.end)) continue;
    out.push({ ...span, text: source.slice(span), type: PLURAL_HEADS[m.groups!.head!.toLowerCase()] ?? null, count: m.groups!.count ? COUNTS[m.groups!.count.toLowerCase()]! : null });
  }
  return out.sort((x, y) => x.start - y.start);
}
