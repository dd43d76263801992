import { describe, expect, it } from 'vitest';
import { parseServiceClients, serviceGrant } from './service-clients.rules.js';

const SCHOOL = '0b6f1f0e-2c4a-4d1e-9a0b-1c2d3e4f5a6b';
const PEM = '-----BEGIN PUBLIC KEY-----\nMFk=\n-----END PUBLIC KEY-----\n';

describe('serviceGrant', () => {
  it('gives the archive the archivist role for exactly one school', () => {
    expect(serviceGrant('archive', SCHOOL.toUpperCase())).toEqual({
      role: 'archivist',
      regionId: null,
      schoolId: SCHOOL,
      classId: null,
    });
  });

  it('gives nothing to an unknown client, to inherited names, or for a school that is not an id', () => {
    for (const client of ['analytics', 'toString', '__proto__', 'constructor', ''])
      expect(serviceGrant(client, SCHOOL)).toBeNull();
    for (const school of ['', 'school-1', `${SCHOOL}x`, '*'])
      expect(serviceGrant('archive', school)).toBeNull();
  });
});

describe('parseServiceClients', () => {
  it('reads client ids and their keys, and nothing when unset', () => {
    expect(parseServiceClients(JSON.stringify({ archive: PEM })).clients.get('archive')).toBe(PEM);
    expect(parseServiceClients(undefined)).toEqual({ clients: new Map(), problems: [] });
    expect(parseServiceClients('  ').problems).toEqual([]);
  });

  it('names every problem instead of starting with a half-read list', () => {
    expect(parseServiceClients('{').problems).toHaveLength(1);
    expect(parseServiceClients('["archive"]').problems).toHaveLength(1);
    expect(parseServiceClients('null').problems).toHaveLength(1);
    const { clients, problems } = parseServiceClients(
      JSON.stringify({ archive: 42, billing: PEM }),
    );
    expect(clients.size).toBe(0);
    expect(problems).toEqual([
      'archive: expected an SPKI PEM public key',
      'unknown service client billing',
    ]);
  });
});
