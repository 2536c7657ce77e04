// Recognises Prisma's error codes without depending on which generated client threw.
function prismaCode(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string' && /^P\d{4}$/.test(err.code)) {
    return err.code;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown) => prismaCode(err) === 'P2002';
export const isRecordNotFound = (err: unknown) => prismaCode(err) === 'P2025';
export const isForeignKeyViolation = (err: unknown) => prismaCode(err) === 'P2003';
