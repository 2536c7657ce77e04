// An optimistic redirect only: pages without a session cookie go to the login page
// with the exact URL they asked for. The real checks happen in the pages and services.
// It also passes the requested URL to server components (x-request-url).
import { NextResponse, type NextRequest } from 'next/server';

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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
  // Pages only: API routes answer 401 JSON themselves; static files need no session.
  matcher: ['/((?!api/|_next/|favicon.ico|icon.svg|logo.svg|wordmark.svg|robots.txt).*)'],
};
