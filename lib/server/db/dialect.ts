// Everything that differs between SQLite and PostgreSQL lives here.
import { getDbProvider } from './client';

/**
 * A case-insensitive "contains" filter. PostgreSQL needs `mode: 'insensitive'`;
 * SQLite's LIKE is already case-insensitive for ASCII and rejects the option.
 */
export function containsText(field: string, text: string): object {
  if (getDbProvider() === 'postgresql') return { [field]: { contains: text, mode: 'insensitive' } };
  return { [field]: { contains: text } };
}
