import { apiRoute, json } from '@/lib/server/api/route';
import { suggestGrantSubjects } from '@/lib/server/services/grant-subjects';
import { ZGrantSubjectQuery } from '@/lib/validation/access';
import { ZRegistryParams } from '@/lib/validation/model';

// GET /api/v1/registries/{registry}/grant-subjects?type=user|group&q= — users or groups to grant a role to (registry admin)
export const GET = apiRoute(
  { params: ZRegistryParams, query: ZGrantSubjectQuery },
  async ({ principal, params, query }) => json(await suggestGrantSubjects(principal, params.registry, query)),
);
