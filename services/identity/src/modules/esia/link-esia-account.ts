import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit } from '@dnevnik/audit';
import type { EsiaPersonData } from '@dnevnik/esia';
import { Person } from '../people/index.js';
import { EsiaAccount } from './esia.entities.js';
import { EsiaLoginFailure, personMatches } from './esia.rules.js';

/**
 * The first ESIA login links the account to the person the school registered with the same СНИЛС,
 * name and birth date; later logins find the person by oid. Nobody is ever created here.
 */
export async function linkEsiaAccount(
  tx: EntityManager,
  oid: string,
  esia: EsiaPersonData & { snils: string },
): Promise<string> {
  const linked = await tx.findOne(EsiaAccount, { oid });
  if (linked) {
    const person = await tx.findOneOrFail(Person, { id: linked.personId });
    // A СНИЛС changed on either side means the link may point at the wrong person now.
    if (person.snils !== esia.snils) throw new EsiaLoginFailure('mismatch');
    linked.lastLoginAt = new Date();
    return person.id;
  }
  const person = await tx.findOne(Person, { snils: esia.snils });
  if (!person) throw new EsiaLoginFailure('not_found');
  if (!personMatches(person, esia)) throw new EsiaLoginFailure('mismatch');
  if (await tx.findOne(EsiaAccount, { personId: person.id })) {
    throw new EsiaLoginFailure('linked_elsewhere');
  }
  const account = Object.assign(new EsiaAccount(), { personId: person.id, oid });
  tx.persist(account);
  await appendAudit(tx, {
    chain: 'sessions',
    actorPersonId: person.id,
    actorRole: null,
    action: 'account.esia_linked',
    entityType: 'esia_account',
    entityId: person.id,
    schoolId: null,
    before: null,
    after: { personId: person.id, oid, matchedBy: 'snils+name+birthDate' },
  });
  return person.id;
}
