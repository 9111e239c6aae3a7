#!/usr/bin/env bash
# ourserve.sh - our preview server as the `dotnet` peer of the shared folder's bench/serve-latency.sh (its
# OURSERVE_CMD hook):
#
#   bench/ourserve.sh PROJECT_DIR PORT     execs: site serve --root PROJECT_DIR --port PORT
#
# SITE_PROGRAM is the generator to run: an executable, or a .dll run with `dotnet` (default bench/.bin/site, the
# native program: `dotnet publish src/Site -c Release -r linux-x64 -p:NativeAot=true -o bench/.bin`).
#
# From the project's root, on the converted corpus that bench/ourgen.sh prepares:
#   bench/ourgen.sh prepare /tmp/peerbench/corpus/1000
#   OURSERVE_CMD=$PWD/bench/ourserve.sh ../shared/bench/serve-latency.sh dotnet 1000
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SITE_PROGRAM=${SITE_PROGRAM:-$HERE/.bin/site}
dir=${1:?PROJECT_DIR}; port=${2:?PORT}
if [[ "$SITE_PROGRAM" == *.dll ]]; then exec dotnet "$SITE_PROGRAM" serve --root "$dir" --port "$port"; fi
exec "$SITE_PROGRAM" serve --root "$dir" --port "$port"
