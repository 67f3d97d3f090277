import { createHash } from 'node:crypto';
import { UAParser } from 'ua-parser-js';

// A sign-in's device, from its User-Agent: a readable Vietnamese label for the sessions list and
// the "new device" mail, and a key (browser family + system + device class, no versions) that
// says whether this account has signed in from such a device before.

export interface DeviceInfo {
  label: string;
  key: string;
}

const CLASS_LABELS: Record<string, string> = { mobile: 'điện thoại', tablet: 'máy tính bảng', desktop: 'máy tính' };

export function describeDevice(userAgent: string | null | undefined): DeviceInfo {
  const result = new UAParser((userAgent ?? '').slice(0, 512)).getResult();
  const browser = result.browser.name ?? '';
  const os = result.os.name ?? '';
  const deviceClass = result.device.type === 'mobile' || result.device.type === 'tablet' ? result.device.type : 'desktop';
  const label = `${browser || 'Trình duyệt không rõ'} trên ${os || 'hệ điều hành không rõ'} (${CLASS_LABELS[deviceClass]})`;
  const key = createHash('sha256').update(`${browser}|${os}|${deviceClass}`.toLowerCase()).digest('base64url').slice(0, 22);
  return { label, key };
}
