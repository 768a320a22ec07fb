/** When talks or a visit told by a trigger took place: the date of its own clause, a duration, « le même jour », « le lendemain », « au dernier jour de sa visite ». */
import type { AnnotatedSentence, DateMention, TriggerMention } from '../04-annotate.ts';
import { dateValue, parseEdtf } from '../dates/edtf.ts';
import type { ResolvedDate } from '../dates/resolve.ts';
import { shiftDay } from './events.ts';
import { dateOfAName, matchView, nearest, pastVerb, resolveIn, setDate, type ArticleState, type ExtractedEvent } from './state.ts';
import { distance } from './text.ts';
import { foldKey } from '../source.ts';

/** Where the trigger stands in its sentence: its rank among the sentence's talk triggers, its segment and clause. */
export interface TalkClause {
  ti: number;
  personTriggers: TriggerMention[];
  segStart: number;
  segEnd: number;
  clauseStart: number;
  /** The trigger stands in reported speech (« a rappelé que … X avait reçu … »). */
  reported: boolean;
}

export function dateTalks(st: ArticleState, s: AnnotatedSentence, t: TriggerMention, event: ExtractedEvent, { ti, personTriggers, segStart, segEnd, clauseStart, reported }: TalkClause): void {
  // The date in the trigger's own clause; else the sentence's only date (« Dans le cadre de sa visite au Japon, le 3 avril, … a eu des rencontres … »).
  // A date inside reported speech dates an event told in the same reported clause (« a rappelé que le mois dernier, …, X avait reçu … »).
  // « … depuis l'établissement des relations diplomatiques en 1992 »: a date nearer another kind of event word is that event's.
  const othersNearer = (d: DateMention) => /(?<![\p{L}\p{N}])depuis\s*$/iu.test(st.source.slice({ start: Math.max(s.start, d.start - 8), end: d.start })) || s.triggers.some((o) => o !== t && o.ref.eventType !== t.ref.eventType && distance(o, d) < distance(t, d) && Math.min(o.start, d.start) > Math.min(t.start, d.start));
  const usable = s.dates.filter((d) => !othersNearer(d)).filter((d) => !dateOfAName(st, s, d) || (reported && d.start >= clauseStart && d.start < t.start && !s.instruments.some((i) => d.start >= i.start && d.end <= i.end) && !s.gatherings.some((g) => d.start >= g.start && d.end <= g.end) && d.expression.kind !== 'period'));
  // « Dans le cadre de sa visite … du 25 au 28 septembre, …, a eu le 26 septembre des entretiens avec … »: a date just before a later trigger, nearer to it than to the one before, is its own.
  const previousTrigger = ti > 0 ? personTriggers[ti - 1] : undefined;
  const ownBefore = (d: DateMention) => previousTrigger !== undefined && d.start >= previousTrigger.end && d.end <= t.start && distance(d, t) < distance(d, previousTrigger) && !/[;]|(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:que|qu')(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))/u.test(st.source.slice({ start: d.end, end: t.start }));
  const date =
    nearest(usable.filter((d) => (d.start >= (ti === 0 ? s.start : segStart) && d.start < segEnd) || ownBefore(d)), t) ??
    ((personTriggers.length === 1 || usable.length === 1) && s.gatherings.length === 0 ? nearest(usable, t) : undefined);
  const present = personTriggers.some((x) => !x.nominal || x.support ? (x.verb ?? x.support)?.tense === 'present' && (x.verb ?? x.support)?.form === 'finite' : false);
  setDate(event, resolveIn(st, s, date, pastVerb(t), present));
  // « Le lendemain, la délégation a été reçue par X, avant de visiter un complexe démantelé en juillet » (fixture b6-21): the opening
  // day cue is the talks' day; a month later in the sentence is another fact's.
  if (ti === 0 && /^\s*(?:Le lendemain|Le même jour|La veille|Ce jour-là)(?![\p{L}])/u.test(s.text) && event.date?.value.precision !== 'day') event.date = dayOfTheDayBefore(st, s, event) ?? event.date;
  // « Arrivé le 15 avril à Bangkok, X a rencontré le lendemain Y » (fixture dates-008): the day after the day the sentence told first.
  const nextDay = /^\s*(?:\p{Ll}+\s+)?le lendemain(?![\p{L}])/u.test(st.source.slice({ start: t.end, end: Math.min(s.end, t.end + 30) })) || /(?<![\p{L}])le lendemain,?\s*$/u.test(st.source.slice({ start: Math.max(s.start, t.start - 20), end: t.start }));
  if (date && event.date && date.end <= t.start && nextDay && !event.date.value.edtf.includes('/')) event.date = shiftDay(event.date, 1) ?? event.date;
  // « pour une visite officielle de trois jours », « une visite de deux jours » from a day told: the days it lasts.
  if (event.date && date) event.date = lasting(event.date, matchView(st, { start: t.end, end: Math.min(s.end, t.end + 40) }));
  // « Au matin du même jour, … »: the day of the event told just before.
  // Only the sentence's first event is set on that day: « Le lendemain, X a été reçu …, avec qui il a évoqué une prochaine visite » (fixture a3-05).
  if (!event.date && ti === 0 && event.status !== 'planned') event.date = dayOfTheDayBefore(st, s, event);
  // « La cérémonie d'accueil s'est déroulée … mercredi 12 novembre … Aussitôt après, les deux chefs d'État ont tenu des entretiens »: the day the sentence before told.
  if (!event.date && /^\s*(?:Aussitôt après|Juste après|Tout de suite après|Ensuite|Puis|Après (?:la|le|cette|cet)\s[^,]{0,50}),/u.test(s.text) && s.index > 0) {
    const previous = st.sentences[s.index - 1]!;
    const day = [...previous.dates].reverse().find((d) => d.expression.kind === 'point' && d.expression.date.day !== null);
    if (day) event.date = resolveIn(st, previous, day);
  }
  // « Avant la cérémonie, les deux ministres ont eu un entretien par visioconférence » (fixture b6-15): the day of the signing told before.
  if (!event.date && /^\s*(?:Avant|Après|À l['’]issue de|En marge de)\s+(?:la|cette)\s+cérémonie(?![\p{L}])/u.test(s.text)) {
    const ceremony = [...st.events].reverse().find((e) => e.type === 'signing' && e.status === 'occurred' && !e.background && e.date?.value.precision === 'day' && e.mentions.some((m) => m.start < s.start));
    if (ceremony) event.date = ceremony.date;
  }
  // « Au dernier jour de sa visite », « au premier jour de la visite »: the visit's last or first day.
  if (!event.date && event.type === 'meeting') {
    const edge = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:au|le)\s+(dernier|premier)\s+jour\s+de\s+(?:sa|la|leur|cette)\s+visite(?![\p{L}\p{N}])/iu.exec(s.text);
    const visit = edge ? [...st.events].reverse().find((e) => e.type === 'visit' && e.date && /\//.test(e.date.value.edtf)) : undefined;
    if (edge && visit?.date) {
      const [from, to] = visit.date.value.edtf.split('/') as [string, string];
      const day = edge[1]!.toLowerCase() === 'dernier' ? to : from;
      const value = parseEdtf(day);
      if (value) {
        event.date = { value, basis: visit.date.basis };
        event.dateSource = null;
      }
    }
  }
}

/**
 * « Le même jour », « le lendemain », « la veille », « quatre jours plus tôt » (fixture b7-05): a day counted from the last day-precise
 * event told before `event`.
 */
export function dayOfTheDayBefore(st: ArticleState, s: AnnotatedSentence, event?: ExtractedEvent): ResolvedDate | null {
  const counted = /(?<![\p{L}\p{N}])(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|1[0-4]) jours (plus tôt|auparavant|avant|plus tard|après)(?![\p{L}\p{N}])/iu.exec(s.text);
  // « Plus tôt dans la journée », « Les deux hommes ont ensuite eu une séance de travail » (fixture a3-07): the same day.
  const cue = /(?<![\p{L}\p{N}])(même jour|ce jour-là|le lendemain|la veille|dans la journée|dans la matinée|dans l['’]après-midi|dans la soirée|ensuite)(?![\p{L}\p{N}])/iu.exec(s.text);
  // « Trois jours après la clôture du forum » (fixture b8-17): counted from the gathering's last day, or its first for « l'ouverture ».
  const fromGathering = /(?<![\p{L}\p{N}])(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|1[0-4]) jours (après|avant) (la clôture|la fin|l['’]ouverture) (?:du|de la|de l['’])\s*(\p{L}+)/iu.exec(s.text);
  const gathering = fromGathering ? [...st.events].reverse().find((e) => e.type === 'conference' && e.noun !== null && foldKey(e.noun) === foldKey(fromGathering[4]!) && e.date?.value.precision === 'day') : undefined;
  if (fromGathering && gathering?.date) {
    const [first, last] = gathering.date.value.edtf.split('/');
    const day = /ouverture/u.test(fromGathering[3]!) ? first! : last ?? first!;
    const [y, mo, d] = day.split('-');
    const anchor: ResolvedDate = { value: dateValue({ year: y === 'XXXX' ? null : Number(y), month: Number(mo), day: Number(d) }), basis: gathering.date.basis };
    return shiftDay(anchor, (COUNTS[fromGathering[1]!.toLowerCase()] ?? Number(fromGathering[1])) * (fromGathering[2] === 'avant' ? -1 : 1));
  }
  if (!cue && !counted) return null;
  // A visit's span is no day: « Le même jour » after « a reçu jeudi 24 septembre … X, en visite du 22 au 26 » is the 24th (fixture b7-21).
  // … and the day is counted from one told before this sentence, not from another instrument it lists (fixture b9-13).
  const previous = [...st.events].reverse().find((e) => e !== event && !e.mentions.some((m) => m.start === s.start) && (e.date?.value.precision === 'day' || e.date?.value.precision === 'day_no_year') && !e.date.value.edtf.includes('/'));
  if (!previous?.date) return null;
  if (counted) {
    const days = (COUNTS[counted[1]!.toLowerCase()] ?? Number(counted[1])) * (/tôt|avant/u.test(counted[2]!) ? -1 : 1);
    return shiftDay(previous.date, days);
  }
  const word = cue![1]!.toLowerCase();
  // « Le lendemain, le vice-ministre … a été reçu … »: the day after the day just told.
  return word === 'le lendemain' ? shiftDay(previous.date, 1) : word === 'la veille' ? shiftDay(previous.date, -1) : previous.date;
}

const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

/** A day-precise date and « de trois jours » after the event word: the range from that day. */
function lasting(date: ResolvedDate, after: string): ResolvedDate {
  const m = /^\s*(?:\p{Ll}+\s+){0,2}?de\s+(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[2-9]|1[0-4])\s+jours(?![\p{L}])/u.exec(after);
  if (!m || date.value.edtf.includes('/') || !/-\d{2}-\d{2}$/.test(date.value.edtf)) return date;
  const days = COUNTS[m[1]!] ?? Number(m[1]);
  const end = shiftDay(date, days - 1);
  if (!end) return date;
  const point = (v: ResolvedDate) => {
    const [y, mo, d] = v.value.edtf.split('-');
    return { year: y === 'XXXX' ? null : Number(y), month: Number(mo), day: Number(d) };
  };
  return { value: dateValue(point(date), point(end)), basis: date.basis };
}
