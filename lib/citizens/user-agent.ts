// What a page-view beacon may say about its sender without keeping personal data: whether it is
// a robot (not counted), a device class, and the host it came from. Pure.

const BOT =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|headless|lighthouse|pagespeed|prerender|phantomjs|puppeteer|playwright|selenium|curl\/|wget|python|httpclient|http-client|okhttp|java\/|go-http|axios|node-fetch|undici|libwww|scrapy|feedfetcher|facebookexternalhit|whatsapp|telegrambot|preview|monitor|uptime|zalo-?bot/i;

/** Robots, scripts and link previews, or no User-Agent at all. */
export function isBot(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.length < 20) return true;
  return BOT.test(userAgent);
}

export type DeviceClass = 'mobile' | 'tablet' | 'desktop';

export function deviceClass(userAgent: string): DeviceClass {
  if (/iPad|Tablet|PlayBook|Silk|(Android(?!.*Mobile))/i.test(userAgent)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone|Opera Mini/i.test(userAgent)) return 'mobile';
  return 'desktop';
}

export const DEVICE_LABELS: Record<DeviceClass, string> = { mobile: 'Điện thoại', tablet: 'Máy tính bảng', desktop: 'Máy tính' };

/** The host of an outside referrer ("" for none, for the site itself, or for anything not http(s)). */
export function referrerHost(referrer: unknown, ownHost: string): string {
  if (typeof referrer !== 'string' || referrer === '' || referrer.length > 2000) return '';
  try {
    const url = new URL(referrer);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    return host === ownHost.toLowerCase().replace(/^www\./, '') ? '' : host.slice(0, 200);
  } catch {
    return '';
  }
}

/** A public path as counted: starts with "/", no query or fragment, bounded; null for anything else. */
export function countedPath(path: unknown): string | null {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.length > 300) return null;
  const clean = path.split(/[?#]/, 1)[0]!;
  if (/^\/(?:quan-tri|dang-nhap|api|_next|media)(?:\/|$)/.test(clean)) return null;
  if (/[\u0000-\u001f\u007f]/.test(clean)) return null;
  return clean.length > 1 ? clean.replace(/\/+$/, '') : clean;
}
