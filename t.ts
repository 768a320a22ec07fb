import { findGatherings } from './pipeline/04-annotate.ts';
import { dictionaries } from './pipeline/dictionaries.ts';
const s = "a assisté aux activités de la Semaine internationale de la cybersécurité de Singapour 2023 (SICW 2023) et de la 8e Conférence des ministres de l'ASEAN sur la cybersécurité (AMCC 8), tenue du 16 au 19 octobre à Singapour.";
console.log(findGatherings(s, 0, s.length, dictionaries()));
