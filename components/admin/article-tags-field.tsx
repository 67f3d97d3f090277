'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { saveArticleTagsAction } from '@/lib/actions/tags';
import { TagCombobox } from './tag-combobox';

// The article's tags (issue 18), saved as soon as they change (one save at a time, in order). A
// new article gets its tags when its first save has given it an id.
export function ArticleTagsField({ articleId, initialTags }: { articleId: string | null; initialTags: string[] }) {
  const id = useId();
  const [tags, setTags] = useState<string[]>(initialTags);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const chain = useRef<Promise<void>>(Promise.resolve());

  function save(targetId: string, names: string[]) {
    chain.current = chain.current.then(async () => {
      const result = await saveArticleTagsAction({ articleId: targetId, tags: names });
      setStatus({ ok: result.ok, message: result.ok ? result.message : (result.errors?.tags?.[0] ?? result.message) });
      if (result.ok) setUnsaved(false);
    });
  }

  useEffect(() => {
    if (articleId && unsaved) save(articleId, tags);
    // Only when the article gets its id: later changes save from onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  function onChange(names: string[]) {
    setTags(names);
    if (articleId) save(articleId, names);
    else setUnsaved(true);
  }

  return (
    <div>
      <TagCombobox label="Thẻ" value={tags} onChange={onChange} describedBy={`${id}-hint`} />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        Thẻ được lưu ngay khi thêm hoặc bỏ{articleId ? '' : ' (bài mới: khi bài được lưu lần đầu)'}.
      </p>
      <p role="status" className={`mt-1 text-sm ${status && !status.ok ? 'font-medium text-red-700' : 'text-slate-600'}`}>
        {status?.message}
      </p>
    </div>
  );
}
