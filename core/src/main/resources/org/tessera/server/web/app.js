// Tessera dashboard. Article text is untrusted: every piece of data reaches the page through
// textContent or attribute setters on elements built here, never through innerHTML, and chart
// tooltips are drawn on canvas (renderMode 'richText'), so no data is ever parsed as markup.
'use strict';

(function () {
  const QUADS = [
    { n: 1, name: 'verbal cooperation', short: 'verbal coop.', color: '#5aa469', sign: 1 },
    { n: 2, name: 'material cooperation', short: 'material coop.', color: '#1f7a3a', sign: 1 },
    { n: 3, name: 'verbal conflict', short: 'verbal confl.', color: '#e39b3b', sign: -1 },
    { n: 4, name: 'material conflict', short: 'material confl.', color: '#c23b31', sign: -1 }
  ];
  // PLOVER's types in its codebook's order; greens and blues for cooperation, ambers and reds for conflict.
  const PLOVER_TYPES = [
    { type: 'AGREE', color: '#7cb97f' }, { type: 'CONSULT', color: '#4f9d69' }, { type: 'SUPPORT', color: '#2e8b57' },
    { type: 'CONCEDE', color: '#5b9bd5' }, { type: 'COOPERATE', color: '#2f6fa8' }, { type: 'AID', color: '#1f4e8c' },
    { type: 'RETREAT', color: '#6a5acd' }, { type: 'REQUEST', color: '#e0b43b' }, { type: 'ACCUSE', color: '#e39b3b' },
    { type: 'REJECT', color: '#d9822b' }, { type: 'THREATEN', color: '#c8612a' }, { type: 'PROTEST', color: '#b5567d' },
    { type: 'SANCTION', color: '#a0522d' }, { type: 'MOBILIZE', color: '#8c3b3b' }, { type: 'COERCE', color: '#c23b31' },
    { type: 'ASSAULT', color: '#7a1712' }
  ];
  const NO_PLOVER = { type: 'no PLOVER type', color: '#9aa3b2' };
  const LINE_COLORS = ['#2f5fb3', '#8a4fbf'];
  const PAGE = 25;
  const $ = (id) => document.getElementById(id);
  const state = { dyad: null, eventsQuery: null, offset: 0, legend: 'quad' };
  let dyadChart, networkChart, mapChart;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function showMessage(text) {
    const m = $('message');
    if (text) { m.textContent = text; m.hidden = false; } else { m.textContent = ''; m.hidden = true; }
  }

  async function api(path, params) {
    const qs = new URLSearchParams();
    Object.entries(params || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') qs.set(k, String(v)); });
    const url = path + (qs.toString() ? '?' + qs.toString() : '');
    const res = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || (res.status + ' ' + res.statusText));
    return body;
  }

  // ---- header and actor pickers ------------------------------------------------------------
  async function loadStats() {
    const s = await api('/api/stats');
    const parts = [s.events + ' events', s.documents + ' documents'];
    if (s.firstDate) parts.push(s.firstDate + ' … ' + s.lastDate);
    $('stats').textContent = parts.join(' · ');
    return s;
  }

  async function loadActors() {
    const { actors } = await api('/api/actors');
    for (const id of ['source-select', 'target-select']) {
      const sel = $(id);
      sel.replaceChildren();
      const groups = { country: el('optgroup'), actor: el('optgroup') };
      groups.country.label = 'Countries and organisations';
      groups.actor.label = 'Actor codes';
      for (const a of actors) {
        const o = el('option', null, a.code + ' (' + a.events + ')');
        o.value = a.code;
        groups[a.kind === 'actor' ? 'actor' : 'country'].appendChild(o);
      }
      sel.appendChild(groups.country);
      if (groups.actor.children.length) sel.appendChild(groups.actor);
    }
    const codes = actors.map((a) => a.code);
    const countries = actors.filter((a) => a.kind === 'country').map((a) => a.code);
    $('source-select').value = codes.includes('RUS') ? 'RUS' : (countries[0] || '');
    $('target-select').value = codes.includes('BLR') ? 'BLR' : (countries[1] || countries[0] || '');
  }

  // ---- dyad chart ---------------------------------------------------------------------------
  async function showDyad() {
    const source = $('source-select').value;
    const target = $('target-select').value;
    if (!source || !target) { showMessage('No actors in the store yet: ingest some articles first.'); return; }
    showMessage('');
    const both = $('both-check').checked;
    const origin = $('origin-select').value;
    const data = await api('/api/dyad', { source, target, by: $('by-select').value, both, origin });
    state.dyad = data;
    $('dyad-title').textContent = 'Dyad ' + source + (both ? ' ⇄ ' : ' → ') + target + ', by ' + data.by;
    renderDyad(data);
    document.body.dataset.dyad = source + '-' + target;
    await showEvents({ source, target, origin }, 'Events ' + source + (both ? ' ⇄ ' : ' → ') + target + originNote(origin),
      both ? { source: target, target: source, origin } : null);
    document.body.dataset.origin = origin;
  }

  function renderDyad(data) {
    const categories = data.periods.map((p) => p.period);
    const series = [];
    const meta = [];
    data.series.forEach((s, d) => {
      const label = s.source + '→' + s.target;
      QUADS.forEach((q) => {
        series.push({
          name: label + ' ' + q.short, type: 'bar', stack: 'dir' + d, barMaxWidth: 38,
          itemStyle: { color: q.color, opacity: d === 0 ? 1 : 0.55, borderColor: d === 0 ? undefined : '#555', borderType: 'dashed', borderWidth: d === 0 ? 0 : 1 },
          emphasis: { focus: 'series' },
          data: s.points.map((p) => p.quad[q.n - 1] * q.sign)
        });
        meta.push({ dir: d, quad: q.n });
      });
    });
    data.series.forEach((s, d) => {
      series.push({
        name: s.source + '→' + s.target + ' Goldstein', type: 'line', yAxisIndex: 1, connectNulls: true,
        symbolSize: 9, lineStyle: { width: 2.5, type: d === 0 ? 'solid' : 'dashed' }, itemStyle: { color: LINE_COLORS[d] },
        data: s.points.map((p) => p.goldstein)
      });
      meta.push({ dir: d, quad: null });
    });
    dyadChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => (v === null || v === undefined ? '–' : String(Math.abs(v))) },
      legend: { type: 'scroll', top: 0, itemGap: 8, itemWidth: 16, textStyle: { fontSize: 11 } },
      grid: { left: 50, right: 50, top: 48, bottom: 30 },
      xAxis: { type: 'category', data: categories },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1, axisLabel: { formatter: (v) => String(Math.abs(v)) } },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } }
      ],
      series
    }, true);
    dyadChart.off('click');
    dyadChart.on('click', (p) => {
      const m = meta[p.seriesIndex];
      const s = data.series[m.dir];
      const period = data.periods[p.dataIndex];
      if (!m || !s || !period) return;
      const q = { source: s.source, target: s.target, from: period.from, to: period.to, origin: data.origin };
      let title = 'Events ' + s.source + ' → ' + s.target + ', ' + period.period;
      if (m.quad) { q.quad = m.quad; title += ', ' + QUADS[m.quad - 1].name; }
      showEvents(q, title).catch((e) => showMessage(e.message));
    });
  }

  // ---- event list ---------------------------------------------------------------------------
  async function showEvents(query, title, alsoQuery) {
    state.eventsQuery = { path: '/api/events', query, alsoQuery: alsoQuery || null };
    state.offset = 0;
    $('events-title').textContent = title;
    $('events').replaceChildren();
    await loadEventPage();
  }

  async function showSearch(q) {
    state.eventsQuery = { path: '/api/search', query: { q }, alsoQuery: null };
    state.offset = 0;
    $('events-title').textContent = 'Search: ' + q;
    $('events').replaceChildren();
    await loadEventPage();
  }

  async function loadEventPage() {
    const eq = state.eventsQuery;
    const page = await api(eq.path, Object.assign({ limit: PAGE, offset: state.offset }, eq.query));
    let events = page.events;
    let more = page.more;
    if (eq.alsoQuery && state.offset === 0) {
      // Both directions: the reverse direction's first page, merged newest first.
      const back = await api(eq.path, Object.assign({ limit: PAGE, offset: 0 }, eq.alsoQuery));
      events = events.concat(back.events).sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
    }
    const list = $('events');
    events.forEach((e) => list.appendChild(renderEvent(e)));
    state.offset += page.events.length;
    const n = list.children.length;
    $('events-count').textContent = n === 0 ? 'No events.' : n + (more ? '+' : '') + (n === 1 && !more ? ' event.' : ' events.');
    $('more-btn').hidden = !more;
    document.body.dataset.eventsLoaded = String(n);
  }

  function actorLabel(a) {
    if (!a) return '—';
    return a.code + (a.name ? ' (' + a.name + ')' : '');
  }

  // The sentence as text nodes with the actor and action words wrapped in <mark> elements.
  function highlighted(e) {
    const s = e.sentence || '';
    const lower = s.toLowerCase();
    const wanted = [
      [e.source && e.source.text, 'src', 'source actor'],
      [e.target && e.target.text, 'tgt', 'target actor'],
      [e.event && e.event.text, 'act', 'action']
    ];
    const spans = [];
    for (const [text, cls, what] of wanted) {
      if (!text) continue;
      const i = lower.indexOf(String(text).toLowerCase());
      if (i >= 0) spans.push({ start: i, end: i + text.length, cls, what });
    }
    spans.sort((a, b) => a.start - b.start);
    const p = el('p', 'sentence');
    let at = 0;
    for (const sp of spans) {
      if (sp.start < at) continue; // overlapping words: keep the first
      p.appendChild(document.createTextNode(s.slice(at, sp.start)));
      const m = el('mark', sp.cls, s.slice(sp.start, sp.end));
      m.title = sp.what;
      p.appendChild(m);
      at = sp.end;
    }
    p.appendChild(document.createTextNode(s.slice(at)));
    return p;
  }

  function safeHttpUrl(u) {
    try {
      const url = new URL(String(u));
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (err) { return null; }
  }

  function originNote(origin) {
    return origin === 'coded' ? ' (coded by Tessera)' : origin === 'imported' ? ' (imported from GDELT)' : '';
  }

  // Imported events (tessera import) name GDELT as their coder in the evidence; they have no sentence of ours.
  function isImported(e) {
    return !!(e.evidence_detail && e.evidence_detail.coder === 'gdelt');
  }

  function renderEvent(e) {
    const li = el('li', 'event');
    const imported = isImported(e);
    li.dataset.origin = imported ? 'imported' : 'coded';
    const meta = el('div', 'meta');
    meta.appendChild(el('span', 'date', e.date || 'undated'));
    meta.appendChild(el('span', 'dyad', actorLabel(e.source) + ' → ' + actorLabel(e.target)));
    const ev = e.event || {};
    li.dataset.quad = String(ev.quad);
    li.dataset.plover = e.plover && e.plover.type ? String(e.plover.type) : '';
    const badge = el('span', 'badge kind');
    meta.appendChild(badge);
    paintBadge(li, badge);
    meta.appendChild(el('span', 'code', 'CAMEO ' + ev.cameo + (ev.name ? ' ' + ev.name : '') + ' · Goldstein ' + ev.goldstein));
    meta.appendChild(el('span', 'plover', ploverLabel(e.plover)));
    meta.appendChild(el('span', 'badge mod ' + e.modality, e.modality));
    meta.appendChild(el('span', 'conf', 'confidence ' + Math.round((e.confidence || 0) * 100) + '%'));
    if (e.location) meta.appendChild(el('span', 'loc', 'at ' + e.location.name));
    if (imported) meta.appendChild(el('span', 'badge imported', 'imported from GDELT'));
    li.appendChild(meta);
    if (imported) {
      const from = e.evidence_detail.rule_origin ? ' (' + e.evidence_detail.rule_origin + ')' : '';
      li.appendChild(el('p', 'sentence imported-note', 'GDELT event row' + from + ': no sentence, GDELT gives the article only.'));
    } else {
      li.appendChild(highlighted(e));
    }
    const src = el('div', 'source-line');
    src.appendChild(el('span', 'title', e.title ? e.title : e.doc));
    const href = e.url ? safeHttpUrl(e.url) : null;
    if (href) {
      src.appendChild(document.createTextNode(' · '));
      const a = el('a', null, href);
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      src.appendChild(a);
    } else {
      src.appendChild(el('span', 'doc', ' · ' + e.doc));
    }
    li.appendChild(src);
    return li;
  }

  function ploverLabel(p) {
    if (!p || !p.type) return 'PLOVER: none';
    const ctx = Array.isArray(p.context) && p.context.length ? ' [' + p.context.join(', ') + ']' : '';
    return 'PLOVER ' + p.type + (p.mode ? ' (' + p.mode + ')' : '') + ctx;
  }

  // ---- legend: CAMEO quad classes or PLOVER types ---------------------------------------------
  function legendEntries() {
    return state.legend === 'plover'
      ? PLOVER_TYPES.map((t) => ({ key: t.type, name: t.type, color: t.color })).concat([{ key: '', name: NO_PLOVER.type, color: NO_PLOVER.color }])
      : QUADS.map((q) => ({ key: String(q.n), name: q.name, color: q.color }));
  }

  // A list item's badge, coloured by the chosen legend; the colours come from the fixed tables above.
  function paintBadge(li, badge) {
    const key = state.legend === 'plover' ? li.dataset.plover : li.dataset.quad;
    const entry = legendEntries().find((x) => x.key === key);
    badge.textContent = entry ? entry.name : (state.legend === 'plover' ? NO_PLOVER.type : 'quad ' + key);
    badge.style.background = entry ? entry.color : NO_PLOVER.color;
    badge.dataset.key = key;
  }

  function renderLegend() {
    const box = $('legend');
    box.replaceChildren(...legendEntries().map((x) => {
      const item = el('span', 'legend-item');
      const swatch = el('span', 'swatch');
      swatch.style.background = x.color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(x.name));
      return item;
    }));
    document.querySelectorAll('#events .event').forEach((li) => paintBadge(li, li.querySelector('.badge.kind')));
    document.body.dataset.legend = state.legend;
  }

  // ---- network ------------------------------------------------------------------------------
  function goldsteinColor(g) {
    const t = Math.max(-1, Math.min(1, g / 6));
    const grey = [150, 150, 150];
    const end = t < 0 ? [194, 59, 49] : [31, 122, 58];
    const a = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
    return 'rgb(' + c.join(',') + ')';
  }

  async function showNetwork() {
    const net = await api('/api/network', { origin: $('origin-select').value });
    const max = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
    networkChart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText' },
      series: [{
        type: 'graph', layout: 'circular', circular: { rotateLabel: false }, roam: true, draggable: true,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        label: { show: true, position: 'right', fontWeight: 'bold' },
        lineStyle: { curveness: 0.2, opacity: 0.85 },
        data: net.nodes.map((n) => ({ name: n.id, value: n.events, symbolSize: 14 + 30 * Math.sqrt(n.events / max), itemStyle: { color: '#2f5fb3' } })),
        links: net.edges.map((e) => ({
          source: e.source, target: e.target, value: e.events,
          tooltip: { formatter: e.source + ' → ' + e.target + ': ' + e.events + ' events, mean Goldstein ' + e.goldstein },
          lineStyle: { width: 1 + 6 * e.events / maxEdge, color: goldsteinColor(e.goldstein) }
        }))
      }]
    }, true);
    networkChart.off('click');
    networkChart.on('click', (p) => {
      if (p.dataType !== 'edge') return;
      $('source-select').value = p.data.source;
      $('target-select').value = p.data.target;
      showDyad().catch((err) => showMessage(err.message));
    });
  }

  // ---- map ----------------------------------------------------------------------------------
  // Countries that cross the 180th meridian (Russia's Chukotka, Fiji) would be drawn as lines
  // across the whole map; shifting their western-hemisphere points by 360 keeps them in one piece.
  function unwrapAntimeridian(fc) {
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g) continue;
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      const lons = polys.flat(2).map((p) => p[0]);
      if (!(lons.some((x) => x > 150) && lons.some((x) => x < -150))) continue;
      polys.forEach((poly) => poly.forEach((ring) => ring.forEach((p) => { if (p[0] < 0) p[0] += 360; })));
    }
  }

  async function showMap() {
    const res = await fetch('/vendor/countries-110m.json');
    const world = await res.json();
    const countries = topojson.feature(world, world.objects.countries);
    unwrapAntimeridian(countries);
    echarts.registerMap('world', countries);
    const page = await api('/api/events', { limit: 500 });
    const places = new Map();
    for (const e of page.events) {
      const l = e.location;
      if (!l || typeof l.lat !== 'number' || typeof l.lon !== 'number') continue;
      const key = l.lat.toFixed(3) + ',' + l.lon.toFixed(3);
      const p = places.get(key) || { name: String(l.name || ''), value: [l.lon, l.lat, 0] };
      p.value[2] += 1;
      places.set(key, p);
    }
    const points = Array.from(places.values());
    $('map-note').textContent = points.length === 0
      ? 'No located events: none of the events in the store has a location yet.'
      : points.length + ' places, from the latest ' + page.events.length + ' events.';
    mapChart.setOption({
      animation: false,
      tooltip: { renderMode: 'richText', formatter: (p) => p.name + ': ' + (p.value ? p.value[2] : 0) + ' events' },
      geo: { map: 'world', roam: true, zoom: 1.5, center: [35, 45], silent: true,
        itemStyle: { areaColor: '#e4e8ef', borderColor: '#9aa3b2', borderWidth: 0.5 } },
      series: [{ type: 'scatter', coordinateSystem: 'geo', data: points,
        symbolSize: (v) => 6 + 4 * Math.sqrt(v[2]), itemStyle: { color: '#c23b31', opacity: 0.8 } }]
    }, true);
    document.body.dataset.mapPoints = String(points.length);
  }

  // ---- wiring -------------------------------------------------------------------------------
  function guard(p) { return p.catch((e) => showMessage(e.message)); }

  // ---- live: new events and watched sources, polled --------------------------------------------
  const LIVE_MS = 3000;
  let lastEventCount = null;

  async function loadSources() {
    const { sources } = await api('/api/sources');
    $('sources-panel').hidden = sources.length === 0;
    $('sources').replaceChildren(...sources.map((s) => {
      const li = el('li', s.failing ? 'source failing' : 'source ok');
      li.dataset.source = s.source;
      li.appendChild(el('span', 'source-name', s.source));
      const health = s.failing
        ? 'failing (' + s.failures + (s.failures === 1 ? ' time' : ' times') + '): ' + (s.lastError || '')
        : 'ok' + (s.lastSuccess ? ', last read ' + s.lastSuccess : '');
      li.appendChild(el('span', 'source-state', health));
      li.appendChild(el('span', 'source-counts', s.stored + ' stored · ' + s.failed + ' failed · ' + s.pending + ' pending'));
      return li;
    }));
    document.body.dataset.sources = String(sources.length);
  }

  // The newest stored event as the store reports it (its date and when it was stored), not
  // the browser's clock; set through textContent like all data.
  function showNewest(n) {
    if (!n) { $('live').textContent = ''; return; }
    const stored = new Date(n.storedAt);
    $('live').textContent = 'Newest event' + (n.date ? ' dated ' + n.date : '')
      + ', stored ' + (isNaN(stored) ? n.storedAt : stored.toLocaleString());
    $('live').title = n.source;
    document.body.dataset.newestEvent = String(n.id);
  }

  // When the event count changes (a watch stored more), the views are redrawn in place: the
  // events list keeps its query (a search stays a search), the dyad and network follow.
  async function refreshLive() {
    const s = await loadStats();
    await loadSources();
    const fresh = lastEventCount !== null && s.events !== lastEventCount;
    showNewest(s.newestEvent);
    if (fresh) {
      if (!$('source-select').value) await loadActors();
      if (state.eventsQuery && state.eventsQuery.path === '/api/search') {
        state.offset = 0;
        $('events').replaceChildren();
        await loadEventPage();
      } else {
        await showDyad();
      }
      await showNetwork();
      await showMap();
      document.body.dataset.liveUpdates = String(Number(document.body.dataset.liveUpdates || 0) + 1);
    }
    lastEventCount = s.events;
  }

  async function start() {
    dyadChart = echarts.init($('dyad-chart'));
    networkChart = echarts.init($('network-chart'));
    mapChart = echarts.init($('map-chart'));
    window.addEventListener('resize', () => [dyadChart, networkChart, mapChart].forEach((c) => c.resize()));
    $('show-btn').addEventListener('click', () => guard(showDyad()));
    $('swap-btn').addEventListener('click', () => {
      const s = $('source-select').value;
      $('source-select').value = $('target-select').value;
      $('target-select').value = s;
      guard(showDyad());
    });
    $('more-btn').addEventListener('click', () => guard(loadEventPage()));
    $('origin-select').addEventListener('change', () => guard(showDyad().then(showNetwork)));
    $('legend-select').addEventListener('change', () => {
      state.legend = $('legend-select').value === 'plover' ? 'plover' : 'quad';
      renderLegend();
    });
    renderLegend();
    $('search-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = $('search-input').value.trim();
      if (q) guard(showSearch(q));
    });
    await guard(loadStats());
    await guard(loadActors());
    await guard(showDyad());
    await guard(showNetwork());
    await guard(showMap());
    await guard(refreshLive());
    setInterval(() => guard(refreshLive()), LIVE_MS);
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => { start(); });
})();
