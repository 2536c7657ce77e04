import { apiRoute, json } from '@/lib/server/api/route';
import { listEffectiveAccess } from '@/lib/server/services/registry-access';
import { ZAccessListQuery } from '@/lib/validation/access';
import { ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/access — every user's effective role and the grants behind it (registry admin)
export const GET = apiRoute(
  { params: ZRegistryParams, query: ZAccessListQuery },
  async ({ principal, params, query }) => json(await listEffectiveAccess(principal, params.registry, query)),
);
