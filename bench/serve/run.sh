#!/usr/bin/env bash
# bench/serve: marqueed's serving figures against nginx on this machine (marquee.md §9).
#
#   bench/serve/run.sh [path/to/marqueed] [path/to/marquee-fakeupstream] [path/to/bench-bare-http]
#   cmake --build <build> --target bench_serve        # the same, with the build's binaries
#
# Starts the standalone fake upstream and marqueed (SQLite + in-process + local disk, keys set), warms
# the posters, then measures with wrk and prints one line per figure:
#   - cache hits (L1) on /p and /poster: requests/s and p99 at wrk -t2 -c16 -d10s, and the ratio to
#     nginx serving the same bytes as a static file (target >= 0.8); when bench-bare-http is there, also
#     a bare QHttpServer answering those bytes from RAM (what the HTTP layer alone costs);
#   - cold render p50 at one client: the first request of each fake title on a fresh cache, so
#     metadata, ratings and art all come from the fake upstream;
#   - re-render (nocache=1: composite skipped, inputs cached) p50 at one client and requests/s at four;
#   - marqueed's RSS after 10k mixed requests (target < 80 MB).
# Not part of ctest: the figures depend on the machine. Needs wrk, nginx and curl (apt-get installs
# them when missing and we are root).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
marqueed="${1:-${MARQUEED:-}}"
fake="${2:-${FAKEUPSTREAM:-}}"
bare="${3:-${BARE_HTTP:-$(dirname "$marqueed")/../bench/serve/bench-bare-http}}"   # optional calibration
duration="${BENCH_DURATION:-10s}"
if [[ -z "$marqueed" || -z "$fake" ]]; then
    build="$(ls -d "$here"/../../build* 2>/dev/null | head -n1 || true)"
    marqueed="${marqueed:-$build/daemon/marqueed}"
    fake="${fake:-$build/tests/fakeupstream/marquee-fakeupstream}"
fi
for binary in "$marqueed" "$fake"; do
    [[ -x "$binary" ]] || { echo "bench/serve: $binary is not an executable (pass the paths)" >&2; exit 2; }
done

missing=()
for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "bench/serve: please install ${missing[*]}" >&2
        exit 2
    fi
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d /tmp/marquee-bench-serve.XXXXXX)"
chmod 755 "$work"   # nginx workers run unprivileged and must read www/
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until $1 holds a whole "… listening on http://127.0.0.1:PORT" line and echoes PORT.
wait_for_port() {
    local log="$1" pattern="$2"
    for _ in $(seq 1 300); do
        local port
        port="$(grep -o "$pattern http://127\.0\.0\.1:[0-9]*\$" "$log" 2>/dev/null | head -n1 | grep -o '[0-9]*$' || true)"
        if [[ -n "$port" ]]; then
            echo "$port"
            return 0
        fi
        sleep 0.1
    done
    echo "bench/serve: no '$pattern' in $log:" >&2
    cat "$log" >&2
    return 1
}

QT_QPA_PLATFORM=offscreen "$fake" --port 0 >"$work/fake.out" 2>"$work/fake.err" &
pids+=($!)
fake_port="$(wait_for_port "$work/fake.out" 'listening on')"
fake_base="http://127.0.0.1:$fake_port"

access_key="bench-access-key"
start_marqueed() {
    rm -rf "$work/cache" "$work/data" "$work/marqueed.out"
    env -i PATH="$PATH" HOME="$work" QT_QPA_PLATFORM=offscreen \
        MARQUEE_CACHE_DIR="$work/cache" MARQUEE_DATA_DIR="$work/data" MARQUEE_LIBRARY_DIRS="" \
        TMDB_API_KEY=test-tmdb-key MDBLIST_API_KEY=test-mdblist-key ACCESS_KEY="$access_key" \
        TMDB_API_BASE="$fake_base/3" TMDB_IMAGE_BASE="$fake_base/t/p" MDBLIST_API_BASE="$fake_base/mdblist" \
        "$marqueed" --port 0 >"$work/marqueed.out" 2>"$work/marqueed.err" &
    marqueed_pid=$!
    pids+=("$marqueed_pid")
    port="$(wait_for_port "$work/marqueed.out" 'listening on')"
    base="http://127.0.0.1:$port"
}
stop_marqueed() {
    kill "$marqueed_pid" 2>/dev/null || true
    wait "$marqueed_pid" 2>/dev/null || true
}

# wrk figures: "requests/s p50 p99" (latencies in ms).
wrk_figures() {
    wrk --latency "$@" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
        $1 == "Non-2xx" { bad = $NF }
        END { if (bad > 0) print "bench/serve: " bad " non-2xx answers" > "/dev/stderr"; printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

fetch() { curl -sS -o "$2" -w '%{http_code}' "$1"; }

start_marqueed
p_path="/p/bar_notch/movie/tt0000001.jpg"
poster_path="/poster?tmdb_id=1002&type=movie&imdb_id=tt0000002&access_key=$access_key"
mkdir -p "$work/www"
for route in p poster; do
    path_var="${route}_path"
    status="$(fetch "$base${!path_var}" "$work/www/$route.jpg")"
    [[ "$status" == 200 ]] || { echo "bench/serve: warming $route answered $status" >&2; cat "$work/marqueed.err" >&2; exit 1; }
    fetch "$base${!path_var}" /dev/null >/dev/null   # now an L1 hit
done

nginx_port="$(free_port)"
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log $work/nginx-access.log;
    client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
    sendfile on; tcp_nopush on; keepalive_requests 100000;
    types { image/jpeg jpg; }
    server { listen 127.0.0.1:$nginx_port; root $work/www; etag on; }
}
EOF
mkdir -p "$work/tmp"
"$nginx_bin" -c "$work/nginx.conf" -g 'daemon off;' 2>>"$work/nginx-error.log" &
pids+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$nginx_port/p.jpg" && break; sleep 0.1; done

# Best of BENCH_ROUNDS interleaved rounds each: the machine may be shared, and a round that lost the
# CPU to something else says nothing about either server.
rounds="${BENCH_ROUNDS:-3}"
load=(-t2 -c16 -d"$duration")
for route in p poster; do
    path_var="${route}_path"
    marquee_url="$base${!path_var}"
    nginx_url="http://127.0.0.1:$nginx_port/$route.jpg"
    wrk -t2 -c16 -d2s "$marquee_url" >/dev/null                 # warm-up
    wrk -t2 -c16 -d2s "$nginx_url" >/dev/null
    hit_rps=0; nginx_rps=0
    for _ in $(seq 1 "$rounds"); do
        read -r rps _ p99 < <(wrk_figures "${load[@]}" "$marquee_url")
        if ((rps > hit_rps)); then hit_rps=$rps; hit_p99=$p99; fi
        read -r rps _ p99 < <(wrk_figures "${load[@]}" "$nginx_url")
        if ((rps > nginx_rps)); then nginx_rps=$rps; nginx_p99=$p99; fi
    done
    printf -v "nginx_${route}_rps" %s "$nginx_rps"
    ratio="$(awk -v a="$hit_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')"
    verdict="$(awk -v r="$ratio" 'BEGIN { print (r >= 0.8) ? "ok" : "BELOW TARGET" }')"
    printf 'cache hit /%-6s %8s req/s  p99 %6s ms | nginx same bytes %8s req/s  p99 %6s ms | ratio %s (target >= 0.80, %s; wrk -t2 -c16 -d%s, best of %s)\n' \
        "$route" "$hit_rps" "$hit_p99" "$nginx_rps" "$nginx_p99" "$ratio" "$verdict" "$duration" "$rounds"
done
# Calibration: a bare QHttpServer answering each route's bytes from RAM, i.e. what Qt's HTTP layer
# alone reaches on this machine (no routing, caching, logging or metrics).
if [[ -x "$bare" ]]; then
    for route in p poster; do
        "$bare" --port 0 --file "$work/www/$route.jpg" >"$work/bare-$route.out" 2>&1 &
        bare_pid=$!
        pids+=("$bare_pid")
        bare_port="$(wait_for_port "$work/bare-$route.out" 'listening on')"
        bare_rps=0
        for _ in $(seq 1 "$rounds"); do
            read -r rps _ p99 < <(wrk_figures "${load[@]}" "http://127.0.0.1:$bare_port/x")
            if ((rps > bare_rps)); then bare_rps=$rps; bare_p99=$p99; fi
        done
        kill "$bare_pid" 2>/dev/null || true
        nginx_var="nginx_${route}_rps"
        printf 'calibration: bare QHttpServer, /%-6s bytes from RAM %8s req/s  p99 %6s ms | ratio to nginx %s\n' \
            "$route" "$bare_rps" "$bare_p99" "$(awk -v a="$bare_rps" -v b="${!nginx_var}" 'BEGIN { printf "%.2f", a / b }')"
    done
fi

# Cold renders: a fresh cache, every fake title once, one client. The fake upstream draws each
# picture on first request and answers from memory afterwards, like a CDN: one untimed pass first,
# so the figure is the daemon's cold path (fetch, decode, render, encode, store), not the fake's
# painting.
cold_ids=(1001 1002 1003 1004 1005 1101 1102 1103 1104 1105 1106 1107 1108 1109)
for id in "${cold_ids[@]}"; do
    curl -sS -o /dev/null "$base/poster?tmdb_id=$id&type=movie&access_key=$access_key" || true
done
stop_marqueed
start_marqueed
: >"$work/cold.txt"
for id in "${cold_ids[@]}"; do
    line="$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' \
        "$base/poster?tmdb_id=$id&type=movie&access_key=$access_key")"
    [[ "${line%% *}" == 200 ]] && echo "${line#* }" >>"$work/cold.txt"
done
cold_count="$(wc -l <"$work/cold.txt")"
cold_p50="$(sort -n "$work/cold.txt" | awk '{ v[NR] = $1 } END { if (NR) printf "%.1f", v[int((NR + 1) / 2)] * 1000 }')"
printf 'cold render (fresh cache, fake upstream) p50 %s ms at 1 client over %s titles (target < 20 ms)\n' \
    "${cold_p50:-n/a}" "$cold_count"

nocache="$base/poster?tmdb_id=1001&type=movie&nocache=1&access_key=$access_key"
read -r _ one_p50 _ < <(wrk_figures -t1 -c1 -d"$duration" "$nocache")
printf 're-render (nocache=1, inputs cached)    p50 %s ms at 1 client\n' "$one_p50"
read -r four_rps four_p50 _ < <(wrk_figures -t2 -c4 -d"$duration" "$nocache")
printf 're-render (nocache=1, inputs cached)    %s req/s at 4 clients (p50 %s ms)\n' "$four_rps" "$four_p50"

# 10k mixed requests (hits on both routes, first renders of other presets, 304s, nocache renders,
# probes, stats and errors), then the daemon's resident set.
read -r rss_before _ < <(awk '/^VmRSS/ { print $2, $3 }' "/proc/$marqueed_pid/status")
etag="$(curl -sS -D - -o /dev/null "$base$p_path" | awk -F': ' 'tolower($1) == "etag" { gsub(/\r/, "", $2); print $2 }')"
MIX_KEY="$access_key" MIX_ETAG="$etag" wrk -t2 -c4 -d120s -s "$here/mixed.lua" "$base" >"$work/mixed.txt"
requests="$(awk '/requests in/ { print $1 }' "$work/mixed.txt")"
read -r rss_kb _ < <(awk '/^VmRSS/ { print $2, $3 }' "/proc/$marqueed_pid/status")
rss_mb="$(awk -v kb="$rss_kb" 'BEGIN { printf "%.1f", kb / 1024 }')"
verdict="$(awk -v mb="$rss_mb" 'BEGIN { print (mb < 80) ? "ok" : "ABOVE TARGET" }')"
printf 'RSS after %s mixed requests %s MB (%.1f MB before; target < 80 MB, %s)\n' \
    "$requests" "$rss_mb" "$(awk -v kb="$rss_before" 'BEGIN { print kb / 1024 }')" "$verdict"
stop_marqueed
