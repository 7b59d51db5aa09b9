#!/usr/bin/env bash
# Refreshes the JavaScript libraries embedded in `lineage report` pages from their npm packages, at the versions
# src/Lineage/Reporting/web/package-lock.json pins: runs `npm ci`, copies the dist files and licences into
# src/Lineage/Reporting/Assets (committed, embedded in the library, so `dotnet build` needs no npm) and writes
# assets.json (package, version, sha256 of each file), which ReportAssetsTests checks against the lockfile.
# To move to a new version: edit package.json, run `npm install` in that folder, then this script; review the diff.
set -euo pipefail
cd "$(dirname "$0")/../src/Lineage/Reporting"

(cd web && npm ci --no-audit --no-fund --loglevel=error)

copy() { # package file-in-package asset-name
  cp "web/node_modules/$1/$2" "Assets/$3"
}
copy cytoscape dist/cytoscape.min.js cytoscape.min.js
copy cytoscape-dagre dist/cytoscape-dagre.min.js cytoscape-dagre.min.js

version() { node -p "require('./web/node_modules/$1/package.json').version"; }
sha() { sha256sum "Assets/$1" | cut -d' ' -f1; }

# Licence notices, shown in the page: the two packages embedded, and the two that cytoscape-dagre's dist bundles.
{
  for package in cytoscape cytoscape-dagre @dagrejs/dagre @dagrejs/graphlib; do
    echo "== $package $(version "$package") (MIT) =="
    [ "$package" = "@dagrejs/dagre" ] || [ "$package" = "@dagrejs/graphlib" ] && echo "(bundled inside cytoscape-dagre.min.js)"
    cat "web/node_modules/$package/LICENSE"
    echo
  done
} > Assets/LICENSES.txt

cat > Assets/assets.json <<JSON
{
  "files": [
    { "file": "cytoscape.min.js", "package": "cytoscape", "version": "$(version cytoscape)", "source": "dist/cytoscape.min.js", "sha256": "$(sha cytoscape.min.js)" },
    { "file": "cytoscape-dagre.min.js", "package": "cytoscape-dagre", "version": "$(version cytoscape-dagre)", "source": "dist/cytoscape-dagre.min.js", "sha256": "$(sha cytoscape-dagre.min.js)" }
  ],
  "bundled": [
    { "package": "@dagrejs/dagre", "version": "$(version @dagrejs/dagre)", "in": "cytoscape-dagre.min.js" },
    { "package": "@dagrejs/graphlib", "version": "$(version @dagrejs/graphlib)", "in": "cytoscape-dagre.min.js" }
  ],
  "licences": "LICENSES.txt"
}
JSON
echo "Updated $(pwd)/Assets:"; ls -l Assets
