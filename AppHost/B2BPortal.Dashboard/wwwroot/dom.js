// Builds elements from data without innerHTML, so telemetry text (which may hold anything) is never read as markup.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export async function getJson(path, parameters = {}) {
  const query = new URLSearchParams(Object.entries(parameters).filter(([, v]) => v !== '' && v !== undefined && v !== null && v !== false));
  const response = await fetch(query.size ? `${path}?${query}` : path);
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.detail ?? `${response.status} ${response.statusText}`);
  return response.json();
}

export async function post(path) {
  const response = await fetch(path, { method: 'POST' });
  if (!response.ok) throw new Error((await response.json().catch(() => null))?.detail ?? `${response.status} ${response.statusText}`);
}

export const time = iso => new Date(iso).toLocaleTimeString(undefined,
  { hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, hour12: false });

export const duration = ms => ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

/** Re-runs refresh every interval until the page is left; returns the function that stops it. */
export function every(milliseconds, refresh) {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    try { await refresh(); } catch (error) { console.warn(error); }
    if (!stopped) timer = setTimeout(tick, milliseconds);
  };
  let timer = setTimeout(tick, 0);
  return () => { stopped = true; clearTimeout(timer); };
}
