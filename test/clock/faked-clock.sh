#!/usr/bin/env bash
# Runs a command with the clock moved, to prove that tests hold on any date (issue #11).
#
#   test/clock/faked-clock.sh +365d                       # npm test, a year ahead
#   test/clock/faked-clock.sh "@2026-12-31 17:30:00"      # npm test from 31 Dec 17:30 UTC (00:30 in Vietnam)
#   test/clock/faked-clock.sh +365d npx vitest run --root apps/backend
#
# libfaketime (Debian: `apt-get install -y faketime`) is preloaded into every process the command
# starts: node, the embedded PostgreSQL the tests start, Chromium. "+Nd" shifts the clock; "@…" is
# turned into a shift too (libfaketime's own "@" would restart the clock in every new process, so
# the server would live minutes behind the seed that ran before it). Monotonic clocks move by the same constant shift, so
# timers keep their real length (leaving them unfaked, FAKETIME_DONT_FAKE_MONOTONIC, crashes Chromium's
# renderers). The machine's own PostgreSQL and Redis are not faked, so the
# database URLs are unset: the tests start an embedded PostgreSQL, whose now() is faked too.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ $# -lt 1 ]; then
  echo "usage: $0 <+Nd | @yyyy-mm-dd hh:mm:ss> [command …]  (default command: npm test)" >&2
  exit 2
fi
offset="$1"
shift
if [[ "$offset" == @* ]]; then
  target=$(date -u -d "${offset#@}" +%s)
  shift_s=$((target - $(date -u +%s)))
  if [ "$shift_s" -ge 0 ]; then offset="+$shift_s"; else offset="$shift_s"; fi
fi
[ $# -gt 0 ] || set -- npm test

lib=""
for candidate in /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 /usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1; do
  [ -e "$candidate" ] && lib="$candidate" && break
done
if [ -z "$lib" ]; then
  echo "libfaketime is missing: apt-get install -y faketime" >&2
  exit 2
fi

unset DATABASE_URL TEST_DATABASE_URL
export TZ=UTC
export LD_PRELOAD="$lib${LD_PRELOAD:+:$LD_PRELOAD}"
export FAKETIME="$offset"
export MEDUSA_DISABLE_TELEMETRY=true TURBO_TELEMETRY_DISABLED=1
echo "faked clock: $(date -u '+%Y-%m-%d %H:%M:%S UTC') (FAKETIME=$offset) — running: $*" >&2
exec "$@"
