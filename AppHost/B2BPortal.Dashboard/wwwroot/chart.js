import { h } from './dom.js';

const colours = ['#5b7cfa', '#e8743b', '#19a979', '#d33'];

/** A small line chart: lines are [{ label, points: [[timeMs, value], …] }]; the y axis starts at zero. */
export function lineChart(title, unit, lines) {
  const all = lines.flatMap(l => l.points);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 300 120');
  svg.setAttribute('preserveAspectRatio', 'none');
  const latest = lines.map((l, i) => h('span', { class: 'badge', style: `color:${colours[i % colours.length]}` },
    `${l.label} ${l.points.length ? format(l.points[l.points.length - 1][1]) : '–'}${unit ? ` ${unit}` : ''}`));
  if (all.length > 1) {
    const [t0, t1] = [Math.min(...all.map(p => p[0])), Math.max(...all.map(p => p[0]))];
    const top = Math.max(...all.map(p => p[1]), 1e-9) * 1.1;
    lines.forEach((line, i) => {
      const polyline = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
      polyline.setAttribute('fill', 'none');
      polyline.setAttribute('stroke', colours[i % colours.length]);
      polyline.setAttribute('stroke-width', '1.5');
      polyline.setAttribute('vector-effect', 'non-scaling-stroke');
      polyline.setAttribute('points', line.points.map(([t, v]) => `${((t - t0) / Math.max(t1 - t0, 1) * 300).toFixed(1)},${(120 - v / top * 115).toFixed(1)}`).join(' '));
      svg.append(polyline);
    });
  }
  return h('figure', { class: 'chart', 'data-instrument': title }, h('h2', {}, title), svg, h('figcaption', {}, latest));
}

const format = value => Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toPrecision(2);
