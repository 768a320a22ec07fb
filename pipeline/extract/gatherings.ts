/**
 * Named gatherings (« 6e réunion des ministres du Numérique de l'ASEAN (ADGMIN) ») become conferences, or talks
 * when they are bilateral; who organizes, chairs and attends them is read from the words around them.
 */
import type { AnnotatedSentence, DateMention, GatheringMention, OrganizationMention, TriggerMention } from '../04-annotate.ts';
import type { EventType } from '../../schemas/events.ts';
import { dateValue } from '../dates/edtf.ts';
import { foldKey } from '../source.ts';
import { nearestRoleCue } from './cues.ts';
import { gatheringKey, insideGathering, sameGathering } from './events.ts';
import { addCountry, addOrg, addParticipant, countryActor, dateOfAName, heldRemotely, manner, matchView, mention, nearest, newEvent, orgActor, participant, resolveIn, segmentOf, sentenceSpan, setDate, setPlace, type ArticleState, type ExtractedParticipant, type SentenceState } from './state.ts';
import { distance, editionOf } from './text.ts';
import { coordinatedSubjects, previousSubject } from './people.ts';
import { dayOfTheDayBefore } from './talk-dates.ts';
import { betweenAfter } from './clauses.ts';

/** Named gatherings → conferences (or bilateral talks), with their organizers and the people who take part. */
export function tellGatherings(st: ArticleState, ss: SentenceState): void {
  const { s } = ss;
  // Named gatherings → conferences.
  for (const g of s.gatherings) {
    const key = gatheringKey(g);
    let event = st.events.find((e) => (e.type === 'conference' || e.type === 'meeting') && e.gatheringKey !== null && sameGathering(e, g, key));
    // « Le Dialogue de Shangri-La est reconnu comme … », « dans la Conférence des chefs de police de l'ASEAN »: a series named without an
    // edition, a date or anything that tells it took place is the series, not an occurrence (fixtures gatherings-013, not-events-012).
    if (!event && !toldAsOccurrence(st, s, g)) continue;
    if (!event) {
      // « 3e réunion bilatérale » is talks between two sides, not a multilateral gathering.
      // « 3e réunion bilatérale », « 8e Dialogue de sécurité Vietnam-Japon »: talks between two sides, not a multilateral gathering.
      const twoSides = /^dialogue/iu.test(g.noun) && new Set(s.countries.filter((c) => c.start >= g.start && c.end <= g.end).map((c) => c.ref.iso3)).size === 2 && !s.organizations.some((o) => o.start >= g.start && o.end <= g.end && o.ref.country === null);
      // « 3e réunion du groupe de travail conjoint Vietnam-Indonésie »: a joint working group is talks between its two sides.
      event = newEvent(st, /(?<![\p{L}])(?:bilatéral|conjoint)/iu.test(g.name) || twoSides ? 'meeting' : 'conference', s, g.start);
      event.name = g.name;
      event.gatheringKey = key;
      event.noun = g.noun;
      // « … la 11e réunion au Vietnam en 2026 » after « La 10e réunion du comité mixte … Vietnam – Cambodge »: the next edition of the same series.
      const series = g.ordinal !== null && !g.acronym ? seriesOf(st, g) : null;
      if (series) {
        event.type = series.type;
        event.name = `${g.name}${series.rest}`;
        event.gatheringKey = `name:${foldKey(event.name)}`;
        const named = [...new Set(st.dicts.countries.find(series.rest).filter((c) => c.value.form === 'name').map((c) => c.value.iso3))];
        if (named.length >= 2) {
          for (const iso3 of named) {
            const p: ExtractedParticipant = { actor: countryActor(st, iso3), role: 'attendee', nameAsWritten: st.dicts.countryNames.get(iso3) ?? iso3, title: null, organization: null, country: iso3, evidence: sentenceSpan(s) };
            event.participants.push(p);
            st.impliedByName.add(p);
          }
        }
      }
    } else if (!event.name || (g.acronym && !/\(/.test(event.name) && g.name.length > event.name.length)) {
      event.name = g.name;
    }
    if (g.acronym) st.acronymsSeen.set(foldKey(g.acronym).replace(/[\s-]/g, ''), event);
    // « la 3e réunion du groupe de travail conjoint …, tenue à Jakarta entre le ministère … et la Police … »: the two sides attend.
    // « … l'accord de libre-échange (ALE) entre le Vietnam et … »: after an instrument's name, « entre » gives its parties, not the gathering's.
    const namesInstrument = st.dicts.instruments.find(g.name).length > 0 && /^\s*entre\s/u.test(matchView(st, { start: g.end, end: Math.min(s.end, g.end + 8) }));
    const sides = namesInstrument ? [] : betweenAfter(s, g, segmentOf(ss, g.start)[1]).filter((a) => !s.instruments.some((i) => i.end <= a.start && a.start - i.end < 24 && i.end > g.start));
    for (const a of sides) {
      if (a.person) addParticipant(event, participant(st, s, a.person, 'attendee'));
      else if (a.organization) addOrg(event, orgActor(a.organization.ref.id, a.organization.ref.name, a.organization.ref.country), 'attendee', a.organization.text, s);
      else if (a.country && !event.participants.some((p) => p.actor.actorId === `country:${a.country!.ref.iso3}`)) addCountry(st, event, a.country.ref.iso3, 'attendee', a.country.text, s);
    }
    mention(event, s);
    ss.events.push(event);
    // « Elle a décidé d'organiser la prochaine 13e AMMTC et la 10e AMMTC+3 en 2019 »: a past sentence can announce a gathering to come.
    const announced = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:prochaine?s?|(?:d'|de |pour )(?:organiser|accueillir|tenir))(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))[^.;]{0,80}$/iu.test(matchView(st, { start: Math.max(s.start, g.start - 90), end: g.start }));
    // « ont décidé que le Vietnam accueillerait le 2e Dialogue » (fixtures b6-07, b6-17): the conditional is the future seen from the past.
    const foreseen = /(?<![\p{L}])\p{Ll}+(?:erait|eraient|rait|raient)\s+(?:(?:à|en) [^.;,]{1,30}\s+)?(?:le |la |les |l'|sa |son |leur )?$/u.test(matchView(st, { start: Math.max(s.start, g.start - 50), end: g.start }));
    if (s.future || announced || foreseen) event.status = 'planned';
    if (g.noun === 'visioconference' || heldRemotely(st, s, g)) event.virtual = true;
    // « la 5e SICW et la 5e AMCC, prévues du 5 au 9 octobre à Singapour »: a date after coordinated gatherings dates them all.
    // « …, a annoncé jeudi le ministère »: the day of a reporting clause is the announcement's.
    const reportedOn = (d: DateMention) => /,\s*(?:a|ont)\s+(?:annoncé|indiqué|déclaré|affirmé|précisé|fait savoir)\s*$/u.test(st.source.slice({ start: Math.max(s.start, d.start - 30), end: d.start }));
    const date = nearest(s.dates, g, (d: DateMention) => dateOfAName(st, s, d) || reportedOn(d));
    const between = date ? s.gatherings.filter((o) => o !== g && o.start > Math.min(g.end, date.start) && o.end < Math.max(g.start, date.end)) : [];
    const shared = between.length === 0 || (date !== undefined && date.start > g.end && /^[\s,]*(?:(?:qui\s+)?(?:s'est|se sont|se tiendr\p{L}+|aur\p{L}+ lieu|a eu lieu|ont eu lieu)\s+)?(?:prévue?s?|tenue?s?|organisée?s?|programmée?s?)?(?:\s+(?:en ligne|(?:à|en|au|aux) \p{Lu}[\p{L}-]+))?[\s,]*(?:du|les|le|en)?\s*$/u.test(st.source.slice({ start: between.at(-1)!.end, end: date.start })));
    // « Le Vietnam accueillera du 16 au 20 juin à Hanoï la 25e Réunion … » (fixture b5-19): the verb that hosts the gathering dates it, it tells no other event.
    const hosting = (t: TriggerMention) => t.end <= g.start && date !== undefined && date.start >= t.end && date.end <= g.start && /^[^.;,]{0,80}$/u.test(st.source.slice({ start: t.end, end: g.start }));
    const closerTrigger = s.triggers.some((t) => t.ref.eventType !== 'conference' && !insideGathering(s, t) && !manner(st, s, t) && !hosting(t) && distance(t, date ?? g) < distance(g, date ?? g));
    if (date && shared && !closerTrigger) setDate(event, resolveIn(st, s, date));
    // « participera au Dialogue de Shangri-La 2019 », « la SICW 2023 »: an edition named by its year is held that year.
    const yearOfEdition = /(?<![\p{N}-])((?:19|20)\d{2})(?:\s*\([^)]*\))?$|\((?:[^)]*\s)?((?:19|20)\d{2})\)$/u.exec(g.name.trim());
    // « Le même jour s'est tenue, également à Vientiane, la 12e Réunion … » (fixture a3-09).
    if (!event.date && !s.future) setDate(event, dayOfTheDayBefore(st, s, event));
    if (!event.date && yearOfEdition) setDate(event, { value: dateValue({ year: Number(yearOfEdition[1] ?? yearOfEdition[2]), month: null, day: null }, null), basis: 'explicit' });
    setPlace(event, nearest(s.places, g, (p) => s.organizations.some((o) => p.start >= o.start && p.end <= o.end) || (g.start <= p.start && p.end <= g.end)) ?? (s.index === 0 ? s.dateline : null));
    const subjects = coordinatedSubjects(st, s);
    for (const m of s.persons) {
      // « X, vice-ministre …, et le directeur … (BNPT), Y, ont coprésidé … »: the subjects of one verb share the role the last one's words give.
      const speaking = subjects.includes(m) ? subjects.at(-1)! : m;
      const from = Math.max(s.start, speaking.phrase.start - 60);
      const context = st.source.slice({ start: from, end: Math.min(s.end, speaking.end + 80) });
      const at = (n: number) => st.source.slice({ start: from, end: n }).length;
      const cue = nearestRoleCue(context, at(speaking.phrase.start), at(speaking.end));
      const participates = /(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))(?:assist|particip|pr[eé]sent|en pr[eé]sence d|(?:co-?)?pr[eé]sid|auspices|[àa] la t[eê]te|dirig|condui|tiendr|tiennent|ont tenu|a tenu|tenue? [^.;]{0,60}entre|entre (?:le|la) |s'exprimant|discours|lors de|pris la parole|prenant la parole)/iu.test(context);
      // « sous les auspices du vice-ministre lao …, Kongthong Phongvicith, et de son homologue vietnamien, Luong Tam Quang »: the second shares the first's role.
      const previousPerson = s.persons.filter((x) => x.end <= m.phrase.start).at(-1);
      const coordinated =
        /(?<![\p{L}\p{N}])et (?:de |du |par )?(?:son|sa|leur) homologue(?![\p{L}\p{N}])[^,;.]{0,40},?\s*$/u.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 60), end: m.phrase.start })) ||
        /(?<![\p{L}\p{N}])et (?:de |du )?(?:son|sa) homologue/u.test(st.source.slice({ start: Math.max(s.start, m.start - 80), end: m.start })) ||
        // « sous la coprésidence du vice-ministre …, X, et du secrétaire d'État …, Y »
        // « … et du vice-Premier ministre et ministre cambodgien de l'Intérieur, C »: a title the phrase did not take may come first.
        (previousPerson !== undefined && /^\s*,?\s*et\s+(?:du|de la|de l'|de l’|de|par le|par la)\s*(?:[^,;.()]{0,40}\s)?$/u.test(st.source.slice({ start: previousPerson.phrase.end, end: m.phrase.start }))) ||
        // « sous la coprésidence du ministre …, A, du ministre lao …, B, et du vice-Premier ministre …, C » (fixture b5-23): a list of three.
        (previousPerson !== undefined &&
          /^\s*,\s*(?:du|de la|de l'|de l’)\s*$/u.test(st.source.slice({ start: previousPerson.phrase.end, end: m.phrase.start })) &&
          /(?<![\p{L}])sous (?:la (?:co-?)?présidence|les auspices)(?![\p{L}])/u.test(st.source.slice({ start: s.start, end: previousPerson.start })));
      const previousRole = coordinated ? event.participants.filter((p) => p.actor.type === 'person').at(-1)?.role : undefined;
      // « Au sujet de la 5e Semaine …, M. S. Iswaran a exhorté … » speaks about a gathering, not at it.
      if (!participates && !previousRole) continue;
      // « …, se tiendra en novembre à Phnom Penh, a annoncé M. X »: who announces a gathering to come does not take part in it (fixture b5-09).
      if (event.status === 'planned' && /,\s*(?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|fait savoir)\s+(?:\p{Ll}+\s+)?(?:M\.|Mme)?\s*$/u.test(st.source.slice({ start: Math.max(s.start, m.phrase.start - 40), end: m.phrase.start }))) continue;
      addParticipant(event, participant(st, s, m, previousRole ?? cue ?? 'attendee'));
    }
    // « Elle a confirmé sa participation au 6e Dialogue …, prévu en avril prochain »: a pronoun that takes part is the subject before it (fixture a3-03).
    if (PRONOUN_TAKES_PART.test(matchView(st, { start: s.start, end: g.start }))) {
      const subject = previousSubject(st, s.index);
      if (subject) addParticipant(event, participant(st, subject.sentence, subject.mention, 'attendee'));
    }
    if (/^[^.;]{0,60}?(?<![\p{L}])(?:prévue?s?|programmée?s?)\s+[^.;]{0,30}?(?<![\p{L}])prochaine?(?![\p{L}])/iu.test(matchView(st, { start: g.end, end: s.end }))) event.status = 'planned';
    const organizers: OrganizationMention[] = [];
    const organizedBy = (at: number) => ORGANIZED_BY.test(matchView(st, { start: Math.max(s.start, at - 90), end: at }));
    // « la 6e réunion des ministres du Numérique de l'ASEAN (ADGMIN), organisée par le Vietnam »: a country organizes too.
    for (const c of s.countries) {
      if (c.ref.form !== 'name' || s.organizations.some((o) => c.start >= o.start && c.end <= o.end) || !organizedBy(c.start)) continue;
      const existing = event.participants.find((p) => p.actor.actorId === `country:${c.ref.iso3}`);
      if (existing) existing.role = 'organizer';
      else addCountry(st, event, c.ref.iso3, 'organizer', c.text, s);
    }
    for (const o of s.organizations) {
      const previous = organizers.at(-1);
      // « co-organisé par le ministère … et l'Agence japonaise … (JICA) », « Le NCSC, en coordination avec la JICA, a organisé … l'atelier »,
      // « à l'initiative du ministère … et en coordination avec l'UIT » (fixture b5-17)
      // « à l'initiative du Département … (A05) du ministère de la Sécurité publique et de l'Association nationale … (NCA) »: the body a first organizer belongs to may stand between them.
      const coordinated =
        previous !== undefined &&
        /^\s*(?:\([^)]{0,15}\))?(?:\s+(?:du|de la|de l'|relevant du|relevant de la)\s+[^,;.()]{0,80}?)?\s*,?\s*(?:et|(?:et\s+)?en coordination avec|(?:et\s+)?en collaboration avec|avec)\s+(?:de\s+|du\s+|d')?(?:le|la|les|l')?\s*$/iu.test(matchView(st, { start: previous.end, end: o.start }));
      const subject = o.end <= g.start && /^\s*(?:\([^)]{0,15}\))?\s*(?:,[^,.;]{0,90},\s*)?(?:a|ont)\s+(?:co-?)?organisé\s+(?:[^,.;]{0,60}\s)?(?:le|la|les|l'|un|une)\s*$/iu.test(matchView(st, { start: o.end, end: g.start }));
      if (organizedBy(o.start) || coordinated || subject) {
        if (organizers.some((x) => x.ref.id === o.ref.id)) continue;
        organizers.push(o);
        addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'organizer', o.text, s);
        // « l'A05 et l'Université nationale de Hanoi ont co-organisé le séminaire »: the bodies coordinated before the subject organize too.
        if (subject) {
          let next = o;
          for (const x of [...s.organizations].reverse()) {
            if (x.end > next.start) continue;
            if (!/^\s*(?:\([^)]{0,15}\))?\s*,?\s*et\s+(?:le|la|les|l')?\s*$/iu.test(matchView(st, { start: x.end, end: next.start }))) break;
            addOrg(event, orgActor(x.ref.id, x.ref.name, x.ref.country), 'organizer', x.text, s);
            next = x;
          }
        }
        // « Le NCSC, en coordination avec la JICA, a organisé »: the partner named inside the subject organizes too.
        if (subject) for (const x of s.organizations) if (x.start > o.end && x.end <= g.start && /^\s*(?:\([^)]{0,15}\))?\s*,\s*en (?:coordination|collaboration) avec\s+(?:le|la|les|l')?\s*$/iu.test(matchView(st, { start: o.end, end: x.start }))) addOrg(event, orgActor(x.ref.id, x.ref.name, x.ref.country), 'organizer', x.text, s);
      } else if (/(?<![\p{L}\p{N}])pr[ée]sid/iu.test(st.source.slice({ start: o.end, end: Math.min(s.end, o.end + 30) }))) {
        addOrg(event, orgActor(o.ref.id, o.ref.name, o.ref.country), 'chair', o.text, s);
      }
    }
  }
}

/** Words right before an organizer: « organisée par le », « Organisé du 30 mai au 1er juin à Singapour par l' », « à l'initiative du ». */
const ORGANIZED_BY = /(?:(?<![\p{L}])(?:co-?)?organis[ée]+e?s?(?:\s+conjointement)?(?:\s+[^,.;:()«»]{0,60}?)?\s+par|(?<![\p{L}])à l'initiative d[eu]|(?<![\p{L}])accueillie?s?\s+par)\s*(?:le|la|les|l')?\s*$/iu;

/** For a gathering named only by its ordinal and noun (« la 11e réunion »), the rest of the name of an earlier edition of the same noun. */
function seriesOf(st: ArticleState, g: GatheringMention): { rest: string; type: EventType } | null {
  if (foldKey(g.name).split(' ').length !== 2) return null;
  // The longest name of the noun told so far: « 10e réunion du comité mixte … », not a later « 10e réunion ».
  let best: { rest: string; type: EventType } | null = null;
  for (const e of st.events) {
    if (!e.name || e.noun !== g.noun) continue;
    // « la deuxième réunion du groupe de travail conjoint … » told before « la première réunion »: figures or words.
    const m = /^(\d+\s*(?:e|ème|ᵉ|er|re)|\S+)\s+(\S+)(.+)$/u.exec(e.name);
    const edition = m ? editionOf(m[1]!) : null;
    if (m && edition !== null && edition !== g.ordinal && (best === null || m[3]!.length > best.rest.length)) best = { rest: m[3]!, type: e.type };
  }
  return best;
}

/** Words around a gathering's name that tell it took place or will: « lors de », « a participé à », « s'est tenue », « a réuni ». */
const OCCURRENCE_BEFORE = /(?:(?<![\p{L}])(?:lors|marge|cours|occasion|cadre|issue|ouverture|clôture|séance|session|travaux|préparation|préparatifs)\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*|(?<![\p{L}])(?:particip|assist|pris part|prendre part|prend part|prendront part|préside|présida|coprésid|accueill|organis|tiendr|tenu|ouvr|clôtur|représent)\p{L}*(?:\s+[^\s.;:]+){0,4}\s+(?:à\s+|au\s+|aux\s+)?(?:la\s+|le\s+|l'|les\s+|un\s+|une\s+|cette\s+|ce\s+)?|(?<![\p{L}])(?:à|au|aux|de\s+la|du)\s+(?:la\s+)?(?:prochaine?|dernière?)\s+)$/iu;
const OCCURRENCE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?,?\s*(?:qui\s+)?(?:(?:s'est|se sont|se tiendr\p{L}*|se tien\p{L}*|s'ouvr\p{L}*|s'achèv\p{L}*|s'est (?:ouverte?|achevée?|clôturée?|déroulée?)|a eu lieu|ont eu lieu|aura lieu|auront lieu|a réuni|ont réuni|réunit|réunira|a rassemblé|rassemble|a adopté|ont adopté|a approuvé|a été (?:organisée?|inaugurée?|ouverte?)|sera organisée?|(?:co-?)?organisée?s?|tenue?s?|prévue?s?|programmée?s?)(?![\p{L}])|(?:s'est tenue?|s'est déroulée?))/iu;

/** A gathering is told as an occurrence when its name has an edition (ordinal, year, number), or a date, a participation or a holding goes with it. */
function toldAsOccurrence(st: ArticleState, s: AnnotatedSentence, g: GatheringMention): boolean {
  // « Le Vietnam souhaite accueillir le Forum … 2027 »: a bid or a wish to host is no edition, held or planned (fixture b3-027).
  if (WISHED.test(matchView(st, { start: Math.max(s.start, g.start - 60), end: g.start }))) return false;
  if (g.ordinal !== null || g.year !== null || /\d/u.test(g.acronym ?? '') || /(?<![\d])(?:19|20)\d{2}(?!\d)/u.test(g.name)) return true;
  // « Le Vietnam applique les résolutions de l'Assemblée générale d'Interpol … »: the body that resolves, not a session of it (fixture b4-012).
  if (/(?<![\p{L}])(?:résolutions?|décisions?|recommandations?|statuts?|règlements?|mandats?)\s+(?:de la|de l['’]|du|des)\s*$/iu.test(matchView(st, { start: Math.max(s.start, g.start - 30), end: g.start }))) return false;
  if (s.dates.some((d) => !dateOfAName(st, s, d) && distance(d, g) < 60)) return true;
  const before = matchView(st, { start: Math.max(s.start, g.start - 60), end: g.start });
  const after = matchView(st, { start: g.end, end: Math.min(s.end, g.end + 60) });
  return OCCURRENCE_BEFORE.test(before) || OCCURRENCE_AFTER.test(after);
}

const WISHED = /(?<![\p{L}])(?:souhait\p{L}*|espèr\p{L}*|esp[ée]r\p{L}*|aspir\p{L}*|candidat\p{L}*(?:\s+à|\s+pour)?|candidature\s+(?:à|pour))\s+(?:de\s+|d['’]|à\s+)?(?:l['’]organisation\s+d[eu]\s+|accueillir|organiser|abriter)\s*(?:le|la|les|l['’]|du|de la|de l['’])?\s*$/iu;
const PRONOUN_TAKES_PART = /^\s*(?:Il|Elle)\s+(?:a|avait|va|doit|devrait)?\s*(?:confirmé|annoncé)?\s*(?:sa participation|participer|participera|assistera|prendra part|prendre part)\s+(?:à|au|aux)\s*(?:la\s+|l['’])?$/u;
