import { describe, expect, it } from 'vitest';
import { parseYouTubeId } from './youtube.ts';

const ID = 'dQw4w9WgXcQ';

describe('parseYouTubeId', () => {
  it.each([
    [ID],
    [`https://www.youtube.com/watch?v=${ID}`],
    [`https://youtube.com/watch?v=${ID}&t=42s&list=PL123&index=2`],
    [`http://m.youtube.com/watch?feature=share&v=${ID}`],
    [`www.youtube.com/watch?v=${ID}`],
    [`youtube.com/watch?v=${ID}`],
    [`https://youtu.be/${ID}`],
    [`https://youtu.be/${ID}?si=AbCdEf123&t=10`],
    [`https://www.youtube.com/shorts/${ID}`],
    [`https://youtube.com/shorts/${ID}?feature=share`],
    [`https://www.youtube.com/embed/${ID}?autoplay=1&rel=0`],
    [`https://www.youtube-nocookie.com/embed/${ID}`],
    [`https://www.youtube.com/live/${ID}?si=x`],
    [`https://www.youtube.com/v/${ID}`],
    [`https://music.youtube.com/watch?v=${ID}`],
    [`  https://www.youtube.com/watch?v=${ID}  `],
    [`HTTPS://WWW.YOUTUBE.COM/watch?v=${ID}`],
  ])('%s → the id', (input) => {
    expect(parseYouTubeId(input)).toBe(ID);
  });

  it.each([
    [''],
    ['dQw4w9WgXc'], // 10 characters
    ['dQw4w9WgXcQQ'], // 12 characters
    ['https://www.youtube.com/watch?v=dQw4w9WgXc!'],
    [`https://evil.example/watch?v=${ID}`],
    [`https://youtube.com.evil.example/watch?v=${ID}`],
    [`https://www.youtube.com/channel/UC${ID}`],
    [`https://www.youtube.com/watch?list=PL123`],
    [`javascript:alert(1)//youtu.be/${ID}`],
    [`ftp://youtu.be/${ID}`],
    [`https://user:pass@youtu.be/${ID}`],
    [`https://youtu.be:8443/${ID}`],
    [`https://www.youtube.com/embed/${ID}"><script>alert(1)</script>`],
    [`https://youtu.be/<svg onload=alert(1)>`],
  ])('%s → refused', (input) => {
    expect(parseYouTubeId(input)).toBeNull();
  });
});
