#!/usr/bin/env bash
# ourgen.sh - our generator as the `dotnet` peer of the shared folder's bench/run-peers.sh (its OURGEN_CMD hook).
#
#   bench/ourgen.sh prepare PEER_CORPUS_DIR    convert the peer corpus into our format (untimed, cached)
#   bench/ourgen.sh PEER_CORPUS_DIR OUT_DIR    ONE build of the converted project into OUT_DIR (the unit to time)
#   bench/ourgen.sh converted PEER_CORPUS_DIR  print the converted project's folder
#
# The converted project of PEER_CORPUS_DIR (e.g. /tmp/peerbench/corpus/1000) is the folder beside it,
# /tmp/peerbench/corpus/ours-1000, written by bench/convert-peer-corpus.py. `prepare` converts again only when
# the corpus or the converter changed (the stamp in ours-N/bench-corpus.json). The build command does not
# convert: it only checks that the conversion is there and execs
#     $SITE_PROGRAM build --root <converted> --output OUT_DIR --timings
# so that an external timer (run-peers.sh bench, /usr/bin/time) sees the generator's own process.
#
# Environment:
#   SITE_PROGRAM  the generator to run: an executable, or a .dll that is run with `dotnet` (default bench/.bin/site:
#                 the repository's native program, published by
#                 `dotnet publish src/Site -c Release -r linux-x64 -p:NativeAot=true -o bench/.bin`)
#   OURGEN_FULL=1  also build the search index and the downloads (the peers do neither)
#
# Use with run-peers.sh:
#   bench/ourgen.sh prepare /tmp/peerbench/corpus/1000
#   OURGEN_CMD=$PWD/bench/ourgen.sh ../shared/bench/run-peers.sh bench 1000 hugo dotnet    (from the project's root)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SITE_PROGRAM=${SITE_PROGRAM:-$(cd "$HERE/.." && pwd)/bench/.bin/site}
# Like for like: the peers render pages only, so by default so do we (OURGEN_FULL=1 adds search and downloads).
EXTRA=--pages-only
[[ "${OURGEN_FULL:-}" == 1 ]] && EXTRA=

die() { echo "ourgen.sh: $*" >&2; exit 2; }

# Sets CONV to the converted project of corpus folder $1 (no forks: this runs inside the timed build).
set_conv() {
    local c=${1%/}
    [[ "$c" == /* ]] || c=$PWD/$c
    CONV=${c%/*}/ours-${c##*/}
}

cmd_prepare() {
    local corpus=${1%/}
    [[ -f "$corpus/corpus.json" ]] || die "$corpus/corpus.json is missing: not a peer corpus (run-peers.sh corpus N makes one)"
    corpus=$(cd "$corpus" && pwd)
    set_conv "$corpus"
    local want have=""
    want=$(python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import importlib; m = importlib.import_module("convert-peer-corpus"); print(m.converter_stamp(sys.argv[2]))' "$HERE" "$corpus")
    if [[ -f "$CONV/bench-corpus.json" ]]; then
        have=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("stamp", ""))' "$CONV/bench-corpus.json")
    fi
    if [[ "$want" == "$have" ]]; then
        echo "ourgen.sh: $CONV is up to date"
    else
        python3 "$HERE/convert-peer-corpus.py" "$corpus" "$CONV"
    fi
}

case "${1:-}" in
    prepare)   (($# == 2)) || die "usage: ourgen.sh prepare PEER_CORPUS_DIR"; cmd_prepare "$2" ;;
    converted) (($# == 2)) || die "usage: ourgen.sh converted PEER_CORPUS_DIR"; set_conv "$2"; echo "$CONV" ;;
    ""|-h|--help|help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' ;;
    *)
        (($# == 2)) || die "usage: ourgen.sh PEER_CORPUS_DIR OUT_DIR (or: prepare PEER_CORPUS_DIR)"
        set_conv "$1"
        [[ -f "$CONV/bench-corpus.json" ]] || die "$CONV is not converted yet: run 'bench/ourgen.sh prepare $1' first (untimed)"
        [[ -f "$SITE_PROGRAM" ]] || die "SITE_PROGRAM=$SITE_PROGRAM does not exist: publish it (see the top of bench/README.md) or set SITE_PROGRAM"
        if [[ "$SITE_PROGRAM" == *.dll ]]; then exec dotnet "$SITE_PROGRAM" build --root "$CONV" --output "$2" --timings $EXTRA; fi
        exec "$SITE_PROGRAM" build --root "$CONV" --output "$2" --timings $EXTRA ;;
esac
