#!/usr/bin/env bash
# run.sh - time cold builds of our generator, alone or side by side with the peers (Hugo, Eleventy, ...).
#
# Usage:
#   bench/run.sh [ours] [--full] [--runs R] [--corpus synth|peer|both] [--sizes "100 1000"]
#       our generator alone, on the synthetic corpus (bench/make-corpus.py) and on the peer corpus
#       converted to our format (bench/convert-peer-corpus.py): per corpus and N, 1 warm-up + R runs
#       (default 5) of `$SITE_PROGRAM build --root PROJECT --output OUT --timings` under /usr/bin/time;
#       prints the medians of wall, cpu (user+sys) and peak RSS, pages/s, and the median of each stage
#       that --timings prints. Outputs go to tmpfs ($OURBENCH_OUT).
#   bench/run.sh peers [--full] [--runs R] [--sizes "100 1000"]
#       the peers and ours in one run through the shared folder's bench/run-peers.sh bench, outputs on tmpfs
#       (PEERBENCH_OUT=/dev/shm/peerbench-out), our generator hooked in as the `dotnet` peer (bench/ourgen.sh).
#       Installs the peers first when hugo or Eleventy is missing (run-peers.sh setup: apt + npm ci).
#   bench/run.sh all [--full] ...   both of the above
#
#   --full      adds N=10000 (ours: both corpora; peers: $PEERS_FULL, default "hugo dotnet")
#
# Environment:
#   SITE_PROGRAM    the generator: an executable, or a .dll run with `dotnet` (default bench/.bin/site, the native
#                   program; make it with `dotnet publish src/Site -c Release -r linux-x64 -p:NativeAot=true -o bench/.bin`)
#   PEERS           peers timed at N=100/1000 (default "hugo eleventy dotnet cp"; add jekyll if you have time)
#   PEERS_FULL      peers timed at N=10000 with --full (default "hugo dotnet")
#   OURBENCH_DIR    scratch for the synthetic corpora (default /tmp/ourbench)
#   OURBENCH_OUT    build outputs of `ours` (default /dev/shm/ourbench-out, tmpfs)
#   PEERBENCH_DIR   run-peers.sh scratch (default /tmp/peerbench; the converted corpora are corpus/ours-N)
#   PEERBENCH_OUT   run-peers.sh outputs (default here: /dev/shm/peerbench-out)
#   BENCH_THEME     the theme folder the project folders link to (default: the repository's theme/). The program
#                   reads theme/strings and theme/assets at run time: a program built from an older tree needs the
#                   theme it was built with (e.g. a copy taken when it was built).
#   SHARED_DIR      the shared folder (default ../shared from the project's root)
#   RUN_PEERS       path of run-peers.sh (default $SHARED_DIR/bench/run-peers.sh)
#   QUIET_WAIT      seconds to wait at most, before each timed build (ours) or each peer's series (peers), for
#                   the machine's CPU pressure (/proc/pressure/cpu avg10) to fall below QUIET_PSI (default 5);
#                   default 0: do not wait. The pressure is printed with the results either way.
#
# Results are also appended to $OURBENCH_DIR/results.tsv (one line per corpus and N) and each run's
# --timings output is kept in $OURBENCH_DIR/logs/.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export SITE_PROGRAM=${SITE_PROGRAM:-$(cd "$(dirname "$0")/.." && pwd)/bench/.bin/site}
SHARED_DIR=${SHARED_DIR:-$(cd "$HERE/../.." && pwd)/shared}
RUN_PEERS=${RUN_PEERS:-$SHARED_DIR/bench/run-peers.sh}
OB=${OURBENCH_DIR:-/tmp/ourbench}
OUTROOT=${OURBENCH_OUT:-/dev/shm/ourbench-out}
export PEERBENCH_DIR=${PEERBENCH_DIR:-/tmp/peerbench}
export PEERBENCH_OUT=${PEERBENCH_OUT:-/dev/shm/peerbench-out}
PEERS=${PEERS:-hugo eleventy dotnet cp}
PEERS_FULL=${PEERS_FULL:-hugo dotnet}

die() { echo "run.sh: $*" >&2; exit 2; }

mode=ours; full=0; runs=5; corpora="synth peer"; sizes=""
while (($#)); do
    case "$1" in
        ours|peers|all) mode=$1 ;;
        --full) full=1 ;;
        --runs) runs=$2; shift ;;
        --corpus) case "$2" in synth|peer) corpora=$2 ;; both) corpora="synth peer" ;; *) die "--corpus synth|peer|both" ;; esac; shift ;;
        --sizes) sizes=$2; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$1' (try --help)" ;;
    esac
    shift
done
[[ -n "$sizes" ]] || { sizes="100 1000"; ((full)) && sizes="100 1000 10000"; }

need_time() {
    [[ -x /usr/bin/time ]] && return 0
    echo "run.sh: installing GNU time (/usr/bin/time)" >&2
    apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y time >/dev/null
}

need_program() {
    [[ -f "$SITE_PROGRAM" ]] || die "SITE_PROGRAM=$SITE_PROGRAM does not exist: publish it (see bench/README.md) or set SITE_PROGRAM"
}

# The generator's command (for /usr/bin/time, so not a function): a .dll runs under `dotnet`, anything else itself.
SITE_CMD=("$SITE_PROGRAM")
[[ "$SITE_PROGRAM" == *.dll ]] && SITE_CMD=(dotnet "$SITE_PROGRAM")

# The machine's CPU pressure (share of the last 10 s in which something waited for a CPU): other work on the
# machine makes every figure slower; it is printed with the results.
pressure() { sed -n 's/^some avg10=\([0-9.]*\).*/\1/p' /proc/pressure/cpu 2>/dev/null || echo "?"; }

# With QUIET_WAIT=S (seconds), wait up to S s until the CPU pressure is below QUIET_PSI (default 5) before a
# timed build (ours) or a peer's series (peers): the figures are meant for a machine doing nothing else.
wait_quiet() {
    local max=${QUIET_WAIT:-0} limit=${QUIET_PSI:-5} waited=0 p
    ((max > 0)) || return 0
    while p=$(pressure); [[ "$p" != "?" ]] && python3 -c 'import sys; sys.exit(float(sys.argv[1]) < float(sys.argv[2]))' "$p" "$limit"; do
        ((waited >= max)) && { echo "run.sh: CPU pressure still $p after ${waited}s: timing anyway" >&2; return 0; }
        sleep 5; waited=$((waited + 5))
    done
}

# --- ours ------------------------------------------------------------------------------------------

prepare_synth() {   # sets ROOT
    local n=$1
    ROOT=$OB/synth-$n
    local stamp
    # The theme the folder links to is part of the stamp: a corpus made from another clone links to its theme.
    stamp=$({ cat "$HERE/make-corpus.py" "$HERE/ourformat.py"; echo "${BENCH_THEME:-$(cd "$HERE/.." && pwd)/theme}"; } | sha256sum | cut -c1-16)
    if [[ -f "$ROOT/bench-corpus.json" && "$(cat "$ROOT/.stamp" 2>/dev/null)" == "$stamp" ]]; then return 0; fi
    python3 "$HERE/make-corpus.py" "$n" "$ROOT" >/dev/null
    echo "$stamp" > "$ROOT/.stamp"
}

prepare_peer() {    # sets ROOT
    local n=$1
    "$RUN_PEERS" corpus "$n" >&2
    "$HERE/ourgen.sh" prepare "$PEERBENCH_DIR/corpus/$n" >&2
    ROOT=$("$HERE/ourgen.sh" converted "$PEERBENCH_DIR/corpus/$n")
}

bench_ours() {
    need_time; need_program
    mkdir -p "$OB/logs" "$OUTROOT"
    [[ -f "$OB/results.tsv" ]] || printf 'date\tprogram\tcorpus\tN\truns\twall_s\tcpu_s\tpeak_MB\tpages\tpages_per_s\tpeer_pages_per_s\tcpu_pressure\tstages_ms\n' > "$OB/results.tsv"
    echo "our generator: $SITE_PROGRAM ($(date -u -r "$SITE_PROGRAM" '+%Y-%m-%d %H:%M UTC')), $runs runs + 1 warm-up, outputs in $OUTROOT"
    printf '%-6s %6s %5s %8s %8s %8s %7s %8s %10s %6s\n' corpus N runs wall_s cpu_s peak_MB pages pages/s peer_pg/s cpu_psi
    local corpus n i out log
    for n in $sizes; do
        for corpus in $corpora; do
            if [[ $corpus == synth ]]; then prepare_synth "$n"; else prepare_peer "$n"; fi
            out=$OUTROOT/$corpus-$n
            log=$OB/logs/$corpus-$n
            rm -rf "$log"; mkdir -p "$log"
            local p0; p0=$(pressure)
            for ((i = 0; i <= runs; i++)); do
                rm -rf "$out" "$out".building-* "$out".previous-*       # untimed: every build starts from nothing
                sync
                wait_quiet
                if ! /usr/bin/time -f "%e %U %S %M" -o "$log/time-$i" \
                        "${SITE_CMD[@]}" build --root "$ROOT" --output "$out" --timings > "$log/run-$i.txt" 2>&1; then
                    echo "run.sh: the build of $corpus-$n failed (run $i); its output:" >&2
                    tail -n 30 "$log/run-$i.txt" >&2
                    return 1
                fi
            done
            local pages; pages=$(find "$out" -name '*.html' | wc -l)
            python3 - "$log" "$runs" "$corpus" "$n" "$pages" "$ROOT" "$SITE_PROGRAM" "$p0" "$(pressure)" "$OB/results.tsv" <<'EOF'
import json, os, re, statistics, sys, time
log, runs, corpus, n, pages, root, program, p0, p1, tsv = sys.argv[1:]
runs, pages = int(runs), int(pages)
rows, stages = [], {}
for i in range(1, runs + 1):                       # run 0 is the warm-up
    e, u, s, m = open(os.path.join(log, "time-%d" % i)).read().split()[-4:]
    rows.append((float(e), float(u) + float(s), int(m) / 1024))
    for line in open(os.path.join(log, "run-%d.txt" % i), encoding="utf-8"):
        mm = re.match(r"^  ([a-z][a-z ]*?)\s+(\d+) ms$", line)   # stages only: not the memory or compiled-code lines
        if mm:
            stages.setdefault(mm.group(1), []).append(int(mm.group(2)))
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] for r in rows)
rss = statistics.median(r[2] for r in rows)
info = json.load(open(os.path.join(root, "bench-corpus.json")))
peer_pages = info.get("peer_expected_html") or (info["messages"] + info["translations"] + info["topics"] + 1)
print("%-6s %6s %5d %8.3f %8.3f %8.1f %7d %8.0f %10.0f %6s" % (corpus, n, runs, wall, cpu, rss, pages, pages / wall, peer_pages / wall, "%s/%s" % (p0, p1)))
st = ", ".join("%s %d" % (k, statistics.median(v)) for k, v in stages.items())
print("       stages (median ms): " + st)
with open(tsv, "a") as f:
    f.write("\t".join([time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), program, corpus, n, str(runs), "%.3f" % wall, "%.3f" % cpu,
                       "%.1f" % rss, str(pages), "%.0f" % (pages / wall), "%.0f" % (peer_pages / wall), "%s/%s" % (p0, p1), st]) + "\n")
EOF
        done
    done
}

# --- peers -----------------------------------------------------------------------------------------

bench_peers() {
    need_time; need_program
    if ! command -v hugo >/dev/null || [[ ! -f "$PEERBENCH_DIR/tools/eleventy/node_modules/@11ty/eleventy/cmd.cjs" ]]; then
        "$RUN_PEERS" setup
    fi
    export OURGEN_CMD="$HERE/ourgen.sh"
    echo "peers side by side (run-peers.sh bench, $runs runs + 1 warm-up), outputs in $PEERBENCH_OUT; dotnet = bench/ourgen.sh -> $SITE_PROGRAM"
    echo "note: 'check' of dotnet reports MISMATCH: our site has other pages than the peers' (translations shown beside their original, not as pages of their own; section pages); pages/s of every row is the peers' expected_html / wall"
    local n peers
    for n in $sizes; do
        peers=$PEERS
        ((n >= 10000)) && peers=$PEERS_FULL
        "$RUN_PEERS" corpus "$n"
        "$HERE/ourgen.sh" prepare "$PEERBENCH_DIR/corpus/$n"
        echo "--- N=$n"
        local p first=1
        for p in $peers; do      # one peer at a time, so that wait_quiet can run between them
            wait_quiet
            echo "(cpu pressure before $p: $(pressure))"
            BENCH_RUNS=$runs "$RUN_PEERS" bench "$n" "$p" | { if ((first)); then cat; else grep -v '^peer ' || true; fi; }
            first=0
        done
        "$RUN_PEERS" clean
    done
}

case "$mode" in
    ours)  bench_ours ;;
    peers) bench_peers ;;
    all)   bench_ours; bench_peers ;;
esac
