import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The idle warning: a modal with a countdown and one way to keep the answers. */
export function IdleDialog({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    button.current?.focus();
    return () => previous?.focus?.();
  }, []);
  // The only control: Tab stays on it.
  const keepFocus = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      event.preventDefault();
      button.current?.focus();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
        data-dialog="idle"
        onKeyDown={keepFocus}
      >
        <h2 id="idle-title" className="heading-m">
          {t('idle.title')}
        </h2>
        <p id="idle-body">{t('idle.body', { count: secondsLeft })}</p>
        <button ref={button} type="button" className="button" data-action="stay" onClick={onStay}>
          {t('idle.stay')}
        </button>
      </div>
    </div>
  );
}
