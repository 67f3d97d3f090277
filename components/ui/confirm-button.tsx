'use client';

import type { MouseEvent } from 'react';
import { Button, type ButtonProps } from './button';

export interface ConfirmButtonProps extends Omit<ButtonProps, 'type'> {
  /** The question shown before the destructive submit, e.g. "Xóa danh mục “Tin tức”?". */
  confirmMessage: string;
}

/**
 * A submit button that asks first: cancelling stops the form submit (or the onClick). Uses the
 * browser's confirm dialog, which is keyboard and screen-reader accessible everywhere.
 */
export function ConfirmButton({ confirmMessage, onClick, variant = 'danger', ...rest }: ConfirmButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (!window.confirm(confirmMessage)) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }
  return <Button type="submit" variant={variant} onClick={handleClick} {...rest} />;
}
