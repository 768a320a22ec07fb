/**
 * Partner countries the generator swaps into a story, with the French forms a
 * sentence needs: where (« à Singapour », « au Japon », « en France »), from
 * (« de Singapour », « du Japon », « de la France »), the name with its
 * article (« Singapour », « le Japon », « la France ») and the demonyms.
 */
export interface CountryForms {
  iso3: string;
  name: string;
  where: string;
  from: string;
  withArticle: string;
  /** Masculine singular, feminine singular, masculine plural, feminine plural. */
  demonyms: [string, string, string, string];
}

const regular = (stem: string): [string, string, string, string] => [stem, `${stem}ne`, `${stem}s`, `${stem}nes`];
const plain = (m: string): [string, string, string, string] => [m, `${m}e`, `${m}s`, `${m}es`];

export const COUNTRIES: readonly CountryForms[] = [
  { iso3: 'SGP', name: 'Singapour', where: 'à Singapour', from: 'de Singapour', withArticle: 'Singapour', demonyms: regular('singapourien') },
  { iso3: 'JPN', name: 'Japon', where: 'au Japon', from: 'du Japon', withArticle: 'le Japon', demonyms: ['japonais', 'japonaise', 'japonais', 'japonaises'] },
  { iso3: 'FRA', name: 'France', where: 'en France', from: 'de la France', withArticle: 'la France', demonyms: ['français', 'française', 'français', 'françaises'] },
  { iso3: 'LAO', name: 'Laos', where: 'au Laos', from: 'du Laos', withArticle: 'le Laos', demonyms: regular('laotien') },
  { iso3: 'KHM', name: 'Cambodge', where: 'au Cambodge', from: 'du Cambodge', withArticle: 'le Cambodge', demonyms: regular('cambodgien') },
  { iso3: 'CHN', name: 'Chine', where: 'en Chine', from: 'de la Chine', withArticle: 'la Chine', demonyms: ['chinois', 'chinoise', 'chinois', 'chinoises'] },
  { iso3: 'RUS', name: 'Russie', where: 'en Russie', from: 'de la Russie', withArticle: 'la Russie', demonyms: ['russe', 'russe', 'russes', 'russes'] },
  { iso3: 'IND', name: 'Inde', where: 'en Inde', from: 'de l’Inde', withArticle: 'l’Inde', demonyms: regular('indien') },
  { iso3: 'AUS', name: 'Australie', where: 'en Australie', from: 'de l’Australie', withArticle: 'l’Australie', demonyms: regular('australien') },
  { iso3: 'MYS', name: 'Malaisie', where: 'en Malaisie', from: 'de la Malaisie', withArticle: 'la Malaisie', demonyms: regular('malaisien') },
  { iso3: 'THA', name: 'Thaïlande', where: 'en Thaïlande', from: 'de la Thaïlande', withArticle: 'la Thaïlande', demonyms: ['thaïlandais', 'thaïlandaise', 'thaïlandais', 'thaïlandaises'] },
  { iso3: 'IDN', name: 'Indonésie', where: 'en Indonésie', from: 'de l’Indonésie', withArticle: 'l’Indonésie', demonyms: regular('indonésien') },
  { iso3: 'PHL', name: 'Philippines', where: 'aux Philippines', from: 'des Philippines', withArticle: 'les Philippines', demonyms: plain('philippin') },
  { iso3: 'DEU', name: 'Allemagne', where: 'en Allemagne', from: 'de l’Allemagne', withArticle: 'l’Allemagne', demonyms: plain('allemand') },
  { iso3: 'GBR', name: 'Royaume-Uni', where: 'au Royaume-Uni', from: 'du Royaume-Uni', withArticle: 'le Royaume-Uni', demonyms: ['britannique', 'britannique', 'britanniques', 'britanniques'] },
  { iso3: 'BRN', name: 'Brunei', where: 'au Brunei', from: 'du Brunei', withArticle: 'le Brunei', demonyms: regular('brunéien') },
  { iso3: 'MMR', name: 'Myanmar', where: 'au Myanmar', from: 'du Myanmar', withArticle: 'le Myanmar', demonyms: plain('birman') },
  { iso3: 'NZL', name: 'Nouvelle-Zélande', where: 'en Nouvelle-Zélande', from: 'de la Nouvelle-Zélande', withArticle: 'la Nouvelle-Zélande', demonyms: ['néo-zélandais', 'néo-zélandaise', 'néo-zélandais', 'néo-zélandaises'] },
  { iso3: 'CAN', name: 'Canada', where: 'au Canada', from: 'du Canada', withArticle: 'le Canada', demonyms: regular('canadien') },
  { iso3: 'ITA', name: 'Italie', where: 'en Italie', from: 'de l’Italie', withArticle: 'l’Italie', demonyms: regular('italien') },
  { iso3: 'ESP', name: 'Espagne', where: 'en Espagne', from: 'de l’Espagne', withArticle: 'l’Espagne', demonyms: plain('espagnol') },
  { iso3: 'MNG', name: 'Mongolie', where: 'en Mongolie', from: 'de la Mongolie', withArticle: 'la Mongolie', demonyms: plain('mongol') },
  { iso3: 'KAZ', name: 'Kazakhstan', where: 'au Kazakhstan', from: 'du Kazakhstan', withArticle: 'le Kazakhstan', demonyms: plain('kazakh') },
  { iso3: 'UZB', name: 'Ouzbékistan', where: 'en Ouzbékistan', from: 'de l’Ouzbékistan', withArticle: 'l’Ouzbékistan', demonyms: plain('ouzbek') },
  { iso3: 'HUN', name: 'Hongrie', where: 'en Hongrie', from: 'de la Hongrie', withArticle: 'la Hongrie', demonyms: ['hongrois', 'hongroise', 'hongrois', 'hongroises'] },
  { iso3: 'NLD', name: 'Pays-Bas', where: 'aux Pays-Bas', from: 'des Pays-Bas', withArticle: 'les Pays-Bas', demonyms: ['néerlandais', 'néerlandaise', 'néerlandais', 'néerlandaises'] },
  { iso3: 'CZE', name: 'République tchèque', where: 'en République tchèque', from: 'de la République tchèque', withArticle: 'la République tchèque', demonyms: ['tchèque', 'tchèque', 'tchèques', 'tchèques'] },
  { iso3: 'KOR', name: 'République de Corée', where: 'en République de Corée', from: 'de la République de Corée', withArticle: 'la République de Corée', demonyms: ['sud-coréen', 'sud-coréenne', 'sud-coréens', 'sud-coréennes'] },
];
