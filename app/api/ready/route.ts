import { checkReadiness } from '@/lib/server/services/health';

// GET /api/ready — the database answers and migrations are applied; 503 otherwise (public)
export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? 'ready' : 'not-ready', ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
