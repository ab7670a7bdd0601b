import type { OrderHistoryEntry } from '../api/orders';
import { usePortal } from '../app/PortalContext';
import { formatDate, formatTime } from '../shared/format';
import { actorText, entryTitle, timelineByDay } from './timeline';

/** Every step of the order's life, oldest first, by day: when, what happened, and who or what caused it. */
export function OrderTimeline({ history }: { history: OrderHistoryEntry[] }) {
  const { user } = usePortal();
  return (
    <section className="panel" data-testid="order-timeline">
      <h2>History</h2>
      {history.length === 0 && <p className="muted">Nothing has happened to this order yet.</p>}
      {timelineByDay(history).map(({ day, entries }) => (
        <div key={day} className="timeline-day">
          <h3>{day ? formatDate(day) : 'Unknown date'}</h3>
          <ol className="timeline">
            {entries.map((entry, i) => {
              const who = actorText(entry.actor, user.subject);
              return (
                <li
                  key={`${entry.at}-${i}`}
                  className="timeline-entry"
                  data-testid="timeline-entry"
                  data-axis={entry.axis ?? ''}
                  data-to={entry.to ?? ''}
                  data-kind={entry.kind}
                >
                  <time className="timeline-time" dateTime={entry.at}>
                    {formatTime(entry.at)}
                  </time>
                  <div className="timeline-body">
                    <strong>{entryTitle(entry)}</strong>
                    <p>{entry.detail}</p>
                    <span className="muted small" data-testid="timeline-actor" data-actor-kind={who.kind}>
                      {who.label}
                    </span>
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
