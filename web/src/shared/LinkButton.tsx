import type { ReactNode } from 'react';

/** A button that reads as a link: for actions such as "back" that are not a place of their own. */
export function LinkButton({
  onClick,
  children,
  testId,
  className,
}: {
  onClick: () => void;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <button type="button" className={className ? `link-button ${className}` : 'link-button'} data-testid={testId} onClick={onClick}>
      {children}
    </button>
  );
}
