/**
 * How long each kind of archived document is kept (X2, X3, X5), and when it may go. Retention is
 * counted, as archives count it, from 1 January of the year after the one in which the record
 * was closed: a summary sheet of a year closed in June 2027 is kept until 1 January 2053.
 */
export const DOCUMENT_KINDS = ['period_printout', 'year_volume', 'summary_sheet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Years of retention per kind: a period printout is a sheet of the class's year volume. */
export const RETENTION_YEARS: Readonly<Record<DocumentKind, number>> = {
  period_printout: 5,
  year_volume: 5,
  summary_sheet: 25,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first day on which the document may be deleted (YYYY-MM-DD). */
export function retainUntil(kind: DocumentKind, closedOn: string): string {
  const match = ISO_DATE.exec(closedOn);
  if (!match) throw new RangeError(`not a date: ${closedOn}`);
  const year = Number(match[1]);
  return `${String(year + 1 + RETENTION_YEARS[kind]).padStart(4, '0')}-01-01`;
}

export type DeletionDecision =
  | { allowed: true }
  | { allowed: false; reason: 'not-director' | 'retention'; retainUntil?: string }
  | { allowed: false; reason: 'no-reason' };

/**
 * X5: before its retention ends a document cannot be deleted by anyone (the database refuses it
 * too); after it, only the school's director may, with a written reason that goes to the audit.
 */
export function decideDeletion(input: {
  retainUntil: string;
  today: string;
  isDirector: boolean;
  reason: string;
}): DeletionDecision {
  if (!input.isDirector) return { allowed: false, reason: 'not-director' };
  if (input.today < input.retainUntil)
    return { allowed: false, reason: 'retention', retainUntil: input.retainUntil };
  if (input.reason.trim().length < 5) return { allowed: false, reason: 'no-reason' };
  return { allowed: true };
}
