/** Minimal rules for a password a person chooses (NIST 800-63B: length over composition). */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return 'Пароль должен быть не короче 10 символов.';
  if (password.length > 128) return 'Пароль должен быть не длиннее 128 символов.';
  return null;
}
