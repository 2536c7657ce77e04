import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import '@patternfly/react-core/dist/styles/base.css';
import '@patternfly/react-styles/css/utilities/_index.css';
import './globals.css';
import { Providers } from '@/components/shell/Providers';
import { THEME_COOKIE } from '@/lib/theme';

export const metadata: Metadata = {
  title: { default: 'Model Registry', template: '%s · Model Registry' },
  description: 'The central store of your machine-learning models.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The theme is rendered on the server from a cookie, so the page never flashes or mismatches.
  const dark = (await cookies()).get(THEME_COOKIE)?.value === 'dark';
  return (
    <html lang="en" className={dark ? 'pf-v6-theme-dark' : undefined}>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
