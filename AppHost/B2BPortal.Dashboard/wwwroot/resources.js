import { h, getJson, post, time, every } from './dom.js';

// Every AppHost resource with its state, health, endpoint, start time and restarts; stop, start and restart.
export function renderResources(main) {
  const rows = h('tbody');
  const message = h('p', { class: 'muted', id: 'resource-message' });
  main.append(h('h1', {}, 'Resources'), message, h('table', {},
    h('thead', {}, h('tr', {}, ['Name', 'Type', 'State', 'Health', 'Endpoint', 'Started', 'Restarts', 'Pid', ''].map(c => h('th', {}, c)))), rows));

  const act = async (name, action) => {
    message.textContent = `${action} ${name}…`;
    try {
      await post(`/api/resources/${encodeURIComponent(name)}/${action}`);
      message.textContent = `${name}: ${action} done.`;
    } catch (error) {
      message.textContent = `${name}: ${error.message}`;
    }
  };

  const environment = h('section', { class: 'details', id: 'resource-environment', hidden: true });
  main.append(environment);
  const showEnvironment = async name => {
    const variables = await getJson(`/api/resources/${encodeURIComponent(name)}/environment`);
    environment.hidden = false;
    environment.replaceChildren(h('h2', {}, `Environment of ${name}`), h('p', { class: 'muted' }, 'What AppHost sets; secrets are masked.'),
      variables.length ? h('dl', {}, variables.flatMap(v => [h('dt', {}, v.name), h('dd', {}, v.value)])) : h('p', {}, 'AppHost sets nothing for this resource.'));
  };

  return every(1500, async () => {
    const resources = await getJson('/api/resources');
    rows.replaceChildren(...resources.map(r => h('tr', { 'data-resource': r.name },
      h('td', {}, h('a', { href: `#/console/${encodeURIComponent(r.name)}` }, r.name)),
      h('td', {}, r.type),
      h('td', {}, h('span', { class: `badge state-${r.state}` }, r.state), r.message ? h('div', { class: 'muted' }, r.message) : ''),
      h('td', {}, r.health),
      h('td', {}, r.url && r.url.startsWith('http') ? h('a', { href: r.url, target: '_blank' }, r.url) : (r.url ?? '')),
      h('td', {}, r.startedAt ? time(r.startedAt) : ''),
      h('td', {}, r.restartCount),
      h('td', {}, r.pid ?? ''),
      h('td', {}, ['stop', 'start', 'restart'].map(action => h('button', { type: 'button', onclick: () => act(r.name, action) }, action)),
        h('button', { type: 'button', class: 'show-environment', onclick: () => showEnvironment(r.name) }, 'environment')))));
  });
}
