import { h, getJson, time, duration, every } from './dom.js';

// Trace list: search by any span attribute value (an order number, an account id) or key=value, and filters.
export function renderTraces(main, query) {
  const text = h('input', { id: 'trace-search', type: 'search', placeholder: 'order.number, account id, key=value, trace id…', size: 40, value: query.get('q') ?? '' });
  const resource = h('select', { id: 'trace-resource' }, h('option', { value: '' }, 'all resources'));
  const minMs = h('input', { id: 'trace-min-ms', type: 'number', min: 0, placeholder: 'ms', size: 6, value: query.get('minMs') ?? '' });
  const errors = h('input', { id: 'trace-errors', type: 'checkbox', checked: query.get('errors') === 'true' });
  const rows = h('tbody');
  const summary = h('p', { class: 'muted' });
  const form = h('form', { class: 'filters', onsubmit: event => { event.preventDefault(); navigate(); } },
    h('label', {}, 'Search', text), h('label', {}, 'Resource', resource), h('label', {}, 'Longer than', minMs),
    h('label', {}, 'Errors only', errors), h('button', { type: 'submit' }, 'Search'));

  function navigate() {
    const parameters = new URLSearchParams(Object.entries({ q: text.value.trim(), resource: resource.value, minMs: minMs.value, errors: errors.checked ? 'true' : '' })
      .filter(([, v]) => v));
    location.hash = `#/traces?${parameters}`;
  }

  main.append(h('h1', {}, 'Traces'), form, summary, h('table', {},
    h('thead', {}, h('tr', {}, ['Started', 'Root', 'Duration', 'Resources', 'Spans', ''].map(c => h('th', {}, c)))), rows));

  getJson('/api/resources').then(resources => {
    for (const r of resources.filter(r => r.type === 'Project')) {
      resource.append(h('option', { value: r.name, selected: r.name === query.get('resource') }, r.name));
    }
  }).catch(() => {});

  return every(2000, async () => {
    const traces = await getJson('/api/traces', { q: query.get('q'), resource: query.get('resource'), minMs: query.get('minMs'), errors: query.get('errors') });
    summary.textContent = `${traces.length} trace${traces.length === 1 ? '' : 's'}${query.get('q') ? ` matching “${query.get('q')}”` : ''}, newest first.`;
    rows.replaceChildren(...traces.map(t => h('tr', { class: 'clickable trace-row', 'data-trace-id': t.traceId, onclick: () => { location.hash = `#/traces/${t.traceId}`; } },
      h('td', {}, time(t.start)),
      h('td', {}, h('span', { class: 'badge' }, t.rootResource), t.rootName),
      h('td', {}, duration(t.durationMs)),
      h('td', {}, t.resources.map(r => h('span', { class: 'badge' }, r))),
      h('td', {}, t.spanCount),
      h('td', {}, t.hasError ? h('span', { class: 'error' }, 'error') : ''))));
  });
}
