import { h, getJson, every } from './dom.js';

// A resource's console output (what it printed on stdout and stderr, and the orchestrator's notes), followed live.
export function renderConsole(main, name) {
  const picker = h('select', { id: 'console-resource', onchange: () => { location.hash = `#/console/${encodeURIComponent(picker.value)}`; } });
  const output = h('pre', { class: 'console', id: 'console-output' });
  main.append(h('h1', {}, 'Console logs'), h('form', { class: 'filters' }, h('label', {}, 'Resource', picker)), output);
  getJson('/api/resources').then(resources => {
    picker.replaceChildren(h('option', { value: '' }, 'choose…'), ...resources.map(r => h('option', { value: r.name, selected: r.name === name }, r.name)));
  });
  if (!name) return undefined;

  let shown = '';
  return every(1000, async () => {
    const lines = (await getJson(`/api/resources/${encodeURIComponent(name)}/console`)).join('\n');
    if (lines === shown) return;
    const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 20;
    output.textContent = shown = lines;
    if (atBottom) output.scrollTop = output.scrollHeight;
  });
}
