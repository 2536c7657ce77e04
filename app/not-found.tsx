import { NotFoundState } from '@/components/common/NotFoundState';

export default function NotFound() {
  return <NotFoundState />;
}
