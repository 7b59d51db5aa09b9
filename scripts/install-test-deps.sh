#!/usr/bin/env bash
# Installs the real consumers the tests check exports against (Debian packages, npm packages).
# Idempotent; run by .ci/run, and by hand before `dotnet test` to run every test locally.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends python3-networkx python3-igraph libxml2-utils graphviz
