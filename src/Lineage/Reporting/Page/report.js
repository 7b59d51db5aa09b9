/* Lineage report page: draws the data of #lineage-data with Cytoscape.js, laid out by dagre with one rank per year
   (an edge spans as many ranks as years between its ends), and shows the evidence behind each link. No network. */
(function () {
  'use strict';

  var started = performance.now();
  var data = JSON.parse(document.getElementById('lineage-data').textContent);
  var report = window.lineageReport = { data: data, ready: false, layoutMs: null, cy: null };
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var languageNames = { ar: 'Arabic (العربية)', en: 'English', es: 'Spanish (español)', fr: 'French (français)', ru: 'Russian (русский)', zh: 'Chinese (中文)' };
  var colours = { root: '#D55E00', chain: '#56B4E9', ancestor: '#009E73', descendant: '#E69F00' };

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') { node.textContent = attributes[key]; } else if (attributes[key] != null) { node.setAttribute(key, attributes[key]); }
    });
    (children || []).forEach(function (child) { if (child != null) { node.append(child); } });
    return node;
  }

  function labelOf(id) { var n = byId.get(id); return n ? n.label : id; }

  // ---- The graph -------------------------------------------------------------------------------------------------
  var elements = [];
  data.works.forEach(function (w) {
    elements.push({ group: 'nodes', data: { id: w.id, label: w.label, symbol: w.symbol }, classes: 'work' });
  });
  data.nodes.forEach(function (n) {
    var whole = n.parent && n.parent === 'work:' + n.id;
    elements.push({
      group: 'nodes',
      data: { id: n.id, label: whole ? n.label + ' (whole)' : n.label, parent: n.parent || undefined, year: n.year, colour: colours[n.role] },
      classes: [n.role, n.inCorpus ? 'read' : 'cited-only'].join(' ')
    });
  });
  function edgeElement(e) {
    return { group: 'edges', data: { id: e.id, source: e.source, target: e.target }, classes: [e.kind, e.inferred ? 'inferred' : 'read'].join(' ') };
  }
  // The other citations among the documents shown join the graph only when asked for (fewer elements to style at load).
  data.edges.forEach(function (e) { if (e.kind !== 'other') { elements.push(edgeElement(e)); } });

  var style = [
    { selector: 'node', style: {
      'shape': 'round-rectangle', 'label': 'data(label)', 'text-valign': 'center', 'text-halign': 'center',
      'font-size': 12, 'font-family': 'system-ui, sans-serif', 'color': '#000',
      'width': function (n) { return 14 + 7.2 * String(n.data('label')).length; }, 'height': 24,
      'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#333' } },
    { selector: 'node.root', style: { 'color': '#fff', 'font-weight': 'bold', 'border-width': 4, 'border-color': '#000' } },
    { selector: 'node.cited-only', style: { 'background-color': '#fff', 'border-style': 'dashed', 'border-width': 2, 'border-color': 'data(colour)', 'color': '#000' } },
    { selector: 'node.cited-only.root', style: { 'border-color': '#000' } },
    { selector: 'node.work', style: {
      'shape': 'round-rectangle', 'background-color': '#f2f2f2', 'border-style': 'dotted', 'border-width': 2, 'border-color': '#888',
      'label': 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 11, 'color': '#333', 'padding': 6 } },
    { selector: 'node.year', style: {
      'shape': 'rectangle', 'background-opacity': 0, 'border-width': 0, 'label': 'data(label)', 'font-size': 13,
      'color': '#555', 'width': 40, 'height': 16, 'events': 'no' } },
    { selector: 'edge', style: {
      'width': 2, 'line-color': '#333', 'target-arrow-color': '#333', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
      'curve-style': 'bezier' } },
    { selector: 'edge.chain', style: { 'width': 3 } },
    { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5], 'line-color': '#555', 'target-arrow-color': '#555' } },
    { selector: 'edge.other', style: { 'display': 'none', 'width': 1, 'line-color': '#aaa', 'target-arrow-color': '#aaa' } },
    { selector: 'edge.other.visible', style: { 'display': 'element' } },
    { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#CC79A7', 'border-style': 'solid' } },
    { selector: 'edge:selected', style: { 'width': 6, 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7' } },
    { selector: '.faded', style: { 'opacity': 0.35 } }
  ];

  var cy = report.cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    style: style,
    boxSelectionEnabled: false,
    autoungrabify: true,
    selectionType: 'single',
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3
  });

  // One rank per year that has a document: an edge spans as many ranks as such years lie between its ends, so every
  // document of a year stands in that year's column, in order of time; years with no document take no room (1960
  // stands next to 2022 when nothing between them is shown), and the axis labels say which year each column is.
  function yearOfNode(node) { var n = byId.get(node.id()); return n ? n.year : null; }
  var years = Array.from(new Set(data.nodes.map(function (n) { return n.year; }).filter(function (y) { return y != null; }))).sort(function (a, b) { return a - b; });
  var column = new Map(years.map(function (y, i) { return [y, i]; }));
  function minLen(edge) {
    var a = yearOfNode(edge.source()), b = yearOfNode(edge.target());
    return a != null && b != null ? Math.max(0, column.get(b) - column.get(a)) : 1;
  }

  function drawYears() {
    var columns = new Map();
    cy.nodes().not('.work').forEach(function (node) {
      var year = yearOfNode(node);
      if (year == null) { return; }
      if (!columns.has(year)) { columns.set(year, []); }
      columns.get(year).push(node.position('x'));
    });
    var box = cy.nodes().boundingBox();
    var added = [];
    Array.from(columns.keys()).sort().forEach(function (year) {
      var xs = columns.get(year);
      var x = xs.reduce(function (s, v) { return s + v; }, 0) / xs.length;
      added.push({ group: 'nodes', data: { id: 'year:' + year, label: String(year) }, classes: 'year', position: { x: x, y: box.y1 - 24 }, selectable: false, grabbable: false });
    });
    cy.add(added);
  }

  // dagre lays out a tree: each document with the shortest link (in years) that leads it toward the resolution (what
  // an ancestor is cited by, what a descendant cites). Every link of a tree can span exactly its years, so the ranks
  // are the year columns; the other links are drawn over the result. (All drawn links in the layout cost dagre a
  // dummy node per column crossed, several seconds for a thousand documents.)
  function span(edge) {
    var a = yearOfNode(edge.source()), b = yearOfNode(edge.target());
    return a != null && b != null ? Math.abs(column.get(b) - column.get(a)) : 1e9;
  }
  var toward = new Map();
  cy.edges().not('.other').forEach(function (edge) {
    var cited = edge.source(), citing = edge.target();
    var own = citing.hasClass('descendant') ? citing : cited.hasClass('descendant') ? null : cited;
    if (own == null || own.hasClass('root')) { return; }
    var best = toward.get(own.id());
    if (best == null || span(edge) < span(best)) { toward.set(own.id(), edge); }
  });
  var tree = cy.collection(Array.from(toward.values()));
  report.layoutEdges = tree.length;

  var layout = cy.nodes().union(tree).layout({
    name: 'dagre',
    rankDir: 'LR',
    minLen: minLen,
    nodeSep: 14,
    rankSep: 22,
    fit: false,
    animate: false,
    sort: function (a, b) { return a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0; }
  });
  var layoutStarted = performance.now();
  layout.one('layoutstop', function () {
    drawYears();
    cy.fit(cy.elements(':visible'), 30);
    // Times in ms: the layout alone, the script from its start, and since the page began to load (navigation start).
    report.layoutMs = performance.now() - layoutStarted;
    report.scriptMs = performance.now() - started;
    report.readyAt = performance.now();
    report.ready = true;
    document.body.setAttribute('data-ready', 'true');
    if (window.requestIdleCallback) { window.requestIdleCallback(buildPrintEvidence); } else { setTimeout(buildPrintEvidence, 0); }
  });
  layout.run();

  // ---- Details: a document ---------------------------------------------------------------------------------------
  var details = document.getElementById('details');

  function go(id, label, extra) {
    var shown = byId.has(id);
    var button = el('button', { type: 'button', 'class': shown ? 'go' : 'go absent', 'data-go': shown ? id : null, title: id, text: label });
    if (!shown) { button.disabled = true; button.title = id + ' (not drawn in this report)'; }
    return extra ? el('span', {}, [button, ' ' + extra]) : button;
  }

  function dl(rows) {
    var list = el('dl');
    rows.forEach(function (row) {
      if (row[1] == null || row[1] === '' || (Array.isArray(row[1]) && row[1].length === 0)) { return; }
      list.append(el('dt', { text: row[0] }));
      var dd = el('dd');
      if (row[1] instanceof Node) { dd.append(row[1]); } else { dd.textContent = Array.isArray(row[1]) ? row[1].join(', ') : String(row[1]); }
      list.append(dd);
    });
    return list;
  }

  // Lists name documents by number into data.symbols ([symbol, printed form]); a link is [document, relation, flags].
  function symbol(index) { return data.symbols[index]; }

  function linkList(title, links, more) {
    var section = [el('h3', { text: title + ' (' + (links.length + more) + ')' })];
    if (links.length === 0) { section.push(el('p', { 'class': 'note', text: 'none in the documents read' })); return section; }
    var ul = el('ul');
    links.forEach(function (l) {
      var s = symbol(l[0]);
      ul.append(el('li', {}, [go(s[0], s[1], l[1] + (l[2] & 1 ? ' (inferred)' : '') + (l[2] & 2 ? ' (markup link)' : ''))]));
    });
    if (more > 0) { ul.append(el('li', { 'class': 'note', text: 'and ' + more + ' more' })); }
    section.push(ul);
    return section;
  }

  function showNode(n) {
    var roleText = { root: 'the resolution of this report', chain: 'in its chain, ' + n.distance + ' step' + (n.distance === 1 ? '' : 's') + ' back', ancestor: 'an ancestor, ' + n.distance + ' steps back', descendant: 'a descendant, ' + n.distance + ' step' + (n.distance === 1 ? '' : 's') + ' on' }[n.role];
    var titles = Object.keys(n.titles).map(function (k) { return k + ': ' + n.titles[k]; });
    var parts = [
      el('h2', {}, [n.label + ' ', el('small', { text: n.id })]),
      el('p', {}, [el('span', { 'class': n.inCorpus ? 'badge' : 'badge cited-only', text: n.inCorpus ? 'read' : 'cited only, not read' }), ' ' + roleText]),
      dl([
        ['Title', titles.length > 1 ? titles.join(' · ') : n.title],
        ['Date', n.date ? n.date + (n.dateFromDocument ? '' : ' (as the citations give it)') : (n.year ? 'not given (session year ' + n.year + ')' : 'not given')],
        ['Session', n.session],
        ['Kind', n.kind],
        ['Languages', n.languages.map(function (l) { return languageNames[l] || l; })],
        ['Files', n.files],
        ['Cited as', n.subjects]
      ])
    ];
    parts = parts.concat(linkList('Cites', n.cites, n.moreCites), linkList('Cited by', n.citedBy, n.moreCitedBy));
    parts.push(el('h3', { text: 'Series' }));
    if (n.series != null) {
      var series = data.series[n.series];
      var ol = el('ol');
      series.members.forEach(function (m) { var s = symbol(m[0]); ol.append(el('li', {}, [go(s[0], s[1], m[1] ? '(' + m[1] + ')' : '')])); });
      parts.push(el('p', { text: series.name + ' — ' + series.members.length + ' members' + (series.missingYears.length ? '; no member in ' + series.missingYears.join(', ') : '') }));
      parts.push(ol);
    } else {
      parts.push(el('p', { 'class': 'note', text: 'no series found' }));
    }
    details.replaceChildren.apply(details, parts);
  }

  // ---- Details: a link and the sentences behind it ---------------------------------------------------------------
  function sentence(ev) {
    var block = el('blockquote', { 'class': 'sentence', lang: ev.language, dir: ev.language === 'ar' ? 'rtl' : null });
    if (ev.sentence == null) { block.append(el('mark', { text: ev.text })); return block; }
    var s = ev.sentence, a = Math.max(0, Math.min(ev.start, s.length)), b = Math.max(a, Math.min(ev.start + ev.length, s.length));
    block.append(s.slice(0, a), el('mark', { text: s.slice(a, b) }), s.slice(b));
    return block;
  }

  function place(ev) {
    var at = ev.file + (ev.page != null ? ', page ' + ev.page : '') + ', line ' + ev.line + ', column ' + ev.column;
    return el('span', { 'class': 'file-line', text: at });
  }

  function evidenceBlock(ev, inferred) {
    var site = ev.site + (ev.paragraph != null ? ' ' + ev.paragraph : '') + (ev.anchor ? ' (marker in ' + ev.anchor + ')' : '');
    return el('article', { 'class': inferred ? 'evidence inferred' : 'evidence', 'data-language': ev.language }, [
      sentence(ev),
      dl([
        ['Verb', ev.verb || '(none)'],
        ['Relation', ev.relation],
        ['Site', site],
        ['Date given', ev.date || 'none'],
        ['Language', languageNames[ev.language] || ev.language],
        ['File', place(ev)],
        ['Read from', ev.method === 'markup' ? 'the markup (AKN4UN link)' : 'the words']
      ])
    ]);
  }

  function showEdge(e) {
    var parts = [el('h2', {}, [go(e.source, labelOf(e.source)), ' → ', go(e.target, labelOf(e.target))])];
    if (e.inferred) {
      parts.push(el('p', {}, ['Inferred from the order of the list in ', (e.inferredFrom.length ? e.inferredFrom : ['?']).map(labelOf).join(', '),
        ', not a citation read: ' + labelOf(e.target) + ' follows ' + labelOf(e.source) + ' in that list and in time. The list:']));
    } else {
      var languages = Array.from(new Set(e.evidence.map(function (v) { return v.language; })));
      parts.push(el('p', { text: labelOf(e.target) + ' ' + e.relations.join(', ') + ' ' + labelOf(e.source) + ' — ' + e.evidence.length + ' mention' + (e.evidence.length === 1 ? '' : 's') + (languages.length ? ' in ' + languages.map(function (l) { return languageNames[l] || l; }).join(', ') : '') }));
    }
    if (e.evidence.length === 0) { parts.push(el('p', { 'class': 'note', text: 'No sentence is available for this link.' })); }
    e.evidence.forEach(function (ev) { parts.push(evidenceBlock(ev, e.inferred)); });
    details.replaceChildren.apply(details, parts);
  }

  // ---- Selection, chain list, keyboard ---------------------------------------------------------------------------
  var chain = data.chain;
  var chainList = document.getElementById('chain-list');
  var current = -1;

  chain.forEach(function (id, i) {
    var n = byId.get(id);
    var inferredStep = i > 0 && data.edges.some(function (e) { return e.source === chain[i - 1] && e.target === id && e.inferred; });
    var li = el('li', { id: 'chain-' + i, role: 'option', 'data-id': id, 'class': (n && n.role === 'root' ? 'root ' : '') + (inferredStep ? 'inferred-step' : ''), 'aria-selected': 'false' },
      [el('span', { 'class': 'symbol', text: labelOf(id) }), el('span', { 'class': 'year', text: n && n.year ? String(n.year) : '' })]);
    li.addEventListener('click', function () { select(id); });
    chainList.append(li);
  });

  var others = document.getElementById('others');
  [['descendant', 'Descendants'], ['ancestor', 'Other ancestors'], ['chain', 'Other branches of the chain']].forEach(function (group) {
    var members = data.nodes.filter(function (n) { return n.role === group[0] && chain.indexOf(n.id) < 0; });
    if (members.length === 0) { return; }
    var ul = el('ul');
    members.slice(0, 500).forEach(function (n) { ul.append(el('li', {}, [go(n.id, n.label, n.year ? '(' + n.year + ')' : '')])); });
    if (members.length > 500) { ul.append(el('li', { 'class': 'note', text: 'and ' + (members.length - 500) + ' more (use the search box)' })); }
    others.append(el('h3', { text: group[1] + ' (' + members.length + ')' }), ul);
  });
  var notes = document.getElementById('notes');
  data.notes.forEach(function (text) { notes.append(el('p', { text: text })); });

  function markChain(id) {
    current = chain.indexOf(id);
    Array.prototype.forEach.call(chainList.children, function (li, i) {
      var on = i === current;
      li.classList.toggle('active', on);
      li.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    if (current >= 0) {
      chainList.setAttribute('aria-activedescendant', 'chain-' + current);
      chainList.children[current].scrollIntoView({ block: 'nearest' });
    }
  }

  function select(id) {
    var ele = cy.getElementById(id);
    if (ele.empty()) { return false; }
    cy.elements(':selected').unselect();
    ele.select();
    if (ele.isNode()) {
      showNode(byId.get(id));
      markChain(id);
      var extent = cy.extent(), p = ele.position();
      if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) { cy.center(ele); }
    } else {
      showEdge(edgeById.get(id));
    }
    return true;
  }
  report.select = select;

  cy.on('tap', 'node, edge', function (event) {
    var target = event.target;
    if (target.hasClass('work')) { var w = byId.get(target.data('symbol')); if (w) { select(w.id); } return; }
    if (target.hasClass('year')) { return; }
    select(target.id());
  });
  details.addEventListener('click', function (event) {
    var button = event.target.closest('[data-go]');
    if (button) { select(button.getAttribute('data-go')); }
  });
  others.addEventListener('click', function (event) {
    var button = event.target.closest('[data-go]');
    if (button) { select(button.getAttribute('data-go')); }
  });

  function step(delta) {
    if (chain.length === 0) { return; }
    var next = current < 0 ? (delta > 0 ? 0 : chain.length - 1) : Math.max(0, Math.min(chain.length - 1, current + delta));
    select(chain[next]);
  }

  chainList.addEventListener('keydown', function (event) {
    var keys = { ArrowDown: 1, ArrowUp: -1, Home: -chain.length, End: chain.length };
    if (event.key in keys) { step(keys[event.key]); event.preventDefault(); }
  });
  document.addEventListener('keydown', function (event) {
    if (event.target.closest && event.target.closest('input, textarea, select')) { return; }
    if (event.key === 'ArrowRight') { step(1); event.preventDefault(); }
    else if (event.key === 'ArrowLeft') { step(-1); event.preventDefault(); }
    else if (event.key === '/') { searchBox.focus(); event.preventDefault(); }
  });

  // ---- Search ----------------------------------------------------------------------------------------------------
  var searchBox = document.getElementById('search-box');
  var message = document.getElementById('search-message');
  function normal(text) { return text.replace(/\s+/g, '').toUpperCase(); }
  function find(text) {
    var key = normal(text);
    if (!key) { return null; }
    var exact = data.nodes.find(function (n) { return n.keys.indexOf(key) >= 0; });
    if (exact) { return { node: exact, others: [] }; }
    var near = data.nodes.filter(function (n) { return n.keys.some(function (k) { return k.indexOf(key) >= 0; }); });
    return near.length === 1 ? { node: near[0], others: [] } : { node: null, others: near.slice(0, 8) };
  }
  report.find = function (text) { var r = find(text); return r && r.node ? r.node.id : null; };
  document.getElementById('search').addEventListener('submit', function (event) {
    event.preventDefault();
    var result = find(searchBox.value);
    if (result && result.node) {
      select(result.node.id);
      cy.center(cy.getElementById(result.node.id));
      message.textContent = result.node.id;
    } else if (result && result.others.length) {
      message.textContent = 'Several match: ' + result.others.map(function (n) { return n.label; }).join(', ');
    } else {
      message.textContent = searchBox.value.trim() ? 'Not in this report: ' + searchBox.value.trim() : '';
    }
  });

  document.getElementById('show-other').addEventListener('change', function (event) {
    if (event.target.checked && cy.edges('.other').empty()) {
      cy.add(data.edges.filter(function (e) { return e.kind === 'other'; }).map(edgeElement));
    }
    cy.edges('.other').toggleClass('visible', event.target.checked);
  });

  // ---- Print -----------------------------------------------------------------------------------------------------
  var printBuilt = false;
  function buildPrintEvidence() {
    if (printBuilt) { return; }
    printBuilt = true;
    var section = document.getElementById('print-evidence');
    var parts = [el('h2', { text: 'The links and the sentences behind them' })];
    data.edges.filter(function (e) { return e.kind !== 'other'; }).forEach(function (e) {
      parts.push(el('h3', { text: labelOf(e.source) + ' → ' + labelOf(e.target) + (e.inferred ? ' (inferred from the order of a list)' : ' (' + e.relations.join(', ') + ')') }));
      e.evidence.forEach(function (ev) { parts.push(evidenceBlock(ev, e.inferred)); });
    });
    section.replaceChildren.apply(section, parts);
  }
  function beforePrint() {
    buildPrintEvidence();
    document.getElementById('licences').open = true; // the notices go on paper too
    document.getElementById('graph-print').src = cy.png({ full: true, scale: 2, bg: '#ffffff' });
  }
  window.addEventListener('beforeprint', beforePrint);
  report.beforePrint = beforePrint;

  // The address may name what to show: report.html#49/75 E (a document, as typed in the search box) or
  // report.html#A/RES/61/78>A/RES/62/42 (a link, cited > citing). Otherwise start on the resolution itself.
  function fromAddress() {
    var wanted = decodeURIComponent(location.hash.replace(/^#/, ''));
    if (wanted.indexOf('>') > 0) {
      var ends = wanted.split('>').map(function (t) { return report.find(t); });
      var link = data.edges.find(function (e) { return e.source === ends[0] && e.target === ends[1]; });
      if (link) { return select(link.id); }
    }
    var id = wanted ? report.find(wanted) : null;
    return id ? select(id) : false;
  }
  if (!fromAddress()) { select(data.root); }
  window.addEventListener('hashchange', fromAddress);
}());
