import type { Metadata } from 'next';
import { ApiDocs } from '@/components/api-docs/ApiDocs';
import { apiReference } from '@/lib/server/api/openapi';

export const metadata: Metadata = { title: 'API documentation' };

export default function Page() {
  const { operations, schemas } = apiReference();
  return <ApiDocs operations={operations} schemas={schemas} />;
}
