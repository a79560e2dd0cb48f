// The report page: reads the data Annalist embedded, draws each chart with Vega-Lite (SVG, so that
// every mark is an element one can count and click), and shows the evidence of what is clicked.
// Everything is inline; nothing is fetched.
(function () {
  'use strict';
  performance.mark('annalist-start');
  var data = JSON.parse(document.getElementById('annalist-data').textContent);
  var world = JSON.parse(document.getElementById('annalist-world').textContent);
  var TYPES = ['LOCATION', 'PERSON', 'ORGANIZATION'];
  var TYPE_COLORS = ['#1b9e77', '#d95f02', '#7570b3'];
  var BASE = '#c0392b';
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif';
  var CONFIG = {
    // no ARIA attributes on every mark: they double the work of drawing thousands of marks, and the
    // evidence panel says in words what a mark stands for
    aria: false,
    font: FONT,
    view: {stroke: null},
    axis: {labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', titleColor: '#616e7c', labelColor: '#3e4c59',
      gridColor: '#eceff3', domainColor: '#9aa5b1', tickColor: '#9aa5b1'},
    legend: {labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', titleColor: '#616e7c'},
    title: {fontSize: 12, fontWeight: 'normal', color: '#616e7c', anchor: 'start'}
  };

  // one formatter: toLocaleString makes a new one at every call, which a page of thousands of marks feels
  var NUMBER = new Intl.NumberFormat('en-US');

  function num(n) {
    return n == null ? '' : NUMBER.format(n);
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function empty(id, text) {
    document.getElementById(id).replaceChildren(el('p', text, 'empty'));
  }

  // the charts' widths, read once before any is drawn: reading a width after a chart was added
  // would make the browser lay the page out again for each chart
  var widths = {};
  ['map', 'troops', 'entities', 'timeline', 'treaties'].forEach(function (id) {
    widths[id] = Math.max(240, document.getElementById(id).clientWidth - 10);
  });

  function width(id) {
    return widths[id];
  }

  // ---- evidence -------------------------------------------------------------------------------

  function showEvidence(title, subtitle, ids) {
    var box = document.getElementById('evidence');
    box.replaceChildren(el('h3', title));
    if (subtitle) box.appendChild(el('p', subtitle, 'sub'));
    (ids || []).forEach(function (i) {
      var ev = data.evidence[i];
      var fig = el('figure');
      var quote = el('blockquote');
      var at = ev.mark ? ev.text.indexOf(ev.mark) : -1;
      if (at >= 0) {
        quote.appendChild(document.createTextNode(ev.text.slice(0, at)));
        quote.appendChild(el('mark', ev.mark));
        quote.appendChild(document.createTextNode(ev.text.slice(at + ev.mark.length)));
      } else {
        quote.textContent = ev.text;
      }
      fig.appendChild(quote);
      var doc = data.documents[ev.doc] || {};
      var cap = el('figcaption');
      cap.appendChild(el('b', doc.title || ev.doc));
      cap.appendChild(document.createTextNode(' \u00b7 ' + ev.doc + ' \u00b7 characters ' + num(ev.start) + '\u2013' + num(ev.end)
        + (doc.path ? ' \u00b7 ' + doc.path : '')));
      fig.appendChild(cap);
      box.appendChild(fig);
    });
    if (!ids || ids.length === 0) {
      box.appendChild(el('p', 'No sentence was kept for this item on the page; the CSV files have all of them.', 'empty'));
    }
    document.getElementById('evidence-panel').scrollTop = 0;
  }

  function baseEvidence(b) {
    showEvidence(b.base + ': ' + num(b.troops) + ' troops',
      [b.country, b.qualifier && b.qualifier !== 'exact' ? b.qualifier.replace('_', ' ') : null, b.units,
        num(b.figures) + ' figure(s) stated'].filter(Boolean).join(' \u00b7 '), b.ev);
  }

  // ---- drawing --------------------------------------------------------------------------------

  var pending = [];
  // the views by chart, for tools that read what the page drew (the project's browser test does)
  var views = {};
  window.annalistReport = {views: views};

  // The charts with hundreds of marks (map, timeline) are painted on a canvas, which costs the
  // browser far less than as many SVG elements; the others are SVG, each mark an element.
  function draw(id, spec, onClick, renderer) {
    spec.config = CONFIG;
    spec.$schema = 'https://vega.github.io/schema/vega-lite/v6.json';
    var compiled = vegaLite.compile(spec).spec;
    var view = new vega.View(vega.parse(compiled), {renderer: renderer || 'svg', container: '#' + id, hover: true});
    views[id] = view;
    view.addEventListener('click', function (event, item) {
      var d = item && item.datum;
      if (d && d.ev && onClick) onClick(d);
    });
    pending.push(view.runAsync().then(function () { performance.mark('annalist-drawn-' + id); }));
    return view;
  }

  function map() {
    var bases = data.mapBases;
    var places = data.places;
    if (bases.length === 0 && places.length === 0) {
      empty('map', 'No base or place has coordinates.');
      return;
    }
    var layers = [{
      data: {sphere: true},
      mark: {type: 'geoshape', fill: '#e6eff7', stroke: null, clip: true}
    }, {
      data: {values: world, format: {type: 'topojson', feature: 'countries'}},
      mark: {type: 'geoshape', fill: '#f7f6f2', stroke: '#aab4bf', strokeWidth: 0.7, clip: true}
    }];
    if (places.length) {
      layers.push({
        name: 'places', data: {values: places},
        mark: {type: 'circle', color: '#1b9e77', opacity: 0.6, size: 36, clip: true, cursor: 'pointer'},
        encoding: {
          longitude: {field: 'lon', type: 'quantitative'}, latitude: {field: 'lat', type: 'quantitative'},
          tooltip: [{field: 'name', title: 'place'}, {field: 'country'}, {field: 'mentions', format: ','}]
        }
      });
    }
    if (bases.length) {
      var maxTroops = Math.max(1, Math.max.apply(null, bases.map(function (b) { return b.troops || 0; })));
      bases.forEach(function (b) { b.r = 70 + 500 * Math.sqrt((b.troops || 0) / maxTroops); });
      layers.push({
        name: 'bases', data: {values: bases},
        mark: {type: 'circle', color: BASE, opacity: 0.85, stroke: '#fff', strokeWidth: 1.2, clip: true, cursor: 'pointer'},
        encoding: {
          longitude: {field: 'lon', type: 'quantitative'}, latitude: {field: 'lat', type: 'quantitative'},
          size: {field: 'r', type: 'quantitative', scale: null},
          tooltip: [{field: 'base'}, {field: 'country'}, {field: 'troops', format: ','}, {field: 'units'}]
        }
      });
      if (bases.length <= 30) {
        layers.push({
          data: {values: bases},
          mark: {type: 'text', align: 'left', dx: 9, fontSize: 11.5, fontWeight: 600, color: '#1f2933', clip: true},
          encoding: {longitude: {field: 'lon', type: 'quantitative'}, latitude: {field: 'lat', type: 'quantitative'},
            text: {field: 'base'}}
        });
      }
    }
    var w = width('map');
    draw('map', {
      width: w, height: Math.round(Math.min(460, w * 0.55)),
      projection: data.mapExtent ? {type: 'mercator', fit: data.mapExtent} : {type: 'mercator'},
      layer: layers
    }, function (d) {
      if (d.base) baseEvidence(d);
      else showEvidence(d.name, [d.country, num(d.mentions) + ' mention(s) in ' + num(d.documents) + ' document(s)']
        .filter(Boolean).join(' \u00b7 '), d.ev);
    }, 'canvas');
  }

  function troops() {
    var bars = data.bars;
    if (bars.length === 0) {
      empty('troops', 'No troop figure was tied to a base.');
      return;
    }
    bars.forEach(function (b) { b.troops = b.troops || 0; });
    var w = width('troops');
    draw('troops', {
      width: w - 140, height: {step: 24},
      data: {values: bars},
      encoding: {
        y: {field: 'base', type: 'nominal', sort: {op: 'max', field: 'troops', order: 'descending'}, title: null, axis: {labelLimit: 130}},
        x: {field: 'troops', type: 'quantitative', title: 'troops', axis: {format: '~s', tickCount: 4}}
      },
      layer: [
        {name: 'troops', mark: {type: 'bar', color: BASE, cursor: 'pointer', cornerRadiusEnd: 2},
          encoding: {tooltip: [{field: 'base'}, {field: 'country'}, {field: 'troops', format: ','}, {field: 'qualifier'},
            {field: 'units'}, {field: 'doc_ids', title: 'documents'}]}},
        {mark: {type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#3e4c59'},
          encoding: {text: {field: 'troops', type: 'quantitative', format: ','}}}
      ]
    }, baseEvidence);
  }

  function entities() {
    var types = data.entityTypes;
    if (types.length === 0) {
      empty('entities', 'No named entity was found.');
      return;
    }
    types.forEach(function (t) { t.label = num(t.entities) + ' entities \u00b7 ' + num(t.mentions) + ' mentions'; });
    var seen = {};
    data.topEntities.forEach(function (e) { seen[e.name] = (seen[e.name] || 0) + 1; });
    data.topEntities.forEach(function (e) { e.label = seen[e.name] > 1 ? e.name + ' (' + e.type.toLowerCase() + ')' : e.name; });
    var w = width('entities');
    var color = {field: 'type', type: 'nominal', scale: {domain: TYPES, range: TYPE_COLORS}, legend: null};
    draw('entities', {
      vconcat: [{
        width: w - 150, height: {step: 22},
        data: {values: types},
        encoding: {y: {field: 'type', type: 'nominal', sort: TYPES, title: null},
          x: {field: 'entities', type: 'quantitative', title: 'entities', axis: {tickCount: 4}}},
        layer: [{mark: {type: 'bar', cornerRadiusEnd: 2}, encoding: {color: color}},
          {mark: {type: 'text', align: 'left', dx: 4, fontSize: 11, color: '#3e4c59'}, encoding: {text: {field: 'label'}}}]
      }, {
        name: 'top', width: w - 150, height: {step: 15},
        title: 'most mentioned',
        data: {values: data.topEntities},
        mark: {type: 'bar', cursor: 'pointer', cornerRadiusEnd: 2},
        encoding: {
          y: {field: 'label', type: 'nominal', sort: {field: 'mentions', order: 'descending'}, title: null,
            axis: {labelLimit: 140}},
          x: {field: 'mentions', type: 'quantitative', title: 'mentions', axis: {tickCount: 4}},
          color: color,
          tooltip: [{field: 'name'}, {field: 'type'}, {field: 'mentions', format: ','}, {field: 'documents', format: ','}]
        }
      }],
      spacing: 14
    }, function (d) {
      showEvidence(d.name, d.type.toLowerCase() + ' \u00b7 ' + num(d.mentions) + ' mention(s) in ' + num(d.documents)
        + ' document(s)', d.ev);
    });
  }

  function utcYear(y) {
    var d = new Date(0);
    d.setUTCFullYear(y, 0, 1);
    return d.getTime();
  }

  function timeline() {
    var events = data.events;
    if (events.length === 0) {
      empty('timeline', 'No dated event was found.');
      return;
    }
    var years = data.years.map(function (y) { return {year: utcYear(y.year), label: String(y.year), events: y.events}; });
    var docs = {};
    events.forEach(function (e) { docs[e.doc_id] = true; });
    var byDoc = Object.keys(docs).length <= 12;
    events.forEach(function (e) {
      e.t = Date.parse(e.start);
      e.lane = byDoc ? e.doc_id : e.precision;
      var doc = data.documents[e.doc_id];
      e.title = doc ? doc.title : e.doc_id;
    });
    var w = width('timeline');
    var brush = {name: 'brush', select: {type: 'interval', encodings: ['x']}};
    var span = central(data.years, 0.05);
    if (span) brush.value = {x: [{year: span[0], utc: true}, {year: span[1] + 1, utc: true}]};
    draw('timeline', {
      vconcat: [{
        name: 'years', width: w - 250, height: 60,
        data: {values: years},
        params: [brush],
        mark: {type: 'bar', color: '#7b8794'},
        encoding: {
          x: {field: 'year', type: 'temporal', timeUnit: 'utcyear', scale: {type: 'utc'}, title: null,
            axis: {format: '%Y', labelOverlap: true}},
          y: {field: 'events', type: 'quantitative', title: 'events', axis: {tickCount: 2}},
          tooltip: [{field: 'label', title: 'year'}, {field: 'events', format: ','}]
        }
      }, {
        name: 'events', width: w - 250, height: {step: 26},
        data: {values: events},
        mark: {type: 'point', filled: true, size: 70, opacity: 0.8, cursor: 'pointer', clip: true},
        encoding: {
          x: {field: 't', type: 'temporal', scale: {type: 'utc', domain: {param: 'brush', encoding: 'x'}}, title: null},
          y: {field: 'lane', type: 'nominal', title: null, axis: {labelLimit: 170}},
          color: {field: 'precision', type: 'nominal', title: 'precision',
            scale: {domain: ['day', 'month', 'season', 'year', 'decade', 'century'],
              range: ['#1f77b4', '#17becf', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b']}},
          tooltip: [{field: 'date_text', title: 'date'}, {field: 'value'}, {field: 'entities'}, {field: 'title', title: 'document'}]
        }
      }],
      spacing: 10
    }, function (d) {
      showEvidence(d.date_text + ' (' + d.value + ')', d.entities || '', d.ev);
    }, 'canvas');
  }

  // the years holding all but the first and last share of the events, when that is a narrower span
  // than all of them: the timeline opens zoomed on where the events are, a few outliers aside
  function central(years, share) {
    var total = years.reduce(function (s, y) { return s + y.events; }, 0);
    var first = null, last = null, seen = 0;
    years.forEach(function (y) {
      seen += y.events;
      if (first === null && seen > total * share) first = y.year;
      if (last === null && seen >= total * (1 - share)) last = y.year;
    });
    if (first === null || last === null) return null;
    if (first === years[0].year && last === years[years.length - 1].year) return null;
    return [first - 1, last + 1];
  }

  function treaties() {
    var articles = data.articles;
    if (articles.length === 0) {
      empty('treaties', 'No treaty article was found.');
      return;
    }
    var count = {};
    data.treaties.forEach(function (t) { count[t.treaty] = t.articles; });
    articles.forEach(function (a) { a.row = a.treaty + ' (' + num(count[a.treaty]) + ')'; });
    var w = width('treaties');
    var maxArticle = Math.max.apply(null, articles.map(function (a) { return a.article || 0; }));
    draw('treaties', {
      width: Math.min(w - 290, 24 * Math.max(8, maxArticle)), height: {step: 26},
      data: {values: articles},
      encoding: {
        x: {field: 'article', type: 'ordinal', title: 'article', axis: {labelAngle: 0}},
        y: {field: 'row', type: 'nominal', title: null, axis: {labelLimit: 270}},
        yOffset: {field: 'doc_id', type: 'nominal'}
      },
      layer: [
        {name: 'articles', mark: {type: 'rect', color: '#3d7fb8', cursor: 'pointer', cornerRadius: 2, opacity: 0.9},
          encoding: {tooltip: [{field: 'treaty'}, {field: 'article'}, {field: 'doc_id', title: 'document'}]}},
        {mark: {type: 'text', color: '#fff', fontSize: 10.5}, encoding: {text: {field: 'article'}}}
      ]
    }, function (d) {
      showEvidence(d.treaty + ', Article ' + d.article, 'as listed in ' + d.doc_id, d.ev);
    });
  }

  function counts() {
    var s = data.summary;
    var p = document.getElementById('counts');
    [['documents', 'documents'], ['mentions', 'mentions'], ['entities', 'entities'], ['timeline', 'dated events'],
      ['deployments', 'troop figures'], ['troops_per_base', 'bases'], ['treaty_articles', 'treaty articles'],
      ['errors', 'inputs not read']].forEach(function (c, i) {
      if (c[0] === 'errors' && !s.errors) return;
      if (i) p.appendChild(document.createTextNode(' \u00b7 '));
      p.appendChild(el('b', num(s[c[0]])));
      p.appendChild(document.createTextNode(' ' + c[1]));
    });
    var ul = document.getElementById('omitted');
    if (data.omitted.length === 0) {
      ul.appendChild(el('li', 'Nothing: every base, place, event and article of the run is drawn.'));
    }
    data.omitted.forEach(function (o) { ul.appendChild(el('li', o)); });
  }

  function fail(e) {
    var box = el('div', 'The report could not be drawn: ' + (e && e.message ? e.message : e));
    box.id = 'report-error';
    document.body.insertBefore(box, document.body.firstChild);
    document.documentElement.setAttribute('data-report', 'error');
  }

  try {
    counts();
    map();
    troops();
    entities();
    timeline();
    treaties();
  } catch (e) {
    fail(e);
    throw e;
  }
  Promise.all(pending).then(function () {
    // lets tools (and the project's browser test) know when the page has finished drawing
    performance.mark('annalist-ready');
    document.documentElement.setAttribute('data-report', 'ready');
  }, fail);
})();
