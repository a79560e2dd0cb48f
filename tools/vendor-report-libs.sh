#!/usr/bin/env bash
# Fetches the browser libraries the report page inlines, from the npm registry, into the export
# module's resources, with the licence texts of everything their bundles contain. Run once when
# upgrading; the results are committed, so builds and runs never fetch anything.
#   tools/vendor-report-libs.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/export/src/main/resources/org/annalist/export/report/vendor"
VEGA=6.4.0 VEGA_LITE=6.5.0 WORLD_ATLAS=2.0.2 TOPOJSON_CLIENT=3.1.0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
# Installed (not only packed) so that the licences of the modules bundled inside vega.min.js and
# vega-lite.min.js can be collected from node_modules.
npm install --no-audit --no-fund --ignore-scripts "vega@$VEGA" "vega-lite@$VEGA_LITE" "world-atlas@$WORLD_ATLAS" \
  "topojson-client@$TOPOJSON_CLIENT" >/dev/null
mkdir -p "$dest"
cp node_modules/vega/build/vega.min.js "$dest/vega.min.js"
cp node_modules/vega-lite/build/vega-lite.min.js "$dest/vega-lite.min.js"
cp node_modules/world-atlas/countries-110m.json "$dest/countries-110m.json"
# The licences of the packages and of the modules rollup bundled into their minified builds
# (vega.min.js bundles the vega-* modules, d3-*, delaunator, robust-predicates, internmap and
# topojson-client; vega-lite.min.js bundles json-stringify-pretty-compact and tslib helpers), each
# distinct text once, headed by the packages it covers.
node - "$dest/LICENSES.txt" "$VEGA" "$VEGA_LITE" "$WORLD_ATLAS" "$TOPOJSON_CLIENT" <<'JS'
const fs = require('fs');
const [out, vega, vegaLite, atlas, topo] = process.argv.slice(2);
const names = fs.readdirSync('node_modules').filter(n => /^(vega|vega-lite|world-atlas|topojson-client|d3-.*|delaunator|robust-predicates|internmap|json-stringify-pretty-compact|tslib|vega-.*)$/.test(n)).sort();
const byText = new Map();
for (const n of names) {
  const dir = 'node_modules/' + n;
  const pkg = JSON.parse(fs.readFileSync(dir + '/package.json', 'utf8'));
  const file = fs.readdirSync(dir).find(f => /^licen[cs]e/i.test(f));
  if (!file) continue;
  const text = fs.readFileSync(dir + '/' + file, 'utf8').trim();
  if (!byText.has(text)) byText.set(text, []);
  byText.get(text).push(pkg.name + '@' + pkg.version + ' (' + pkg.license + ')');
}
let s = 'Libraries inlined in report.html by Annalist\'s ReportWriter, fetched from the npm registry by\n'
  + 'tools/vendor-report-libs.sh: vega ' + vega + ', vega-lite ' + vegaLite + ', world-atlas ' + atlas + ' (Natural Earth\n'
  + '1:110m Admin 0 countries as TopoJSON) and the modules bundled in their builds, topojson-client ' + topo + ' among\n'
  + 'them. Each licence text follows once, after the packages it covers.\n';
for (const [text, pkgs] of byText) s += '\n==== ' + pkgs.join(', ') + '\n' + text + '\n';
s += '\n==== Natural Earth (the map data in world-atlas): public domain, see naturalearthdata.com, terms of use.\n';
fs.writeFileSync(out, s);
JS
ls -l "$dest"
