'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { suggestTagsAction } from '@/lib/actions/tags';
import { slugify } from '@/lib/content/slugify';
import { TAG_NAME_MAX, TAGS_PER_ARTICLE_MAX } from '@/lib/content/tag-limits';

// An accessible tag field (WAI-ARIA combobox with a listbox popup): type a name and press Enter
// or comma to add it (a new tag is created when the article's tags are saved), or pick one of the
// existing tags suggested while typing (arrow keys, Enter; Escape closes). Each chosen tag is a
// chip with its own remove button; Backspace in the empty field removes the last one.

export interface TagComboboxProps {
  label: string;
  value: readonly string[];
  onChange: (names: string[]) => void;
  disabled?: boolean;
  describedBy?: string;
}

const tidy = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, TAG_NAME_MAX);

export function TagCombobox({ label, value, onChange, disabled, describedBy }: TagComboboxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const request = useRef(0);
  const chosen = new Set(value.map((name) => slugify(name)));

  useEffect(() => {
    const typed = tidy(text);
    if (!slugify(typed)) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      const result = await suggestTagsAction({ q: typed });
      if (ticket !== request.current) return;
      setOptions((result.data ?? []).map((tag) => tag.name));
      setActive(-1);
    }, 200);
    return () => clearTimeout(timer);
  }, [text]);

  const visible = slugify(tidy(text)) ? options.filter((name) => !chosen.has(slugify(name))) : [];
  const expanded = open && visible.length > 0;

  function add(raw: string) {
    const name = tidy(raw);
    setText('');
    setOpen(false);
    setActive(-1);
    if (!slugify(name)) return;
    if (chosen.has(slugify(name))) {
      setAnnouncement(`Thẻ “${name}” đã có.`);
      return;
    }
    if (value.length >= TAGS_PER_ARTICLE_MAX) {
      setAnnouncement(`Mỗi bài có nhiều nhất ${TAGS_PER_ARTICLE_MAX} thẻ.`);
      return;
    }
    onChange([...value, name]);
    setAnnouncement(`Đã thêm thẻ “${name}”.`);
  }

  function remove(name: string) {
    onChange(value.filter((existing) => existing !== name));
    setAnnouncement(`Đã bỏ thẻ “${name}”.`);
    document.getElementById(inputId)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (visible.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const last = visible.length - 1;
      if (event.key === 'ArrowDown') setActive((current) => (current >= last ? 0 : current + 1));
      else setActive((current) => (current <= 0 ? last : current - 1));
      return;
    }
    if (event.key === 'Enter' || event.key === ',') {
      // Enter must not submit the article form around this field.
      event.preventDefault();
      add(expanded && active >= 0 ? (visible[active] ?? text) : text);
      return;
    }
    if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
      return;
    }
    if (event.key === 'Backspace' && text === '' && value.length > 0) {
      remove(value[value.length - 1]!);
    }
  }

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {value.length > 0 && (
        <ul aria-label="Thẻ đã chọn" className="mt-1 flex flex-wrap gap-1">
          {value.map((name) => (
            <li key={name} className="flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-brand-900 ring-1 ring-brand-700/40">
              {name}
              <button
                type="button"
                disabled={disabled}
                onClick={() => remove(name)}
                aria-label={`Bỏ thẻ ${name}`}
                className="rounded-full px-1.5 leading-5 hover:bg-brand-100 focus-visible:outline-2"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          maxLength={TAG_NAME_MAX}
          disabled={disabled}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            if (event.target.value.includes(',')) add(event.target.value.replace(/,/g, ''));
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          placeholder="Gõ tên thẻ rồi nhấn Enter"
          className="mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Thẻ gợi ý"
          hidden={!expanded}
          className="absolute z-30 mt-1 max-h-60 w-full overflow-auto rounded border border-slate-300 bg-white shadow-lg"
        >
          {visible.map((name, index) => (
            <li
              key={name}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                add(name);
              }}
              className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-brand-700 text-white' : 'hover:bg-slate-100'}`}
            >
              {name}
            </li>
          ))}
        </ul>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
