/**
 * Month names and abbreviations people write in dates and period headers (English, German, French,
 * Spanish, Dutch, Italian, Portuguese), lower-case, without trailing dots → month 1–12.
 */
const NAMES: readonly (readonly string[])[] = [
  [
    'jan',
    'january',
    'januar',
    'jän',
    'jänner',
    'janv',
    'janvier',
    'ene',
    'enero',
    'januari',
    'gen',
    'gennaio',
    'janeiro',
  ],
  [
    'feb',
    'february',
    'februar',
    'févr',
    'fevr',
    'février',
    'fevrier',
    'febrero',
    'februari',
    'febbraio',
    'fev',
    'fevereiro',
  ],
  ['mar', 'march', 'märz', 'maerz', 'mrz', 'mars', 'marzo', 'maart', 'mär', 'março', 'marco'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'mei', 'mag', 'maggio', 'maio'],
  ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno', 'junho'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio', 'julho'],
  ['aug', 'august', 'août', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre', 'out', 'outubro'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  [
    'dec',
    'december',
    'dez',
    'dezember',
    'déc',
    'décembre',
    'decembre',
    'dic',
    'diciembre',
    'dicembre',
    'dezembro',
  ],
];

const BY_NAME = new Map<string, number>(
  NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** `"Mar"`, `"März"`, `"mrz."`, `"Décembre"` → 3, 3, 3, 12; unknown words → null. */
export function monthFromName(word: string): number | null {
  return BY_NAME.get(word.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}
