#!/usr/bin/env bash
# Builds what the benchmarks need and runs them all in one go: JMH (call overhead and its parts, with
# -prof gc) and the whole-process runs (paired SDK/raw calls, connection reuse, scroll, upload,
# testkit vs WireMock, concurrency, provisioning plan of 100,000 users), each server and each measured client in a JVM of its own.
# Raw results (JSON, CSV) and summary.md are written to sdk-benchmarks/results/ (or $RESULTS); the
# summary is printed at the end.
#
# Usage: sdk-benchmarks/run.sh [--quick] [--no-build] [--only=jmh,listener,paired,connections,scroll,upload,testkit,standalone,concurrency,async,provisioning,scale]
#   --quick     tiny sizes, 1 fork / 1 repetition: checks that everything runs (results go to target-bench/quick-results)
#   scale       the testkit at a million users (seeding, page time, 1M scroll, VSXi drafts): ~25 min; it is
#               not in the default set: RESULTS=sdk-benchmarks/results/scale sdk-benchmarks/run.sh --only=scale
#   --no-build  use the benchmarks jar already built
# The jar is built from this tree through the Maven reactor (-am); nothing is installed into ~/.m2.
# Maven runs offline (-o) by default; MVN_OFFLINE= (empty) lets it download on a fresh machine.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=0
BUILD=1
ONLY=jmh,listener,paired,connections,scroll,upload,testkit,standalone,concurrency,async,provisioning
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    --no-build) BUILD=0 ;;
    --only=*) ONLY=${arg#--only=} ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

if [ "$QUICK" = 1 ]; then
  RESULTS=${RESULTS:-$ROOT/sdk-benchmarks/target-bench/quick-results}
else
  RESULTS=${RESULTS:-$ROOT/sdk-benchmarks/results}
fi
MVN="mvn -B -q ${MVN_OFFLINE--o}"
JAR=$ROOT/sdk-benchmarks/target-bench/benchmarks.jar

if [ "$BUILD" = 1 ]; then
  echo "== building the benchmarks jar from this tree (reactor, nothing installed)"
  $MVN -Pbenchmarks -pl sdk-benchmarks -am -Dteamsdr.buildDir=target-bench package \
    -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi

mkdir -p "$RESULTS"
MAVENS=$(pgrep -f maven | wc -l || true)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain -- sdk-core fusion-msteams-sdk vsxi-teams-sdk sdk-testkit sdk-provisioning 2>/dev/null | wc -l || echo 0)
java -cp "$JAR" io.teamsdr.benchmarks.MachineInfo "$RESULTS" "$MAVENS" "$COMMIT" "$DIRTY"
echo "== machine: $(nproc) cores, $MAVENS Maven processes running, load $(cut -d' ' -f1-3 /proc/loadavg)"

has() { [[ ",$ONLY," == *",$1,"* ]]; }

if has jmh; then
  if [ "$QUICK" = 1 ]; then JMH_SIZE=(-f 1 -wi 1 -w 1s -i 2 -r 1s); else JMH_SIZE=(); fi
  echo "== JMH: call overhead, SDK against raw java.net.http + Jackson"
  java -jar "$JAR" CallOverheadBenchmark -prof gc "${JMH_SIZE[@]}" \
    -rf json -rff "$RESULTS/jmh-call-overhead.json" | tee "$RESULTS/jmh-call-overhead.txt"
  echo "== JMH: the parts of a call"
  java -jar "$JAR" SdkPartsBenchmark -prof gc "${JMH_SIZE[@]}" \
    -rf json -rff "$RESULTS/jmh-parts.json" | tee "$RESULTS/jmh-parts.txt"
fi
if has listener; then
  if [ "$QUICK" = 1 ]; then JMH_SIZE=(-f 1 -wi 1 -w 1s -i 2 -r 1s); else JMH_SIZE=(); fi
  echo "== JMH: a call with no listener against one with a listener that does nothing"
  java -jar "$JAR" ListenerOverheadBenchmark -prof gc "${JMH_SIZE[@]}" \
    -rf json -rff "$RESULTS/jmh-listener.json" | tee "$RESULTS/jmh-listener.txt"
fi

PHASES=$(echo "$ONLY" | tr ',' '\n' | grep -v '^jmh$' | grep -v '^listener$' | paste -sd, - || true)
if [ -n "$PHASES" ]; then
  echo "== whole-process runs: $PHASES"
  QUICK_ARG=()
  if [ "$QUICK" = 1 ]; then QUICK_ARG=(--quick); fi
  # The standalone phase runs both standalone jars with java -jar (STANDALONE_JAR, WIREMOCK_JAR override).
  WIREMOCK_VERSION=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml | head -1)
  WIREMOCK_JAR=${WIREMOCK_JAR:-$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar}
  STANDALONE_JAR=${STANDALONE_JAR:-$( (ls "$ROOT"/sdk-testkit/target-bench/sdk-testkit-*-standalone.jar \
    "$HOME"/.m2/repository/io/teamsdr/sdk-testkit/*/sdk-testkit-*-standalone.jar 2>/dev/null || true) | head -1)}
  java -Dteamsdr.standaloneJar="$STANDALONE_JAR" -Dteamsdr.wiremockJar="$WIREMOCK_JAR" \
    -cp "$JAR" io.teamsdr.benchmarks.RunAll "$RESULTS" "${QUICK_ARG[@]}" "--only=$PHASES" \
    | tee "$RESULTS/runs.txt"
fi

echo
echo "== summary ($RESULTS/summary.md)"
java -cp "$JAR" io.teamsdr.benchmarks.Summary "$RESULTS"
