'use client';

import { ExclamationCircleIcon } from '@patternfly/react-icons';
import { Button, Divider, LoginForm, LoginPage } from '@patternfly/react-core';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { tooManyAttemptsMessage } from '@/lib/sign-in-errors';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'The username or password is not correct.',
  SessionRequired: 'Your session has ended. Log in again.',
  AccessDenied: 'This account cannot sign in here. Ask an administrator.',
  OAuthSignin: 'Single sign-on is not reachable right now. Try again later.',
  OAuthCallback: 'Single sign-on did not complete. Try again.',
};

function messageFor(code: string | null): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? tooManyAttemptsMessage(code) ?? 'Sign-in failed. Try again.';
}

type Props = {
  callbackUrl: string;
  initialError: string | null;
  /** Label of the identity provider's button; null when single sign-on is not configured. */
  ssoDisplayName: string | null;
};

export function LoginView({ callbackUrl, initialError, ssoDisplayName }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(messageFor(initialError));
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.MouseEvent<HTMLButtonElement>) => {
    e.preventDefault();
    if (!username || !password) {
      setError('Enter your username and password.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn('credentials', { username, password, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      // A full navigation, so every server component renders with the new session.
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setError(messageFor(result?.error ?? 'Unknown'));
  };

  const signInWithSso = () => {
    setBusy(true);
    setError(null);
    // Leaves for the identity provider, which sends the browser back to callbackUrl.
    void signIn('oidc', { callbackUrl });
  };

  return (
    <LoginPage
      brandImgSrc="/wordmark.svg"
      brandImgAlt="Model Registry"
      loginTitle="Log in to Model Registry"
      loginSubtitle="The central store of your machine-learning models"
      textContent="Register, version, compare and deploy your organisation's models."
    >
      <LoginForm
        showHelperText={Boolean(error)}
        helperText={error}
        helperTextIcon={<ExclamationCircleIcon />}
        usernameLabel="Username"
        usernameValue={username}
        onChangeUsername={(_e, v) => setUsername(v)}
        isValidUsername={!error}
        passwordLabel="Password"
        passwordValue={password}
        onChangePassword={(_e, v) => setPassword(v)}
        isValidPassword={!error}
        isShowPasswordEnabled
        loginButtonLabel={busy ? 'Logging in…' : 'Log in'}
        isLoginButtonDisabled={busy}
        onLoginButtonClick={(e) => void submit(e)}
      />
      {ssoDisplayName && (
        <>
          <Divider className="pf-v6-u-my-lg" />
          <Button variant="secondary" isBlock isDisabled={busy} onClick={signInWithSso}>
            {`Log in with ${ssoDisplayName}`}
          </Button>
        </>
      )}
    </LoginPage>
  );
}
