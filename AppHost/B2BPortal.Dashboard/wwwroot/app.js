import { renderResources } from './resources.js';
import { renderConsole } from './console.js';
import { renderLogs } from './logs.js';
import { renderTraces } from './traces.js';
import { renderTrace } from './trace.js';
import { renderMetrics } from './metrics.js';
import { renderDeadLetters } from './deadletters.js';

// #/page/argument?query — each page renders into <main> and returns what stops its live updates.
const pages = {
  resources: renderResources,
  console: renderConsole,
  logs: renderLogs,
  traces: (main, argument, query) => argument ? renderTrace(main, argument) : renderTraces(main, query),
  metrics: renderMetrics,
  'dead-letters': renderDeadLetters,
};

let leave = () => {};

function route() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name, ...rest] = path.split('/');
  const page = pages[name] ? name : 'resources';
  const main = document.getElementById('page');
  leave();
  main.replaceChildren();
  for (const link of document.querySelectorAll('header nav a')) {
    link.classList.toggle('current', link.getAttribute('href') === `#/${page}`);
  }
  leave = pages[page](main, rest.map(decodeURIComponent).join('/'), new URLSearchParams(search)) ?? (() => {});
}

addEventListener('hashchange', route);
route();
