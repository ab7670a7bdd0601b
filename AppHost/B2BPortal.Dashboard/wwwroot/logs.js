import { h, getJson, time, every } from './dom.js';

const levels = [['0', 'all'], ['9', 'Information and up'], ['13', 'Warning and up'], ['17', 'Error and up']];

// Structured logs of every resource: filter by resource, level, text and trace id; a record with a trace links to it.
export function renderLogs(main, _argument, query) {
  const resource = h('input', { id: 'log-resource', placeholder: 'resource', size: 12, value: query.get('resource') ?? '' });
  const level = h('select', { id: 'log-level' }, levels.map(([value, label]) => h('option', { value, selected: value === (query.get('minSeverity') ?? '0') }, label)));
  const text = h('input', { id: 'log-text', type: 'search', placeholder: 'text', size: 30, value: query.get('q') ?? '' });
  const traceId = h('input', { id: 'log-trace', placeholder: 'trace id', size: 34, value: query.get('traceId') ?? '' });
  const rows = h('tbody');
  const form = h('form', { class: 'filters', onsubmit: event => {
    event.preventDefault();
    const parameters = new URLSearchParams(Object.entries({ resource: resource.value.trim(), minSeverity: level.value === '0' ? '' : level.value, q: text.value.trim(), traceId: traceId.value.trim() })
      .filter(([, v]) => v));
    location.hash = `#/logs?${parameters}`;
  } }, h('label', {}, 'Resource', resource), h('label', {}, 'Level', level), h('label', {}, 'Text', text), h('label', {}, 'Trace', traceId),
  h('button', { type: 'submit' }, 'Filter'));
  main.append(h('h1', {}, 'Structured logs'), form, h('table', {},
    h('thead', {}, h('tr', {}, ['Time', 'Resource', 'Level', 'Category', 'Message', 'Trace'].map(c => h('th', {}, c)))), rows));

  return every(2000, async () => {
    const entries = await getJson('/api/logs', {
      resource: query.get('resource'), minSeverity: query.get('minSeverity'), q: query.get('q'), traceId: query.get('traceId'), limit: 300,
    });
    rows.replaceChildren(...entries.map(e => h('tr', { class: 'log-row' },
      h('td', {}, time(e.time)), h('td', {}, e.resource),
      h('td', { class: e.severityNumber >= 17 ? 'error' : '' }, e.level),
      h('td', { class: 'muted', title: e.category }, e.category.split('.').slice(-2).join('.')), h('td', {}, e.message),
      h('td', {}, e.traceId ? h('a', { href: `#/traces/${e.traceId}` }, e.traceId.slice(0, 8)) : ''))));
  });
}
