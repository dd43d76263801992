import { ESIA_ERRORS, escapeHtml } from '@dnevnik/esia';
import type { SimulatorPerson } from './persons.js';

/*
 * The simulator's pages: plain server-rendered HTML with inline styles, so they work with no
 * internet. They look nothing like Gosuslugi on purpose: nobody should mistake them for it.
 */

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2939; }
  .banner { background: #fff4e5; border: 1px solid #f0b35b; padding: .5rem .75rem; border-radius: 6px; }
  .person { display: block; width: 100%; text-align: left; margin: .4rem 0; padding: .6rem .8rem; border: 1px solid #c7d0dd; border-radius: 6px; background: #f7f9fc; cursor: pointer; font: inherit; }
  .person small { color: #5b6b80; }
  .error { background: #fdecec; border: 1px solid #e08a8a; padding: .75rem; border-radius: 6px; }
  code { background: #eef1f5; padding: 0 .25rem; }
</style>
</head>
<body>
<p class="banner">Локальный симулятор ЕСИА для разработки и тестов. Это не Госуслуги.</p>
${body}
</body>
</html>`;
}

export function loginPage(input: {
  requestId: string;
  clientId: string;
  scope: string;
  persons: SimulatorPerson[];
}): string {
  const people = input.persons
    .map(
      (p) =>
        `<button class="person" name="oid" value="${escapeHtml(p.oid)}">` +
        `${escapeHtml([p.lastName, p.firstName, p.middleName].filter(Boolean).join(' '))}` +
        `<br><small>oid ${escapeHtml(p.oid)}${p.description ? ` · ${escapeHtml(p.description)}` : ''}` +
        `${p.trusted === false ? ' · учётная запись не подтверждена' : ''}</small></button>`,
    )
    .join('\n');
  const codes = Object.entries(ESIA_ERRORS)
    .map(([code, e]) => `<option value="${code}">${code}: ${escapeHtml(e.text)}</option>`)
    .join('');
  return layout(
    'Вход через ЕСИА (симулятор)',
    `<h1>Вход через ЕСИА</h1>
<p>Система <code>${escapeHtml(input.clientId)}</code> запрашивает доступ: <code>${escapeHtml(input.scope)}</code>.</p>
<form method="post" action="/login">
<input type="hidden" name="request" value="${escapeHtml(input.requestId)}">
<p>Выберите, под кем войти:</p>
${people}
<p><button name="action" value="deny">Отказать в доступе</button></p>
<p><label>Вместо входа вернуть ошибку ЕСИА: <select name="code">${codes}</select></label>
<button name="action" value="fail">Вернуть ошибку</button></p>
</form>`,
  );
}

export function errorPage(code: string, detail: string): string {
  return layout(
    'Ошибка ЕСИА (симулятор)',
    `<h1>Ошибка</h1><p class="error"><strong>${escapeHtml(code)}</strong>: ${escapeHtml(detail)}</p>`,
  );
}
