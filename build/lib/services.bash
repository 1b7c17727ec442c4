# Real servers for the tests: redis-server and mosquitto (and the clang/lld toolchain of the NativeAOT smoke, and chromium
# for the browser test).
# Sourced by build/test.sh.
# For each: install the Debian package when the binary is missing and we are root (apt-get update once),
# start one shared instance on a free loopback port with persistence off, export its address, and stop it
# when the script exits. Tests that must kill or restart a server start a private one from the exported
# binary path instead of touching the shared instance.
#   MEMBERCARDS_REDIS            host:port of the shared redis-server
#   MEMBERCARDS_REDIS_SERVER     path of the redis-server binary
#   MEMBERCARDS_MQTT             host:port of the shared mosquitto broker
#   MEMBERCARDS_MOSQUITTO        path of the mosquitto binary

services_dir=""
services_pids=()
services_apt_updated=0

services_install() { # binary package
  local binary="$1" package="$2"
  if command -v "$binary" > /dev/null 2>&1 || [ -x "/usr/sbin/$binary" ] || [ -x "/usr/bin/$binary" ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "services: $binary is missing and this is not root: install the '$package' package (apt-get install -y $package)" >&2
    return 1
  fi
  if [ "$services_apt_updated" -eq 0 ]; then
    apt-get update -qq > /dev/null
    services_apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" > /dev/null
}

services_path() { # binary
  command -v "$1" 2> /dev/null || { [ -x "/usr/sbin/$1" ] && echo "/usr/sbin/$1"; } || { [ -x "/usr/bin/$1" ] && echo "/usr/bin/$1"; }
}

services_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2> /dev/null \
    || echo $((20000 + RANDOM % 20000))
}

services_wait_port() { # port
  local port="$1" i
  for i in $(seq 1 100); do
    (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null && return 0
    sleep 0.1
  done
  return 1
}

services_start() {
  services_dir="$(mktemp -d)"
  trap services_stop EXIT

  # The NativeAOT smoke (build/smoke/aot.sh) needs clang and lld: installed here too, so that a fresh machine
  # runs apt-get update once.
  services_install clang clang || true
  services_install ld.lld lld || true
  # The browser test of the member-card page (tests/MemberCards.Samples.WeChatPage.Tests) drives /usr/bin/chromium;
  # without it that test fails and says how to install it.
  services_install chromium chromium || true

  if services_install redis-server redis-server; then
    export MEMBERCARDS_REDIS_SERVER="$(services_path redis-server)"
    local redis_port; redis_port="$(services_free_port)"
    "$MEMBERCARDS_REDIS_SERVER" --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no \
      --dir "$services_dir" --daemonize no --logfile "$services_dir/redis.log" &
    services_pids+=($!)
    if services_wait_port "$redis_port"; then
      export MEMBERCARDS_REDIS="127.0.0.1:$redis_port"
      echo "services: redis-server on $MEMBERCARDS_REDIS"
    else
      echo "services: redis-server did not start (see $services_dir/redis.log)" >&2
    fi
  fi

  if services_install mosquitto mosquitto; then
    export MEMBERCARDS_MOSQUITTO="$(services_path mosquitto)"
    local mqtt_port; mqtt_port="$(services_free_port)"
    printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nuser root\nmax_queued_messages 100000\nmax_inflight_messages 100\n' \
      "$mqtt_port" > "$services_dir/mosquitto.conf"
    "$MEMBERCARDS_MOSQUITTO" -c "$services_dir/mosquitto.conf" > "$services_dir/mosquitto.log" 2>&1 &
    services_pids+=($!)
    if services_wait_port "$mqtt_port"; then
      export MEMBERCARDS_MQTT="127.0.0.1:$mqtt_port"
      echo "services: mosquitto on $MEMBERCARDS_MQTT"
    else
      echo "services: mosquitto did not start (see $services_dir/mosquitto.log)" >&2
    fi
  fi
}

services_stop() {
  local pid
  for pid in "${services_pids[@]}"; do
    kill "$pid" 2> /dev/null || true
  done
  for pid in "${services_pids[@]}"; do
    wait "$pid" 2> /dev/null || true
  done
  services_pids=()
  [ -n "$services_dir" ] && rm -rf "$services_dir"
}
