import { buildOpenApiDocument } from '@/lib/server/api/openapi';

// GET /api/v1/openapi.json — the OpenAPI 3.1 document of this API (public: it describes, it holds no data)
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildOpenApiDocument());
}
