import { useState } from 'preact/hooks';
import { Page } from '../../../ui/page';
import { errorMessage } from '../ui/error-message';
import { useStaffText } from '../ui/staff-text';
import { logIn } from './session';
import type { SessionState } from './session-state';

type SignedOut = Extract<SessionState, { status: 'signed-out' }>;

export function LoginScreen({ reason }: { reason: SignedOut['reason'] }) {
  const text = useStaffText();
  const { t } = text;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await logIn(username.trim(), password);
    setBusy(false);
    // On success the console re-renders as signed in; this screen goes away.
    if (!result.ok) {
      setError(errorMessage(text, result.error));
      setPassword('');
    }
  }

  return (
    <Page title={t('login.title')}>
      {reason && <p class="staff-note" role="status">{t(reason === 'expired' ? 'login.expired' : 'login.loggedOut')}</p>}
      <form class="staff-login card stack" onSubmit={submit} aria-describedby="staff-login-intro">
        <p id="staff-login-intro">{t('login.intro')}</p>
        <div class="staff-field">
          <label for="staff-username">{t('login.username')}</label>
          <input id="staff-username" name="username" autocomplete="username" required value={username}
            onInput={(e) => setUsername(e.currentTarget.value)} />
        </div>
        <div class="staff-field">
          <label for="staff-password">{t('login.password')}</label>
          <input id="staff-password" name="password" type="password" autocomplete="current-password" required value={password}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </div>
        <div role="alert" class="staff-error-slot">{error && <p class="staff-error">{error}</p>}</div>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </Page>
  );
}
