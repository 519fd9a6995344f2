import { describe, expect, it } from 'vitest';
import {
  describeHeldRoles,
  describeMovers,
  personKeys,
  rolesOf,
  samePerson,
} from '../../../core/ladder/roles.js';
import { initiative, settings } from './register-builder.js';

describe('samePerson', () => {
  it('compares trimmed, case-insensitive, inner spaces collapsed', () => {
    expect(samePerson('  Olga   OWNER ', 'olga owner')).toBe(true);
    expect(samePerson('Olga Owner', 'Olga Owners')).toBe(false);
  });
  it('matches "Name <email>" by name or by email', () => {
    expect(samePerson('Olga Owner <olga@acme.example>', 'OLGA@acme.example')).toBe(true);
    expect(samePerson('Olga Owner (olga@acme.example)', 'olga owner')).toBe(true);
    expect(personKeys('Olga Owner <olga@acme.example>')).toEqual([
      'olga owner <olga@acme.example>',
      'olga owner',
      'olga@acme.example',
    ]);
  });
  it('never matches blanks', () => {
    expect(samePerson('', '')).toBe(false);
    expect(samePerson('  ', 'x')).toBe(false);
  });
});

describe('rolesOf', () => {
  const s = settings({ pmo: ['petra@acme.example'], controllers: ['Finance Team', ' carla controller '] });
  it('derives roles from the initiative and the settings lists', () => {
    const i = initiative('A', { owner: 'Olga Owner', sponsor: 'Sam Sponsor', controller: 'Kim Control' });
    expect([...rolesOf(s, i, 'olga owner')]).toEqual(['anyone', 'owner']);
    expect([...rolesOf(s, i, 'Sam Sponsor')]).toEqual(['anyone', 'sponsor']);
    expect([...rolesOf(s, i, 'Kim Control')]).toEqual(['anyone', 'controller']);
    expect([...rolesOf(s, i, 'Carla Controller')]).toEqual(['anyone', 'controller']);
    expect([...rolesOf(s, i, 'PETRA@acme.example ')]).toEqual(['anyone', 'pmo']);
    expect([...rolesOf(s, i, 'Someone Else')]).toEqual(['anyone']);
  });
  it('lets one person hold several roles', () => {
    const i = initiative('A', { owner: 'Finance Team' });
    expect([...rolesOf(s, i, 'finance team')]).toEqual(['anyone', 'owner', 'controller']);
  });
});

describe('describeMovers', () => {
  it('reads as a sentence', () => {
    expect(describeMovers(['sponsor', 'pmo'])).toBe('the sponsor or the PMO');
    expect(describeMovers(['owner', 'sponsor', 'pmo'])).toBe('the owner, the sponsor or the PMO');
    expect(describeMovers(['controller'])).toBe('a controller');
    expect(describeMovers([])).toBe('nobody');
  });
});

describe('verified emails against names', () => {
  it('matches first.last emails to the name they spell', () => {
    expect(samePerson('Olga Owner', 'olga.owner@acme.example')).toBe(true);
    expect(samePerson('olga_owner@acme.example', ' OLGA  owner ')).toBe(true);
    expect(samePerson('Olga Owner', 'owner.olga@acme.example')).toBe(false);
    expect(samePerson('Olga', 'olga@acme.example')).toBe(false);
    expect(samePerson('Olga Owner', 'olga.owners@acme.example')).toBe(false);
  });
});

describe('describeHeldRoles', () => {
  it('lists what the actor is, or says they hold none', () => {
    expect(describeHeldRoles(new Set(['anyone']))).toBe('holds none of these roles');
    expect(describeHeldRoles(new Set(['anyone', 'owner', 'controller']))).toBe(
      'is the owner and a controller',
    );
  });
});
