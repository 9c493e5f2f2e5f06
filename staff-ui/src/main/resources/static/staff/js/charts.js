// Small hand-drawn SVG charts (bars, stacked bars, lines, horizontal bars). Every chart comes with
// a legend and its numbers as a table, so nothing is told by colour or picture alone.
import {el} from '../../js/ui.js';
import {t} from '../../js/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
/** Okabe–Ito: distinguishable with the common colour-vision deficiencies */
export const PALETTE = ['#0072B2', '#D55E00', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#000000', '#8C6D31', '#6B6ECF', '#7F7F7F'];

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** A round tick step and the axis maximum for values up to max (about four gridlines). */
function scale(max) {
  if (max <= 0) return {step: 1, top: 4};
  const raw = max / 4;
  const exp = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * exp).find((s) => s >= raw);
  return {step, top: step * Math.ceil(max / step)};
}

function frame(width, height, max, format) {
  const m = {top: 12, right: 24, bottom: 40, left: 56};
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const {step, top} = scale(max);
  const root = svg('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', preserveAspectRatio: 'xMidYMid meet'});
  const axis = svg('g', {});
  const y = (v) => m.top + plotH - (v / top) * plotH;
  for (let v = 0; v <= top + step / 2; v += step) {
    axis.append(
      svg('line', {x1: m.left, x2: width - m.right, y1: y(v), y2: y(v), stroke: v ? '#e2e6ea' : '#6b7580', 'stroke-width': 1}),
      svg('text', {x: m.left - 6, y: y(v) + 4, 'text-anchor': 'end'}, format(v)));
  }
  root.append(axis);
  return {root, m, plotW, plotH, y};
}

function xLabels(root, categories, xOf, bottom, every, room) {
  const maxChars = Math.max(4, Math.floor((room * every) / 6.5));
  categories.forEach((c, i) => {
    if (i % every) return;
    const text = c.length > maxChars ? c.slice(0, maxChars - 1) + '…' : c;
    root.append(svg('text', {x: xOf(i), y: bottom + 16, 'text-anchor': 'middle'}, text, text !== c ? svg('title', {}, c) : null));
  });
}

function legend(series) {
  // colour through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it
  return el('ul', {class: 'legend'}, series.map((s) => {
    const swatch = el('span', {class: 'sw', 'aria-hidden': 'true'});
    swatch.style.background = s.color;
    return el('li', {}, swatch, s.name);
  }));
}

function table(caption, categories, series, format) {
  return el('details', {},
    el('summary', {}, t('common.showTable')),
    el('div', {class: 'table-wrap'}, el('table', {},
      el('caption', {class: 'visually-hidden'}, caption),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, ''), series.map((s) => el('th', {scope: 'col', class: 'num'}, s.name)))),
      el('tbody', {}, categories.map((c, i) => el('tr', {}, el('th', {scope: 'row'}, c), series.map((s) => el('td', {class: 'num'}, format(s.values[i] ?? 0)))))))));
}

/**
 * Vertical bars per category; stacked (one bar of several series) or grouped (side by side).
 * series: [{name, values: [number per category], color?}]
 */
export function barChart({label, categories, series, stacked = false, format = (v) => String(Math.round(v * 10) / 10), axisFormat = format, height = 260}) {
  series = series.map((s, i) => ({...s, color: s.color || PALETTE[i % PALETTE.length]}));
  const width = Math.max(360, Math.min(900, 60 + categories.length * (stacked ? 42 : 22 * series.length + 18)));
  const totals = categories.map((_, i) => (stacked ? series.reduce((sum, s) => sum + (s.values[i] || 0), 0) : Math.max(0, ...series.map((s) => s.values[i] || 0))));
  const f = frame(width, height, Math.max(0, ...totals), axisFormat);
  const band = f.plotW / Math.max(1, categories.length);
  const xOf = (i) => f.m.left + band * i + band / 2;
  categories.forEach((c, i) => {
    let base = 0;
    series.forEach((s, j) => {
      const v = s.values[i] || 0;
      if (!v) return;
      let x;
      let w;
      let y0;
      let y1;
      if (stacked) {
        w = Math.min(band * 0.7, 40);
        x = xOf(i) - w / 2;
        y0 = f.y(base);
        y1 = f.y(base + v);
        base += v;
      } else {
        const inner = Math.min(band * 0.8, series.length * 24);
        w = inner / series.length;
        x = xOf(i) - inner / 2 + j * w;
        y0 = f.y(0);
        y1 = f.y(v);
      }
      f.root.append(svg('rect', {x, y: y1, width: Math.max(1, w - 1), height: Math.max(0, y0 - y1), fill: s.color},
        svg('title', {}, `${c} · ${s.name}: ${format(v)}`)));
    });
  });
  xLabels(f.root, categories, xOf, f.m.top + f.plotH, Math.ceil(categories.length / 14), band);
  f.root.setAttribute('aria-label', label);
  return el('figure', {class: 'chart'}, f.root, legend(series), table(label, categories, series, format));
}

/** Lines per series over categories */
export function lineChart({label, categories, series, format = (v) => String(Math.round(v)), height = 240}) {
  series = series.map((s, i) => ({...s, color: s.color || PALETTE[i % PALETTE.length]}));
  const width = Math.max(360, Math.min(900, 60 + categories.length * 40));
  const f = frame(width, height, Math.max(0, ...series.flatMap((s) => s.values.map((v) => v || 0))), format);
  const step = categories.length > 1 ? f.plotW / (categories.length - 1) : 0;
  const xOf = (i) => f.m.left + (categories.length > 1 ? step * i : f.plotW / 2);
  series.forEach((s, j) => {
    const points = s.values.map((v, i) => `${xOf(i)},${f.y(v || 0)}`).join(' ');
    f.root.append(svg('polyline', {points, fill: 'none', stroke: s.color, 'stroke-width': 2.5, 'stroke-dasharray': j % 2 ? '6 4' : null}));
    s.values.forEach((v, i) => f.root.append(svg(j % 2 ? 'rect' : 'circle', j % 2
      ? {x: xOf(i) - 3.5, y: f.y(v || 0) - 3.5, width: 7, height: 7, fill: s.color}
      : {cx: xOf(i), cy: f.y(v || 0), r: 3.5, fill: s.color}, svg('title', {}, `${categories[i]} · ${s.name}: ${format(v || 0)}`))));
  });
  xLabels(f.root, categories, xOf, f.m.top + f.plotH, Math.ceil(categories.length / 12), step || f.plotW);
  f.root.setAttribute('aria-label', label);
  return el('figure', {class: 'chart'}, f.root, legend(series), table(label, categories, series, format));
}

/** Horizontal bars, biggest first: [{label, value}] */
export function hbarChart({label, items, format = (v) => String(v), color = PALETTE[0]}) {
  const rowH = 26;
  const labelW = 200;
  const width = 560;
  const height = items.length * rowH + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const root = svg('svg', {viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label});
  items.forEach((item, i) => {
    const y = 4 + i * rowH;
    const w = ((width - labelW - 60) * item.value) / max;
    const text = item.label.length > 30 ? item.label.slice(0, 29) + '…' : item.label;
    root.append(
      svg('text', {x: labelW - 8, y: y + 16, 'text-anchor': 'end'}, text, svg('title', {}, item.label)),
      svg('rect', {x: labelW, y: y + 3, width: Math.max(1, w), height: rowH - 8, fill: color}),
      svg('text', {x: labelW + w + 6, y: y + 16}, format(item.value)));
  });
  return el('figure', {class: 'chart'}, root,
    table(label, items.map((i) => i.label), [{name: label, values: items.map((i) => i.value)}], format));
}
