import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginView } from '@/components/auth/LoginView';
import { readOidcConfig } from '@/lib/server/auth/oidc';
import { currentPrincipal } from '@/lib/server/auth/session';
import { safeCallbackUrl } from '@/lib/routes';

export const metadata: Metadata = { title: 'Log in' };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function LoginRoute({ searchParams }: Props) {
  const sp = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof sp.callbackUrl === 'string' ? sp.callbackUrl : null);
  if (await currentPrincipal()) redirect(callbackUrl);
  return (
    <LoginView
      callbackUrl={callbackUrl}
      initialError={typeof sp.error === 'string' ? sp.error : null}
      ssoDisplayName={readOidcConfig()?.displayName ?? null}
    />
  );
}
