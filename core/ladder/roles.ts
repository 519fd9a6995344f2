/**
 * Who the acting person is for one initiative. The initiative names its owner, sponsor and
 * controller; `PG Settings` lists the PMO and the controllers. People are compared by name
 * or email, trimmed and case-insensitive, with inner spaces collapsed; a cell may hold
 * "Name <email>" and then matches either; an email matches the name its local part spells.
 */
import type { Initiative } from '../model/initiative.js';
import type { Role } from '../model/ladder.js';
import type { Settings } from '../model/settings.js';

/** The comparable forms of a person cell: the whole text, and name and email when given as "Name <email>". */
export function personKeys(text: string): string[] {
  const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const whole = norm(text);
  if (whole === '') return [];
  const keys = [whole];
  const match = /^(.*?)[<([]\s*([^<>()[\]\s]+@[^<>()[\]\s]+)\s*[>)\]]\s*$/.exec(text);
  if (match) {
    const name = norm(match[1]);
    if (name !== '') keys.push(name);
    keys.push(norm(match[2]));
  }
  return keys;
}

/** "olga.owner@acme.example" → "olga owner": an email's local part read as a name. */
function nameFromEmail(key: string): string | null {
  const at = key.indexOf('@');
  if (at <= 0 || key.includes(' ')) return null;
  const words = key
    .slice(0, at)
    .split(/[._-]+/)
    .filter(Boolean);
  return words.length >= 2 ? words.join(' ') : null;
}

/**
 * Whether two person cells name the same person. Blank never matches. A verified email
 * (Google Sheets) also matches a cell holding the name its local part spells, first.last
 * style ("olga.owner@…" ↔ "Olga Owner"), so registers that name people need no emails.
 */
export function samePerson(a: string, b: string): boolean {
  const keysA = personKeys(a);
  const keysB = personKeys(b);
  if (keysA.some((key) => keysB.includes(key))) return true;
  const spelled = (keys: string[]): string[] =>
    keys.map(nameFromEmail).filter((name): name is string => name !== null);
  return (
    spelled(keysA).some((name) => keysB.includes(name)) || spelled(keysB).some((name) => keysA.includes(name))
  );
}

function listed(people: readonly string[], actor: string): boolean {
  return people.some((person) => samePerson(person, actor));
}

/** The roles `actorName` holds for `initiative`; always includes `anyone`. */
export function rolesOf(settings: Settings, initiative: Initiative, actorName: string): Set<Role> {
  const roles = new Set<Role>(['anyone']);
  if (samePerson(initiative.owner, actorName)) roles.add('owner');
  if (samePerson(initiative.sponsor, actorName)) roles.add('sponsor');
  if (samePerson(initiative.controller, actorName) || listed(settings.controllers, actorName))
    roles.add('controller');
  if (listed(settings.pmo, actorName)) roles.add('pmo');
  return roles;
}

/** Whether the actor holds at least one of `movers`. */
export function mayMove(roles: ReadonlySet<Role>, movers: readonly Role[]): boolean {
  return movers.some((role) => roles.has(role));
}

const ROLE_WORDS: Record<Role, string> = {
  anyone: 'anyone',
  owner: 'the owner',
  sponsor: 'the sponsor',
  controller: 'a controller',
  pmo: 'the PMO',
};

/** "the sponsor or the PMO" */
export function describeMovers(movers: readonly Role[]): string {
  const words = movers.map((role) => ROLE_WORDS[role]);
  if (words.length === 0) return 'nobody';
  if (words.length === 1) return words[0];
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "is the owner and a controller", or "holds none of these roles" when only `anyone`. */
export function describeHeldRoles(roles: ReadonlySet<Role>): string {
  const held = [...roles].filter((role) => role !== 'anyone');
  if (held.length === 0) return 'holds none of these roles';
  return `is ${describeMovers(held).replace(/ or /g, ' and ')}`;
}
