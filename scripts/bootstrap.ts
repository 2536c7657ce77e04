export async function bootstrap(_: { log: (m: string) => void }) {}
