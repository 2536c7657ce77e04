// An optimistic redirect only: pages without a session cookie go to the login page
// with the exact URL they asked for. The real checks happen in the pages and services.
// It also passes the requested URL to server components (x-request-url).
import { NextResponse, type NextRequest } from 'next/server';
import { allowedMethods } from '@/lib/server/api/route-table';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error: { code, message } }, { status, headers });
}

/** API requests: malformed paths and unsupported methods get the error envelope. */
function checkApiRequest(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  try {
    pathname.split('/').forEach((segment) => decodeURIComponent(segment));
  } catch {
    return apiError(
      400,
      'bad_request',
      'The URL has a malformed percent-encoding; encode names with encodeURIComponent.',
    );
  }
  const allowed = allowedMethods(pathname);
  if (allowed && !allowed.includes(request.method) && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
    return apiError(405, 'method_not_allowed', `${request.method} is not supported here; use ${allowed.join(', ')}.`, {
      Allow: allowed.join(', '),
    });
  }
  return null;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/api/v1/')) return checkApiRequest(request) ?? NextResponse.next();
  const requested = `${pathname}${search}`;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && pathname !== '/login') {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', requested);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set('x-request-url', requested);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages, and /api/v1 for the checks above (API routes answer 401 JSON themselves);
  // next-auth's routes and static files need no session.
  matcher: ['/api/v1/:path*', '/((?!api/|_next/|favicon.ico|icon.svg|logo.svg|wordmark.svg|robots.txt).*)'],
};
