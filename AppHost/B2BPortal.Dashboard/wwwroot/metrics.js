import { h, getJson, every } from './dom.js';
import { lineChart } from './chart.js';

// Per resource: every instrument it reports, as a chart. Counters show their rate per second, gauges their value,
// histograms (request and call durations) their p50 / p95 / p99 and their rate; series of one instrument are added up.
export function renderMetrics(main, resource) {
  const picker = h('select', { id: 'metrics-resource', onchange: () => { location.hash = `#/metrics/${encodeURIComponent(picker.value)}`; } });
  const charts = h('div', { class: 'charts' });
  main.append(h('h1', {}, 'Metrics'), h('form', { class: 'filters' }, h('label', {}, 'Resource', picker)), charts);
  getJson('/api/resources').then(resources => {
    picker.replaceChildren(h('option', { value: '' }, 'choose…'),
      ...resources.filter(r => r.type === 'Project').map(r => h('option', { value: r.name, selected: r.name === resource }, r.name)));
  });
  if (!resource) return undefined;

  return every(3000, async () => {
    const instruments = (await getJson(`/api/metrics/${encodeURIComponent(resource)}`)).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
    const figures = [];
    for (const instrument of instruments) {
      const series = await getJson(`/api/metrics/${encodeURIComponent(resource)}/${encodeURIComponent(instrument.name)}`);
      figures.push(...chartsFor(instrument, series));
    }
    charts.replaceChildren(...figures);
  });
}

/** The portal's own instruments first, then request and call durations, then the runtime's. */
const rank = instrument => instrument.name.startsWith('portal.') ? 0
  : /^http\.(server|client)\.request\.duration$/.test(instrument.name) ? 1
  : instrument.name.startsWith('http.') || instrument.name.startsWith('messaging.') ? 2 : 3;

function chartsFor(instrument, series) {
  if (instrument.type === 'histogram') {
    const intervals = histogramIntervals(series);
    const failed = histogramIntervals(series.filter(isFailure));
    const [scale, unit] = instrument.unit === 's' ? [1000, 'ms'] : [1, instrument.unit];
    return [
      lineChart(`${instrument.name}: p50 / p95 / p99`, unit,
        [50, 95, 99].map(q => ({ label: `p${q}`, points: intervals.filter(i => i.count > 0).map(i => [i.time, quantile(i, q / 100) * scale]) }))),
      lineChart(`${instrument.name}: rate`, '/s', [
        { label: 'all', points: intervals.map(i => [i.time, i.count / i.seconds]) },
        ...(failed.length ? [{ label: 'failed', points: failed.map(i => [i.time, i.count / i.seconds]) }] : []),
      ]),
    ];
  }

  const counter = instrument.type === 'sum' && series.some(s => s.identity.monotonic);
  const byTime = new Map();
  for (const s of series) {
    const points = counter ? rates(s) : s.points.map(p => [second(p.time), p.value]);
    for (const [t, v] of points) byTime.set(t, (byTime.get(t) ?? 0) + v);
  }
  const points = [...byTime.entries()].sort((a, b) => a[0] - b[0]);
  return [lineChart(instrument.name, counter ? `${instrument.unit || ''}/s` : instrument.unit, [{ label: counter ? 'per s' : 'value', points }])];
}

/** A request that ended in a 5xx or an error type (HTTP server and client durations, the ERP call duration's outcome). */
const isFailure = s => s.identity.attributes.some(({ key, value }) =>
  (key === 'http.response.status_code' && Number(value) >= 500) || key === 'error.type'
  || (key === 'outcome' && value !== 'ok' && value !== 'refused'));

const second = iso => Math.round(Date.parse(iso) / 1000) * 1000;

function rates(s) {
  const result = [];
  for (let i = 1; i < s.points.length; i++) {
    const seconds = (Date.parse(s.points[i].time) - Date.parse(s.points[i - 1].time)) / 1000;
    const change = s.identity.cumulative ? s.points[i].value - s.points[i - 1].value : s.points[i].value;
    if (seconds > 0 && change >= 0) result.push([second(s.points[i].time), change / seconds]);
  }
  return result;
}

/** Buckets counted in each export interval, added up over every series of the instrument. */
function histogramIntervals(series) {
  const byTime = new Map();
  for (const s of series) {
    for (let i = 1; i < s.points.length; i++) {
      const [previous, current] = [s.points[i - 1], s.points[i]];
      const seconds = (Date.parse(current.time) - Date.parse(previous.time)) / 1000;
      if (seconds <= 0 || !current.bucketCounts) continue;
      const counts = current.bucketCounts.map((c, b) => s.identity.cumulative ? c - (previous.bucketCounts?.[b] ?? 0) : c);
      const count = s.identity.cumulative ? current.count - previous.count : current.count;
      const t = second(current.time);
      const interval = byTime.get(t) ?? { time: t, seconds, count: 0, bounds: current.bounds, counts: current.bounds.map(() => 0).concat(0) };
      interval.count += count;
      counts.forEach((c, b) => { interval.counts[b] = (interval.counts[b] ?? 0) + c; });
      byTime.set(t, interval);
    }
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

/**
 * The value below which a share q of the interval's measurements fell, interpolated linearly inside the bucket where the
 * running count passes q (as Prometheus' histogram_quantile does); in the unbounded last bucket, its lower bound.
 */
function quantile(interval, q) {
  const total = interval.counts.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const target = q * total;
  let running = 0;
  for (let b = 0; b < interval.counts.length; b++) {
    const count = interval.counts[b];
    if (running + count >= target && count > 0) {
      if (b >= interval.bounds.length) return interval.bounds[interval.bounds.length - 1] ?? 0;
      const lower = b === 0 ? 0 : interval.bounds[b - 1];
      return lower + (interval.bounds[b] - lower) * ((target - running) / count);
    }
    running += count;
  }
  return interval.bounds[interval.bounds.length - 1] ?? 0;
}
