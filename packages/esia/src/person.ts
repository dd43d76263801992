import { z } from 'zod';

/*
 * ESIA's REST shapes for a person (`/rs/prns/{oid}`) and their children (`/rs/prns/{oid}/kids`),
 * and the plain form identity works with. Only fields the journal needs are read (G5).
 */

const esiaDate = z.string().regex(/^\d{2}\.\d{2}\.\d{4}$/);

const personShape = z.object({
  lastName: z.string().optional(),
  firstName: z.string().optional(),
  middleName: z.string().optional(),
  birthDate: esiaDate.optional(),
  gender: z.enum(['M', 'F']).optional(),
  snils: z.string().optional(),
  /** A confirmed account: identity documents checked by ESIA. */
  trusted: z.boolean().optional(),
});

const kidShape = personShape.omit({ trusted: true }).extend({
  id: z.union([z.string(), z.number()]),
  /** Whether ESIA checked the child record against the civil registry. */
  vrfStu: z.string().optional(),
});

export const esiaPersonResponse = personShape;
export const esiaKidsResponse = z.object({ elements: z.array(kidShape) });

export interface EsiaPersonData {
  lastName: string | null;
  firstName: string | null;
  middleName: string | null;
  /** ГГГГ-ММ-ДД. */
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  /** 11 digits. */
  snils: string | null;
  trusted: boolean;
}

export interface EsiaKidData extends Omit<EsiaPersonData, 'trusted'> {
  id: string;
  verified: boolean;
}

/** `14.03.2013` → `2013-03-14`. */
export const fromEsiaDate = (value: string | undefined): string | null =>
  value ? `${value.slice(6, 10)}-${value.slice(3, 5)}-${value.slice(0, 2)}` : null;

/** `2013-03-14` → `14.03.2013`. */
export const toEsiaDate = (iso: string): string =>
  `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** `123-456-789 01` → `12345678901`; anything else that is not 11 digits → null. */
export function fromEsiaSnils(value: string | undefined): string | null {
  const digits = (value ?? '').replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/** `12345678901` → `123-456-789 01`, as ESIA writes it. */
export const toEsiaSnils = (digits: string): string =>
  `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;

const sexOf = (gender: 'M' | 'F' | undefined) =>
  gender === 'M' ? 'male' : gender === 'F' ? 'female' : null;

export function toPersonData(raw: z.infer<typeof personShape>): EsiaPersonData {
  return {
    lastName: raw.lastName?.trim() || null,
    firstName: raw.firstName?.trim() || null,
    middleName: raw.middleName?.trim() || null,
    birthDate: fromEsiaDate(raw.birthDate),
    sex: sexOf(raw.gender),
    snils: fromEsiaSnils(raw.snils),
    trusted: raw.trusted === true,
  };
}

export function toKidData(raw: z.infer<typeof kidShape>): EsiaKidData {
  const { trusted: _trusted, ...person } = toPersonData({ ...raw, trusted: false });
  return { ...person, id: String(raw.id), verified: raw.vrfStu === 'VERIFIED' };
}
