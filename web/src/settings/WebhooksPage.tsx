import { useEffect, useState, type FormEvent } from 'react';
import { isAbortError } from '../api/client';
import {
  attemptText,
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhook,
  rotateWebhookSecret,
  sendWebhookTest,
  setWebhookStatus,
  webhookEventTypes,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '../api/webhooks';
import { useAccount } from '../app/PortalContext';
import { formatDateTime } from '../shared/format';
import { problemText } from '../shared/problems';

/**
 * Webhooks (`…/settings/webhooks`): the endpoints that get the account's order events, signed (Standard Webhooks). Register one
 * (its secret is shown once), send a test, rotate the secret, pause or remove it, and read its delivery log.
 */
export function WebhooksPage() {
  const { accountId, name } = useAccount();
  const [endpoints, setEndpoints] = useState<WebhookEndpoint[] | null>(null);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<string[]>(['order.placed', 'order.shipment', 'order.invoice']);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listWebhooks(accountId, controller.signal)
      .then(setEndpoints)
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(problemText(err));
      });
    return () => controller.abort();
  }, [accountId, reload]);

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setReload((n) => n + 1);
    } catch (err) {
      setError(problemText(err));
    }
  }

  async function register(event: FormEvent) {
    event.preventDefault();
    await act(async () => {
      const created = await createWebhook(accountId, url.trim(), types, null);
      setSecret({ url: created.endpoint.url, secret: created.secret });
      setUrl('');
    });
  }

  return (
    <div className="webhooks-page">
      <div className="page-head">
        <h1>Webhooks</h1>
        <p className="muted">Your systems hear about {name}'s orders as they move: each event is POSTed, signed, and retried for over a day.</p>
      </div>
      {error && (
        <p className="banner banner-error" role="alert" data-testid="webhooks-error">
          {error}
        </p>
      )}
      {secret && (
        <p className="banner banner-success" role="status" data-testid="webhook-secret">
          Signing secret for {secret.url} — copy it now, it is not shown again: <code>{secret.secret}</code>
        </p>
      )}
      <form className="panel audit-filters" onSubmit={register} data-testid="webhook-form">
        <label>
          Endpoint URL
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://erp.example.com/hooks/portal" required data-testid="webhook-url" />
        </label>
        <fieldset className="webhook-types">
          <legend>Events</legend>
          {webhookEventTypes.map(([type, label]) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={types.includes(type)}
                onChange={(e) => setTypes((t) => (e.target.checked ? [...t, type] : t.filter((x) => x !== type)))}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <div className="audit-actions">
          <button type="submit" className="primary" data-testid="webhook-register">
            Register endpoint
          </button>
        </div>
      </form>
      {!endpoints && !error && <p className="muted">Loading endpoints…</p>}
      {endpoints?.length === 0 && <p className="muted">No endpoints yet.</p>}
      {endpoints?.map((endpoint) => (
        <section key={endpoint.id} className="panel" data-testid="webhook-endpoint" data-status={endpoint.status}>
          <div className="panel-head">
            <h2 className="webhook-url">{endpoint.url}</h2>
            <span className={endpoint.status === 'Active' ? 'status status-acknowledged' : 'status status-rejected'}>{endpoint.status}</span>
          </div>
          <p className="muted">
            {endpoint.eventTypes.join(', ')} · registered by {endpoint.createdBy} {formatDateTime(endpoint.createdAt)}
            {endpoint.failingSince && ` · failing since ${formatDateTime(endpoint.failingSince)}`}
          </p>
          {endpoint.disabledReason && <p className="banner banner-error">{endpoint.disabledReason}</p>}
          <div className="button-row">
            <button type="button" onClick={() => act(() => sendWebhookTest(accountId, endpoint.id))} data-testid="webhook-test">
              Send test
            </button>
            <button
              type="button"
              onClick={() => act(async () => {
                const rotated = await rotateWebhookSecret(accountId, endpoint.id);
                setSecret({ url: endpoint.url, secret: rotated.secret });
              })}
              data-testid="webhook-rotate"
            >
              New secret
            </button>
            <button
              type="button"
              onClick={() => act(() => setWebhookStatus(accountId, endpoint.id, endpoint.status === 'Active' ? 'Paused' : 'Active'))}
              data-testid="webhook-pause"
            >
              {endpoint.status === 'Active' ? 'Pause' : 'Turn on'}
            </button>
            <button type="button" onClick={() => setOpened(opened === endpoint.id ? null : endpoint.id)} data-testid="webhook-log">
              {opened === endpoint.id ? 'Hide deliveries' : 'Deliveries'}
            </button>
            <button type="button" className="danger" onClick={() => act(() => deleteWebhook(accountId, endpoint.id))} data-testid="webhook-delete">
              Remove
            </button>
          </div>
          {opened === endpoint.id && <DeliveryLog accountId={accountId} endpointId={endpoint.id} version={reload} />}
        </section>
      ))}
    </div>
  );
}

function DeliveryLog({ accountId, endpointId, version }: { accountId: string; endpointId: string; version: number }) {
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const [again, setAgain] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listWebhookDeliveries(accountId, endpointId, controller.signal)
      .then(setDeliveries)
      .catch(() => undefined);
    return () => controller.abort();
  }, [accountId, endpointId, version, again]);

  if (!deliveries) return <p className="muted">Loading deliveries…</p>;
  return (
    <table className="orders-table" data-testid="webhook-deliveries">
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {deliveries.length === 0 && (
          <tr className="empty-row">
            <td colSpan={4}>Nothing delivered yet.</td>
          </tr>
        )}
        {deliveries.map((delivery) => (
          <tr key={delivery.id} data-testid="webhook-delivery" data-status={delivery.status}>
            <td>
              {delivery.eventType}
              <div className="muted audit-agent">{delivery.messageId}</div>
            </td>
            <td>
              {delivery.status}
              {delivery.nextAttemptAt && <div className="muted">next try {formatDateTime(delivery.nextAttemptAt)}</div>}
            </td>
            <td>
              <ul className="audit-changes">
                {delivery.log.map((attempt) => (
                  <li key={attempt.at}>
                    {formatDateTime(attempt.at)}: {attemptText(attempt)}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <button type="button" onClick={() => redeliverWebhook(accountId, endpointId, delivery.id).then(() => setAgain((n) => n + 1))}>
                Send again
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
