import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  /** The id of the dialog's heading, which names it. */
  labelledBy: string;
  /** `data-dialog`: the hook tests and styles find it by. */
  name: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog over the page, the screen underneath left exactly as it was (answers,
 * open "why we ask", scroll), so closing returns the worker to where they were. It sits
 * inside `.page` so the idle warning still covers it, and BELOW the header so Quick exit
 * stays one tap away; everything else on the page is inert while it is open.
 */
export function ModalDialog({ labelledBy, name, onClose, children }: Props) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const host = typeof document === 'undefined' ? null : (document.querySelector('.page') ?? document.body);

  useEffect(() => {
    const dialog = dialogRef.current;
    const backdrop = dialog?.parentElement;
    if (!dialog || !backdrop) return;
    const opener = document.activeElement as HTMLElement | null;
    const header = backdrop.parentElement?.querySelector<HTMLElement>(':scope > header');
    backdrop.style.setProperty('--header-block-size', `${header?.getBoundingClientRect().height ?? 0}px`);
    const others = [...(backdrop.parentElement?.children ?? [])].filter(
      (el): el is HTMLElement => el !== backdrop && el !== header && el instanceof HTMLElement && !el.hasAttribute('inert'),
    );
    for (const el of others) el.setAttribute('inert', '');
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog).focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      opener?.focus?.();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  if (!host) return null;
  return createPortal(
    <div className="modal-backdrop" data-modal-backdrop="">
      <div ref={dialogRef} className="modal" role="dialog" aria-modal="true" aria-labelledby={labelledBy} tabIndex={-1} data-dialog={name} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>,
    host,
  );
}
