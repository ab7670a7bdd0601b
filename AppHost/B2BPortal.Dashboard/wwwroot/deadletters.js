import { h, getJson, post, every } from './dom.js';

// Queues with dead letters (messages that failed every retry), each message's exception and headers, and replay.
export function renderDeadLetters(main, queue) {
  const queues = h('tbody');
  const messages = h('section', { id: 'dead-letter-messages' });
  main.append(h('h1', {}, 'Dead letters'), h('p', { class: 'muted' }, 'Counts as each service last reported them (every 5 s).'),
    h('table', {}, h('thead', {}, h('tr', {}, ['Queue', 'Service', 'Dead letters'].map(c => h('th', {}, c)))), queues), messages);

  const showMessages = async () => {
    const letters = await getJson(`/api/dead-letters/${encodeURIComponent(queue)}`);
    messages.replaceChildren(h('h2', {}, `${queue}_error: ${letters.length} message${letters.length === 1 ? '' : 's'}`),
      ...letters.map(letter => h('div', { class: 'details dead-letter', 'data-message-id': letter.messageId },
        h('p', {}, h('strong', {}, letter.exceptionType ?? 'unknown failure'), ': ', letter.exceptionMessage ?? ''),
        h('p', { class: 'muted' }, `message ${letter.messageId} · ${letter.messageType ?? ''} · failed ${letter.faultedAt ?? ''}`),
        h('button', { type: 'button', class: 'replay', onclick: async event => {
          event.target.disabled = true;
          try { await post(`/api/dead-letters/${encodeURIComponent(queue)}/${encodeURIComponent(letter.messageId)}/replay`); await showMessages(); }
          catch (error) { event.target.replaceWith(h('span', { class: 'error' }, error.message)); }
        } }, 'Replay'),
        h('details', {}, h('summary', {}, 'Headers and body'),
          h('dl', {}, Object.entries(letter.headers).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])), h('pre', {}, letter.body)))));
  };
  if (queue) showMessages().catch(error => messages.replaceChildren(h('p', { class: 'error' }, error.message)));

  return every(5000, async () => {
    const list = await getJson('/api/dead-letters');
    queues.replaceChildren(...list.map(q => h('tr', { class: 'clickable', 'data-queue': q.queue, onclick: () => { location.hash = `#/dead-letters/${encodeURIComponent(q.queue)}`; } },
      h('td', {}, q.queue), h('td', {}, q.resource), h('td', { class: q.count > 0 ? 'error' : '' }, q.count))));
  });
}
