/** Date inheritance: an event told inside another takes its date and place; the article's main event. */
import { dateValue } from '../dates/edtf.ts';
import { copyPlace, resolveIn, setPlace, type ArticleState, type ExtractedEvent, type SentenceState } from './state.ts';
import type { ResolvedDate } from '../dates/resolve.ts';
import { JOINING_PLACES } from './cues.ts';

/** « Cette discussion s'inscrivait dans le cadre de la visite … du 11 au 13 mars », « Dans le cadre de la SICW 2023, … a rencontré »: an event inside another takes its date and place. */
export function framedEvents(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « Cette discussion s'inscrivait dans le cadre de la visite … du 11 au 13 mars », « Dans le cadre de la SICW 2023, … a rencontré »: an event inside another takes its date and place.
  const frame = /(?<![\p{L}])(?:dans le cadre d[eu]|lors d[eu]|en marge d[eu]|au cours d[eu]|à l'occasion d[eu]|en marge des|lors des|au cours des)\s+(?:la |l'|sa |son |leur )?/iu;
  if (frame.test(s.text)) {
    for (const e of ss.events) {
      if (e.type !== 'meeting') continue;
      const host =
        ss.events.find((x) => x !== e && (x.type === 'visit' || x.type === 'conference')) ??
        [...st.events].reverse().find((x) => x !== e && (x.type === 'visit' || x.type === 'conference') && x.mentions.some((m) => m.start === s.start)) ??
        // « Dans le cadre de cette mission, … a eu un entretien avec … »: the trip told before, by a word the frames do not read as a visit of its own.
        (TRIP_REFERRED.test(s.text) ? [...st.events].reverse().find((x) => x !== e && x.type === 'visit' && x.mentions.every((m) => m.start < s.start)) : undefined) ??
        // « En marge des réunions, X a eu des entretiens … »: the gatherings told before, by their noun (fixture a3-09).
        (GATHERING_REFERRED.test(s.text) ? [...st.events].reverse().find((x) => x !== e && x.type === 'conference' && x.date !== null && x.mentions.every((m) => m.start < s.start)) : undefined);
      if (!host) continue;
      // Dated by the same words as its frame: a year found later for the frame is this event's too.
      if (e.date && host.date && e.date.value.edtf === host.date.value.edtf) e.dateSource = host;
      if (e.date && e.placeText) continue;
      if (!e.date && host.date) {
        e.date = spanOfGatherings(st, s, host) ?? host.date;
        e.dateSource = host;
      }
      copyPlace(e, host);
    }
  }
}

/**
 * « En marge des réunions » after the 19e Réunion on the 1st and the 12e Réunion élargie on the 2nd (fixture b6-05): the plural spans
 * the gatherings told before, first day to last, when they follow each other within two weeks.
 */
function spanOfGatherings(st: ArticleState, s: SentenceState['s'], host: ExtractedEvent): ResolvedDate | null {
  if (!/(?<![\p{L}])(?:en marge|lors|au cours) des\s+(?:réunions|conférences|sommets|forums|sessions)(?![\p{L}])/iu.test(s.text)) return null;
  const told = st.events.filter((x) => x.type === 'conference' && x.date?.value.precision === 'day' && x.date.value.start && x.date.value.end && x.mentions.every((m) => m.start < s.start));
  if (told.length < 2 || !told.includes(host)) return null;
  const first = told.map((x) => x.date!.value.start!).sort()[0]!;
  const last = told.map((x) => x.date!.value.end!).sort().at(-1)!;
  if ((Date.parse(last) - Date.parse(first)) / 86_400_000 > 14) return null;
  const point = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
  return { value: dateValue(point(first), first === last ? null : point(last)), basis: host.date!.basis };
}

const GATHERING_REFERRED = /(?<![\p{L}])(?:en marge|lors|au cours|à l'issue|à l’issue) d(?:es|e la|e ces|e cette|u)\s+(?:réunions?|conférences?|sommets?|travaux|forums?|sessions?)(?![\p{L}])/iu;
const TRIP_REFERRED = /(?<![\p{L}])(?:dans le cadre|au cours|lors|à l'occasion|à l’occasion) d[eu]\s+(?:cette|ce|cet) (?:mission|voyage|déplacement|séjour|tournée|visite)(?![\p{L}])/iu;

/** The article's main event: the first meeting, visit or conference told. */
export function mainEvent(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  if (!st.main) {
    const first = ss.events.filter((e) => e.type === 'meeting' || e.type === 'visit' || e.type === 'conference').sort((a, b) => st.firstAt.get(a)! - st.firstAt.get(b)!)[0];
    if (first) {
      st.main = first;
      first.main = true;
    }
  }
}

/** « … présente à Hanoï pour assister à la 6e réunion … »: a gathering told beside a dated event, with no date of its own, is in the same month. */
export function gatheringsBesideDatedEvents(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // « … présente à Hanoï pour assister à la 6e réunion … »: a gathering told beside a dated event, with no date of its own, is in the same month.
  const dated = ss.events.find((e) => (e.type === 'meeting' || e.type === 'visit') && e.date?.value.start && e.date.value.precision === 'day');
  if (dated) {
    for (const e of ss.events) {
      if (e.type !== 'conference' || e.date) continue;
      const d = dated.date!.value.start!;
      e.date = { value: dateValue({ year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: null }), basis: 'inferred' };
    }
  }
}

/**
 * « Hanoï, 6 juillet (VNA) – Le ministre … a déclaré le 6 juillet que … »: a lead sentence with a date and no event of its
 * own dates the article's main event; and the dateline (« Bandar Seri Begawan (VNA) – ») places it when nothing else does.
 */
export function leadDate(st: ArticleState): void {
  const lead = st.sentences[0];
  const mainEvent = st.main;
  if (!lead || !mainEvent) return;
  const leadTellsNoEvent = !st.events.some((e) => e.mentions.some((m) => m.start === lead.start));
  if (!mainEvent.date && mainEvent.status === 'occurred' && leadTellsNoEvent) {
    const d = lead.dates.find((x) => x.expression.kind === 'point' || x.expression.kind === 'range');
    if (d) mainEvent.date = resolveIn(st, lead, d);
  }
  if (leadTellsNoEvent && mainEvent.type !== 'visit') setPlace(mainEvent, lead.dateline);
}

/**
 * « Singapour (VNA) – … »: what the article tells as happening in the days it reports, with no place of its own, happens where its
 * dateline is (fixtures b5-05, b5-21); not a visit (reported from home), an event planned or told as background.
 */
export function datelinePlaces(st: ArticleState): void {
  const dateline = st.sentences.slice(0, 3).find((s) => s.dateline)?.dateline;
  const published = st.resolved.article.published?.date.start;
  if (!dateline?.city || !published) return;
  const day = 86_400_000;
  for (const e of st.events) {
    // A country alone (« en visite au Vietnam ») is no place; the dateline's city in that country is (fixtures b7-09, b7-21). A video
    // call told under a dateline is placed there too, where the side that tells it sat (fixtures b6-15, b7-03).
    if (e.city || (e.placeText && !e.country) || (e.country && e.country !== dateline.country) || e.type === 'visit' || e.background || e.status !== 'occurred' || !e.date?.value.start) continue;
    if (e.virtual && JOINING_PLACES.test(st.sentences.find((s) => s.start === e.mentions[0]?.start)?.text ?? '')) continue;
    const gap = (Date.parse(published) - Date.parse(e.date.value.start)) / day;
    if (e.date.value.precision !== 'day' || gap < -1 || gap > 10) continue;
    e.placeText = null;
    setPlace(e, dateline);
  }
}

/**
 * « a accepté l'invitation à effectuer une visite à Cuba au premier semestre 2027 » in an article of September 2026 (fixture
 * b7-21): an event whose first day comes after the day the article was published has not happened yet, whatever the tense.
 */
export function eventsToComeArePlanned(st: ArticleState): void {
  const published = st.resolved.article.published?.date;
  if (!published?.end || published.precision !== 'day') return;
  for (const e of st.events) if (e.status === 'occurred' && e.date?.value.start && e.date.value.start > published.end) e.status = 'planned';
}
