import { AccessDenied } from '@/components/ui/access-denied';

// Inside /quan-tri the admin chrome (nav, sign-out) stays around the 403 message.
export default function AdminForbidden() {
  return <AccessDenied />;
}
