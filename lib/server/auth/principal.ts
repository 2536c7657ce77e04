// Who is acting. Every service takes a principal first and checks it.
export type UserPrincipal = {
  kind: 'user';
  userId: string;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
};

export type Principal = UserPrincipal;

export function principalLabel(p: Principal): string {
  return p.username;
}
