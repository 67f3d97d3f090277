'use client';

import { ToolbarIcon, type ToolbarIconName } from './toolbar-icons';

// One toolbar control: a real <button> with a Vietnamese label (its accessible name and its
// tooltip), an SVG icon and optionally a short visible word, and aria-pressed when it toggles
// a format, so screen readers announce both what it does and whether it is on.
export function ToolbarButton({
  label,
  icon,
  text,
  onClick,
  active,
  disabled,
  children,
}: {
  label: string;
  icon?: ToolbarIconName;
  /** A short word shown next to the icon. */
  text?: string;
  onClick: () => void;
  active?: boolean;
  disabled?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="inline-flex h-9 min-w-9 items-center justify-center gap-1 rounded border border-transparent px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
    >
      {icon && <ToolbarIcon name={icon} />}
      {text && <span aria-hidden="true">{text}</span>}
      {children}
    </button>
  );
}

export function ToolbarDivider() {
  return <span aria-hidden="true" className="mx-1 h-6 w-px bg-slate-200" />;
}
