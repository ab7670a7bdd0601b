import { h, getJson, time, duration, every } from './dom.js';

// One trace as a waterfall across services: each span indented under its parent, its bar placed on the trace's time line.
// Spans that arrive later (a trace still running, a slow exporter) are drawn as they come.
export function renderTrace(main, traceId) {
  const links = h('p', {}, h('a', { href: '#/traces' }, '← all traces'), ' · ', h('a', { href: `#/logs?traceId=${traceId}` }, 'logs of this trace'));
  const view = h('div');
  main.append(links, view);
  let drawn = -1;
  let selected = null;
  return every(3000, async () => {
    let spans;
    try {
      spans = await getJson(`/api/traces/${traceId}`);
    } catch (error) {
      view.replaceChildren(h('p', { class: 'error' }, error.message));
      return;
    }
    if (spans.length === drawn) return;
    drawn = spans.length;
    view.replaceChildren();
    draw(view, traceId, spans, selected, id => { selected = id; });
  });
}

function draw(main, traceId, spans, selectedId, onSelect) {
  const start = Math.min(...spans.map(s => Date.parse(s.start)));
  const end = Math.max(...spans.map(s => Date.parse(s.end)));
  const total = Math.max(end - start, 1);
  const details = h('section', { class: 'details', id: 'span-details' }, h('p', { class: 'muted' }, 'Choose a span to see its attributes, events and links.'));
  const rows = ordered(spans).map(({ span, depth }) => {
    const offset = (Date.parse(span.start) - start) / total * 100;
    const width = Math.max((Date.parse(span.end) - Date.parse(span.start)) / total * 100, 0.3);
    const row = h('tr', { class: 'clickable span-row', 'data-resource': span.resource, 'data-span-id': span.spanId, onclick: () => select(row, span) },
      h('td', { style: `padding-left:${0.5 + depth * 1.2}rem` }, h('span', { class: 'badge' }, span.resource), span.name, span.isError ? h('span', { class: 'error' }, ' ✖') : ''),
      h('td', {}, duration(Date.parse(span.end) - Date.parse(span.start) || 0)),
      h('td', { class: 'bar-cell' }, h('span', { class: `bar${span.isError ? ' failed' : ''}`, style: `left:${offset}%;width:${width}%` })));
    return row;
  });

  function select(row, span) {
    for (const other of rows) other.classList.toggle('selected', other === row);
    details.replaceChildren(spanDetails(span));
    onSelect(span.spanId);
  }

  const chosen = rows.find(row => row.dataset.spanId === selectedId);
  if (chosen) select(chosen, spans.find(s => s.spanId === selectedId));

  const resources = [...new Set(spans.map(s => s.resource))];
  main.append(h('h1', {}, `Trace ${traceId}`),
    h('p', { class: 'muted' }, `${time(new Date(start).toISOString())} · ${duration(total)} · ${spans.length} spans · `, resources.map(r => h('span', { class: 'badge' }, r))),
    h('table', { class: 'waterfall' }, h('thead', {}, h('tr', {}, h('th', {}, 'Span'), h('th', {}, 'Duration'), h('th', {}, 'Timeline'))), h('tbody', {}, rows)),
    details);
}

/** Parents before children, siblings by start; a span whose parent never arrived starts a branch of its own. */
function ordered(spans) {
  const ids = new Set(spans.map(s => s.spanId));
  const children = new Map();
  for (const span of spans) {
    const parent = span.parentSpanId && ids.has(span.parentSpanId) ? span.parentSpanId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(span);
  }
  const result = [];
  const visit = (parent, depth) => {
    for (const span of (children.get(parent) ?? []).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
      result.push({ span, depth });
      visit(span.spanId, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

function spanDetails(span) {
  const pairs = list => h('dl', {}, list.flatMap(({ key, value }) => [h('dt', {}, key), h('dd', {}, value)]));
  return h('div', {},
    h('h2', {}, `${span.resource}: ${span.name}`),
    pairs([
      { key: 'kind', value: span.kind }, { key: 'started', value: time(span.start) },
      { key: 'duration', value: duration(Date.parse(span.end) - Date.parse(span.start)) },
      { key: 'status', value: span.isError ? `error${span.statusMessage ? `: ${span.statusMessage}` : ''}` : 'ok' },
      { key: 'span id', value: span.spanId }, { key: 'scope', value: span.scope },
    ]),
    h('h3', {}, 'Attributes'), pairs(span.attributes),
    span.events.length ? [h('h3', {}, 'Events'), span.events.map(e => h('div', {}, h('strong', {}, `${time(e.time)} ${e.name}`), pairs(e.attributes)))] : '',
    span.links.length ? [h('h3', {}, 'Links'), h('ul', {}, span.links.map(l => h('li', {}, h('a', { href: `#/traces/${l.traceId}` }, `trace ${l.traceId}`), ` span ${l.spanId}`)))] : '');
}
