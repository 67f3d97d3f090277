import { Button } from '@/components/ui/button';

interface InlineFormButtonsProps {
  /** Editing an existing item (save and cancel) rather than adding one. */
  editing: boolean;
  /** The add button's label ("Thêm danh mục"). */
  addLabel: string;
  pending: boolean;
  /** Leaves the edit without saving (only while editing). */
  onCancel?: () => void;
  className?: string;
}

/** Save (or add) and cancel, under the small forms that edit a list's item in place. */
export function InlineFormButtons({ editing, addLabel, pending, onCancel, className = 'md:col-span-2' }: InlineFormButtonsProps) {
  return (
    <div className={`flex gap-2 ${className}`}>
      <Button type="submit" pending={pending}>
        {editing ? 'Lưu' : addLabel}
      </Button>
      {editing ? (
        <Button variant="secondary" onClick={onCancel}>
          Hủy
        </Button>
      ) : null}
    </div>
  );
}
