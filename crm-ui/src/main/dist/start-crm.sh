#!/bin/sh
# Starts the packaged CRM with the JDK's ahead-of-time class cache (JDK 25+, JEP 483/514):
# a cold start in about 6 s instead of 12-13 s on a quiet 2-core machine (docs/performance.md).
#
#   crm-ui/src/main/dist/start-crm.sh [path/to/crm.jar] [extra java options...]
#
# The environment is the app's, as for `java -jar crm.jar` (CRM_DATA_DIR, PORT, CRM_DB_URL, ...);
# JAVA names the java to use (default: java on the PATH), JAVA_OPTS adds options (e.g. -Xmx1g).
# The first start of a jar extracts it and makes the cache with a training start (about
# 25 s) against a scratch data directory; later starts of the same jar with the same JDK reuse
# it (kept under CRM_APP_DIR, default ~/.cache/zhaoshang-crm/app). A JDK without the cache
# starts the jar as it is.
set -eu

jar=${1:-crm-ui/target/crm.jar}
[ $# -gt 0 ] && shift
java=${JAVA:-java}
[ -f "$jar" ] || { echo "start-crm.sh: no jar at $jar (build it: ./mvnw -DskipTests package)" >&2; exit 2; }

version=$("$java" -version 2>&1)
major=$(printf '%s\n' "$version" | sed -n '1s/^[^"]*"\([0-9]*\).*/\1/p')
if [ "${major:-0}" -lt 25 ]; then
	echo "start-crm.sh: java ${major:-?} has no ahead-of-time cache (JDK 25+); starting the jar as it is" >&2
	# shellcheck disable=SC2086
	exec "$java" ${JAVA_OPTS:-} "$@" -jar "$jar"
fi

# one directory per jar (size and time) and JDK: the cache only fits the classes and the
# JVM it was made with
key=$(printf '%s\n%s\n' "$(stat -c '%s %Y' "$jar" 2> /dev/null || stat -f '%z %m' "$jar")" "$version" | cksum | cut -d' ' -f1)
dir=${CRM_APP_DIR:-$HOME/.cache/zhaoshang-crm/app}/$key

if [ ! -f "$dir/app.aot" ]; then
	echo "start-crm.sh: first start of this jar: extracting it and making the class cache in $dir" >&2
	rm -rf "$dir"
	mkdir -p "$dir"
	"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" > /dev/null
	scratch=$(mktemp -d)
	# a training start: up to the end of the context refresh, then out
	# shellcheck disable=SC2086
	CRM_DATA_DIR="$scratch" PORT=0 "$java" ${JAVA_OPTS:-} "$@" -XX:AOTCacheOutput="$dir/app.aot.tmp" \
		-Dspring.context.exit=onRefresh -jar "$dir/app/crm.jar" > "$dir/training.log" 2>&1 \
		|| { echo "start-crm.sh: the training start failed, see $dir/training.log" >&2; exit 1; }
	# the training JVM leaves the scratch directory's embedded MariaDB running: stop it
	pkill -TERM -f -- "--datadir=$scratch/mariadb" 2> /dev/null || true
	while pgrep -f -- "--datadir=$scratch/mariadb" > /dev/null 2>&1; do sleep 0.2; done
	rm -rf "$scratch"
	mv "$dir/app.aot.tmp" "$dir/app.aot"
fi

# shellcheck disable=SC2086
exec "$java" -XX:AOTCache="$dir/app.aot" ${JAVA_OPTS:-} "$@" -jar "$dir/app/crm.jar"
