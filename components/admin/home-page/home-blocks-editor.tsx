'use client';

import { useId, useState } from 'react';
import { SortableList } from '@/components/admin/sortable-list';
import { useActionCall } from '@/components/admin/use-action-form';
import { Button } from '@/components/ui/button';
import { saveHomeBlocksAction } from '@/lib/actions/newsroom-home';
import { HOME_BLOCK_ITEMS_MAX } from '@/lib/validation/newsroom-home';

interface Block {
  id: string;
  name: string;
  itemCount: number;
}

/** Which categories the home page shows as blocks, in what order, with how many articles. */
export function HomeBlocksEditor({
  initial,
  categories,
}: {
  initial: { categoryId: string; name: string; itemCount: number }[];
  categories: { id: string; name: string }[];
}) {
  const uid = useId();
  const [blocks, setBlocks] = useState<Block[]>(initial.map((block) => ({ id: block.categoryId, name: block.name, itemCount: block.itemCount })));
  const [adding, setAdding] = useState('');
  const { run, pending } = useActionCall();
  const free = categories.filter((category) => !blocks.some((block) => block.id === category.id));

  return (
    <div className="space-y-3">
      {blocks.length === 0 ? (
        <p className="text-slate-600">Chưa chọn khối nào: trang chủ hiện mọi chuyên mục theo thứ tự danh mục, mỗi chuyên mục 5 tin.</p>
      ) : (
        <SortableList
          items={blocks}
          label="Thứ tự các khối trang chủ"
          itemName={(block) => block.name}
          onReorder={async (ids) => {
            setBlocks(ids.flatMap((id) => blocks.filter((block) => block.id === id)));
            return true;
          }}
          renderItem={(block) => (
            <div className="flex flex-wrap items-center gap-3">
              <span className="min-w-0 flex-1 font-medium">{block.name}</span>
              <label className="text-sm">
                Số tin{' '}
                <input
                  type="number"
                  min={1}
                  max={HOME_BLOCK_ITEMS_MAX}
                  value={block.itemCount}
                  onChange={(event) => setBlocks(blocks.map((other) => (other.id === block.id ? { ...other, itemCount: Number(event.target.value) } : other)))}
                  className="w-16 rounded border border-slate-300 px-2 py-1"
                  aria-label={`Số tin của khối ${block.name}`}
                />
              </label>
              <Button
                size="sm"
                variant="danger"
                onClick={() => setBlocks(blocks.filter((other) => other.id !== block.id))}
                aria-label={`Bỏ khối ${block.name}`}
              >
                Bỏ
              </Button>
            </div>
          )}
        />
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${uid}-add`} className="block text-sm font-semibold text-slate-800">
            Thêm chuyên mục
          </label>
          <select
            id={`${uid}-add`}
            value={adding}
            onChange={(event) => setAdding(event.target.value)}
            className="mt-1 block rounded border border-slate-300 bg-white px-3 py-2"
          >
            <option value="">— Chọn —</option>
            {free.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="secondary"
          disabled={!adding}
          onClick={() => {
            const category = categories.find((other) => other.id === adding);
            if (category) setBlocks([...blocks, { id: category.id, name: category.name, itemCount: 4 }]);
            setAdding('');
          }}
        >
          Thêm khối
        </Button>
        <Button
          pending={pending}
          onClick={() =>
            run(() => saveHomeBlocksAction({ blocks: blocks.map((block) => ({ categoryId: block.id, itemCount: block.itemCount })) }), { refresh: true })
          }
        >
          Lưu các khối
        </Button>
      </div>
    </div>
  );
}
