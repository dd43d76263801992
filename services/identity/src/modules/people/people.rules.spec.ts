import { describe, expect, it } from 'vitest';
import { birthDateProblem, nameProblem, normaliseSnils } from './people.rules.js';

describe('validation', () => {
  it('checks СНИЛС checksums', () => {
    expect(normaliseSnils('112-233-445 95')).toBe('11223344595');
    expect(normaliseSnils('112-233-445 96')).toBeNull();
    expect(normaliseSnils('12345')).toBeNull();
  });

  it('accepts Cyrillic names and rejects markup', () => {
    expect(nameProblem('Фамилия', 'Иванова-Петрова', true)).toBeNull();
    expect(nameProblem('Фамилия', '<script>', true)).not.toBeNull();
    expect(nameProblem('Отчество', '', false)).toBeNull();
    expect(nameProblem('Имя', '  ', true)).not.toBeNull();
  });

  it('rejects impossible and future birth dates', () => {
    const today = new Date('2026-11-23T00:00:00Z');
    expect(birthDateProblem('2012-02-29', today)).toBeNull();
    expect(birthDateProblem('2013-02-29', today)).not.toBeNull();
    expect(birthDateProblem('2027-01-01', today)).not.toBeNull();
  });
});
