import { cookies } from 'next/headers';
import { AppShell } from '@/components/shell/AppShell';
import { requirePrincipal } from '@/lib/server/auth/require';
import { THEME_COOKIE } from '@/lib/theme';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const principal = await requirePrincipal();
  const theme = (await cookies()).get(THEME_COOKIE)?.value === 'dark' ? 'dark' : 'light';
  const user = {
    username: principal.username,
    displayName: principal.displayName,
    isPlatformAdmin: principal.isPlatformAdmin,
  };
  return (
    <AppShell user={user} theme={theme}>
      {children}
    </AppShell>
  );
}
