#!/usr/bin/env bash
# Installs the real consumers the tests check exports against (Debian packages, npm packages), the sqlite3 shell
# the store is tested with, and Java for the Neo4j test server (scripts/neo4j-test-server.sh). Idempotent; run by
# .ci/run, and by hand before `dotnet test` to run every test locally.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
packages=(python3-networkx python3-igraph libxml2-utils graphviz sqlite3)
# Debian's Chromium runs the report tests (Playwright drives /usr/bin/chromium; Playwright's own browser download is
# not used); a CJK font lets it draw the Chinese sentences the tests and docs/report-62-42.png show.
packages+=(chromium fonts-wqy-microhei)
# Node.js runs the JavaScript consumers (Cytoscape.js, graphology); Java runs Neo4j 3.1.1.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
command -v java >/dev/null 2>&1 || packages+=(openjdk-17-jre-headless)
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"

# JavaScript consumers, pinned by tests/consumers/package-lock.json (node_modules is not committed).
(cd tests/consumers && npm ci --no-audit --no-fund --loglevel=error)

# The report's libraries as their npm packages, pinned by src/Lineage/Reporting/web/package-lock.json, so that
# ReportAssetsTests compares the embedded copies with them byte for byte (node_modules is not committed).
(cd src/Lineage/Reporting/web && npm ci --no-audit --no-fund --loglevel=error)
