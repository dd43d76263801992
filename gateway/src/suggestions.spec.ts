import { describe, expect, it } from 'vitest';
import { hidingSuggestions, withoutSuggestions } from './suggestions.js';

describe('withoutSuggestions', () => {
  it.each([
    [
      'Value "DIRECTR" does not exist in "Role" enum. Did you mean the enum value "DIRECTOR"?',
      'Value "DIRECTR" does not exist in "Role" enum.',
    ],
    [
      'Variable "$r" got invalid value "DIRECTR"; Value "DIRECTR" does not exist in "Role" enum. Did you mean the enum value "DIRECTOR" or "DEPUTY_DIRECTOR"?',
      'Variable "$r" got invalid value "DIRECTR"; Value "DIRECTR" does not exist in "Role" enum.',
    ],
    [
      'Cannot query field "lastNam" on type "Person". Did you mean "lastName", "firstName", or "middleName"?',
      'Cannot query field "lastNam" on type "Person".',
    ],
    ['Unknown type "Strin". Did you mean "String"?', 'Unknown type "Strin".'],
    [
      'Unknown argument "form" on field "Query.myTimetable". Did you mean "from"?',
      'Unknown argument "form" on field "Query.myTimetable".',
    ],
  ])('strips the hint from %s', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });

  it('leaves other messages alone', () => {
    const message = 'Поле «from»: ожидается дата в формате ГГГГ-ММ-ДД.';
    expect(withoutSuggestions(message)).toBe(message);
  });
});

describe('hidingSuggestions', () => {
  it('strips hints from what the wrapped formatter returns and keeps the rest', () => {
    const format = hidingSuggestions((formatted) => ({
      ...formatted,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    }));
    expect(
      format(
        {
          message: 'Value "X" does not exist in "Role" enum. Did you mean the enum value "Y"?',
          locations: [{ line: 1, column: 3 }],
        },
        null,
      ),
    ).toEqual({
      message: 'Value "X" does not exist in "Role" enum.',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
