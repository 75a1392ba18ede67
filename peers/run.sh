#!/usr/bin/env bash
# Peer benchmark: Duke 1.2 and JedAI 3.0 on the same files as Marsad.
# Builds the standalone peers project (never Marsad's own pom) and runs each tool on each
# file in its own JVM, one after the other, with -Xmx8g and a 15-minute limit per run.
# Usage: peers/run.sh [FILE...]   (default: the three files in $PEER_DATA, default peers/target/peer-data)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
POM="$HERE/pom.xml"
DATA="${PEER_DATA:-$HERE/target/peer-data}"
LIMIT="${PEER_TIMEOUT:-900}"
HEAP="${PEER_XMX:-8g}"

mvn -q -B -f "$POM" package -DskipTests
mvn -q -B -f "$POM" dependency:build-classpath -Dmdep.outputFile="$HERE/target/classpath.txt" >/dev/null
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"

if [ "$#" -gt 0 ]; then
  FILES=("$@")
else
  FILES=("$DATA/generated-10000.csv" "$DATA/real-names.csv" "$DATA/generated-100000.csv")
fi

mkdir -p "$HERE/target/logs"
for f in "${FILES[@]}"; do
  for tool in Duke Jedai; do
    log="$HERE/target/logs/$tool-$(basename "$f" .csv).log"
    set +e
    timeout "$LIMIT" java -Xmx"$HEAP" -cp "$CP" "org.marsad.peers.${tool}Run" "$f" 2>"$log"
    rc=$?
    set -e
    if [ "$rc" -eq 124 ]; then
      echo "tool=$tool file=$(basename "$f") DID NOT FINISH within ${LIMIT}s (-Xmx$HEAP)"
    elif [ "$rc" -ne 0 ]; then
      echo "tool=$tool file=$(basename "$f") FAILED exit=$rc (see $log)"
    fi
  done
done
