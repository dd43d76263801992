/**
 * The one policy for text and ids that come from clients, in every subgraph. Pure: it looks at
 * a value and says what is wrong with it, with a message a teacher can read.
 */

/** A String argument or input field longer than this needs an explicit `@maxLength`. */
export const DEFAULT_MAX_STRING_LENGTH = 20_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Tab, line feed and carriage return belong in multi-line text; no other C0 control or DEL does.
// NUL in particular cannot be stored in PostgreSQL text and broke the wire protocol.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface InputProblem {
  field: string;
  message: string;
}

export function checkString(
  value: string,
  field: string,
  maxLength = DEFAULT_MAX_STRING_LENGTH,
): InputProblem | null {
  if (CONTROL.test(value))
    return { field, message: `Поле «${field}» содержит недопустимые управляющие символы.` };
  // A lone surrogate cannot be encoded as UTF-8, so the database would refuse or mangle it.
  if (LONE_SURROGATE.test(value))
    return { field, message: `Поле «${field}» содержит повреждённые символы.` };
  if (value.length > maxLength)
    return { field, message: `Поле «${field}» длиннее допустимого: не более ${maxLength} знаков.` };
  return null;
}

export function checkId(value: string, field: string): InputProblem | null {
  if (!UUID.test(value))
    return { field, message: `Поле «${field}» должно быть идентификатором (UUID).` };
  return null;
}
