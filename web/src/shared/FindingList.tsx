import { isBlocking, suggestionLabel, suggestionOf, type OrderFinding, type Suggestion } from '../api/findings';

interface Props {
  findings: readonly OrderFinding[];
  /** `line-finding`, `cart-finding`, `checkout-finding`: where the list stands. */
  testId: string;
  /** Offers the fixes this place can apply as buttons (`apply-suggestion`); without it no fix is offered. */
  onApply?: (finding: OrderFinding, suggestion: Suggestion) => void;
  canApply?: (suggestion: Suggestion) => boolean;
  disabled?: boolean;
  className?: string;
}

/** Findings of the order checks, errors first: each with its severity, message and, where it can be applied here, its fix. */
export function FindingList({ findings, testId, onApply, canApply = () => true, disabled, className }: Props) {
  if (findings.length === 0) return null;
  return (
    <ul className={className ? `finding-list ${className}` : 'finding-list'}>
      {findings.map((finding, i) => {
        const blocking = isBlocking(finding);
        const suggestion = suggestionOf(finding);
        const offered = suggestion && onApply && canApply(suggestion) ? suggestion : null;
        return (
          <li
            key={`${finding.code}-${finding.line ?? 0}-${i}`}
            className={blocking ? 'finding finding-error' : 'finding finding-warning'}
            data-testid={testId}
            data-code={finding.code}
            data-severity={finding.severity}
          >
            <span className="finding-severity">{blocking ? 'Must be fixed' : 'Note'}</span>
            <span className="finding-message">{finding.message}</span>
            {offered && (
              <button
                type="button"
                className="finding-fix"
                data-testid="apply-suggestion"
                disabled={disabled}
                onClick={() => onApply!(finding, offered)}
              >
                {suggestionLabel(offered)}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
