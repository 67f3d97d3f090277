import { AccessDenied } from '@/components/ui/access-denied';

export default function Forbidden() {
  return (
    <main id="noi-dung">
      <AccessDenied />
    </main>
  );
}
