import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** The browser tab title; kept in step with the screen so the tab never shows an old screen. */
  documentTitle: string;
  className?: string;
}

/** The screen's h1. It takes focus when a new screen appears, so screen readers start there. */
export function ScreenHeading({ children, documentTitle, className = 'heading-l' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
