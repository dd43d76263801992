import { escapeHtml } from '@dnevnik/esia';

/**
 * The login page the gateway serves at /auth/login: ESIA first, the temporary login (A9) below it.
 * It stands in for the SPA's own page and shows how the SPA finishes an ESIA login: the callback
 * sends the browser here with `#esia_code=…`, and the page trades the code for tokens through the
 * `completeEsiaLogin` mutation. No external assets: it works in a school with no internet.
 */
export function loginPage(input: { esiaEnabled: boolean; error?: string; nonce: string }): string {
  const nonce = escapeHtml(input.nonce);
  const esia = input.esiaEnabled
    ? `<p><a class="primary" href="/auth/esia/start">Войти через Госуслуги</a></p>
<p><a href="/auth/esia/start?purpose=parent">Войти через Госуслуги как родитель</a>
<br><small>Журнал сверит ваших детей со списком детей на Госуслугах.</small></p>`
    : `<p class="note">Вход через Госуслуги в этой системе не настроен.</p>`;
  const error = input.error ? `<p class="error" role="alert">${escapeHtml(input.error)}</p>` : '';
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Вход — электронный дневник</title>
<style nonce="${nonce}">
  body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem; color: #1d2939; }
  a.primary { display: inline-block; background: #0d4cd3; color: #fff; padding: .7rem 1.2rem; border-radius: 6px; text-decoration: none; }
  .error { background: #fdecec; border: 1px solid #e08a8a; padding: .75rem; border-radius: 6px; }
  .ok { background: #e9f7ef; border: 1px solid #7cc49a; padding: .75rem; border-radius: 6px; }
  .note { color: #5b6b80; }
  label { display: block; margin: .5rem 0; }
  input { font: inherit; padding: .3rem; width: 100%; box-sizing: border-box; }
</style>
</head>
<body>
<h1>Вход в электронный дневник</h1>
${error}
<div id="result" role="status"></div>
${esia}
<h2>Временный логин</h2>
<p class="note">Если учётной записи на Госуслугах нет, школа по заявлению выдаёт временный логин и пароль.</p>
<form id="password-login">
<label>Логин <input name="login" autocomplete="username" required></label>
<label>Пароль <input name="password" type="password" autocomplete="current-password" required></label>
<button>Войти</button>
</form>
<p><button id="logout" hidden>Выйти</button></p>
<script type="module" nonce="${nonce}">
const PAYLOAD = 'accessToken refreshToken viewer { person { lastName firstName middleName } roles { role } session { authMethod } }';
const result = document.getElementById('result');
const logoutButton = document.getElementById('logout');
const show = (text, ok) => { result.textContent = text; result.className = ok ? 'ok' : 'error'; };
async function gql(query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = 'Bearer ' + token;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return res.json();
}
function signedIn(p) {
  sessionStorage.setItem('dnevnik.accessToken', p.accessToken);
  sessionStorage.setItem('dnevnik.refreshToken', p.refreshToken);
  sessionStorage.setItem('dnevnik.authMethod', p.viewer.session.authMethod);
  const who = p.viewer.person;
  show('Вы вошли: ' + [who.lastName, who.firstName, who.middleName].filter(Boolean).join(' ') +
    '. Роли: ' + (p.viewer.roles.map((r) => r.role).join(', ') || 'нет') + '.', true);
  logoutButton.hidden = false;
}
const code = new URLSearchParams(location.hash.slice(1)).get('esia_code');
if (code) {
  history.replaceState(null, '', location.pathname);
  const r = await gql('mutation($c: String!) { completeEsiaLogin(code: $c) { ' + PAYLOAD + ' } }', { c: code });
  if (r.data) signedIn(r.data.completeEsiaLogin); else show(r.errors[0].message, false);
}
document.getElementById('password-login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = e.target;
  const r = await gql('mutation($i: LoginInput!) { login(input: $i) { ' + PAYLOAD + ' } }',
    { i: { login: f.login.value, password: f.password.value } });
  if (r.data) signedIn(r.data.login); else show(r.errors[0].message, false);
});
logoutButton.addEventListener('click', async () => {
  await gql('mutation { logout }', {}, sessionStorage.getItem('dnevnik.accessToken'));
  const esia = sessionStorage.getItem('dnevnik.authMethod') === 'ESIA';
  sessionStorage.clear();
  // An ESIA session ends at ESIA too, or the next "Войти через Госуслуги" would skip the password.
  if (esia) location.assign('/auth/esia/logout'); else location.reload();
});
</script>
</body>
</html>`;
}
