import 'next-auth';

declare module 'next-auth' {
  // Module augmentation needs an interface (a type alias cannot merge).
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Session {
    user: { id?: string; name?: string | null; email?: string | null; image?: string | null };
  }
}
