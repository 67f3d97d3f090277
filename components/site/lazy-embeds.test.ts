import { describe, expect, it } from 'vitest';
import { renderContent } from '@/lib/content/render';
import { deferYoutubeEmbeds } from './lazy-embeds';

describe('deferYoutubeEmbeds', () => {
  it('replaces rendered YouTube iframes with local play buttons', () => {
    const { html } = renderContent({
      type: 'doc',
      content: [
        { type: 'youtube', attrs: { src: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'Sau video' }] },
      ],
    });
    const result = deferYoutubeEmbeds(html);
    expect(result.deferred).toBe(1);
    expect(result.html).not.toContain('<iframe');
    expect(result.html).not.toContain('youtube-nocookie.com');
    expect(result.html).toContain('data-youtube-id="aqz-KE-bpKQ"');
    expect(result.html).toContain('<p>Sau video</p>');
  });

  it('leaves bodies without embeds unchanged', () => {
    expect(deferYoutubeEmbeds('<p>a</p>')).toEqual({ html: '<p>a</p>', deferred: 0 });
  });
});
