# shellcheck shell=bash
# Usage: . scripts/lib.sh; ipradar_find_jdk; ipradar_build_jar; ipradar_java -jar "$IPRADAR_JAR" ...
# Shared by scripts/* and .ci/run: defines functions only, safe under `set -euo pipefail`.

IPRADAR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IPRADAR_JAR="$IPRADAR_ROOT/target/ipradar.jar"
IPRADAR_MIN_JAVA=21
# The flags Lucene wants: native access for its memory-mapped directory, and the vector API.
IPRADAR_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector)

# The feature release of a JDK home (21 for "21.0.4", 8 for "1.8.0_402"); prints nothing when it has no java.
ipradar_java_version() {
    local home=$1 out version
    [[ -x "$home/bin/java" ]] || return 0
    out=$("$home/bin/java" -version 2>&1) || return 0
    # the first quoted string of the first line: openjdk version "21.0.4" 2024-07-16
    if [[ $out =~ version\ \"([0-9]+)(\.([0-9]+))? ]]; then
        version=${BASH_REMATCH[1]}
        if [[ $version == 1 && -n ${BASH_REMATCH[3]} ]]; then
            version=${BASH_REMATCH[3]}
        fi
        echo "$version"
    fi
}

# Exports JAVA_HOME as a JDK of at least version 21: $JAVA_HOME when it qualifies, otherwise the newest one found
# on PATH or in the usual install places (one with javac is preferred to one without). Fails naming what it saw.
ipradar_find_jdk() {
    local home version best="" best_version=0 best_javac=0 has_javac seen="" candidate java_path
    if [[ -n ${JAVA_HOME:-} ]]; then
        version=$(ipradar_java_version "$JAVA_HOME")
        if [[ -n $version && $version -ge $IPRADAR_MIN_JAVA ]]; then
            export JAVA_HOME
            return 0
        fi
        seen+="  JAVA_HOME=$JAVA_HOME: ${version:-no bin/java} (ignored: too old)"$'\n'
    fi
    local -a candidates=()
    if java_path=$(command -v java 2>/dev/null); then
        java_path=$(readlink -f "$java_path" 2>/dev/null || echo "$java_path")
        candidates+=("${java_path%/bin/java}")
    fi
    if [[ -x /usr/libexec/java_home ]]; then # macOS
        candidate=$(/usr/libexec/java_home -v "$IPRADAR_MIN_JAVA+" 2>/dev/null || true)
        [[ -n $candidate ]] && candidates+=("$candidate")
    fi
    for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [[ -d $candidate ]] && candidates+=("$candidate")
    done
    local resolved=" "
    for home in ${candidates[@]+"${candidates[@]}"}; do
        home=$(readlink -f "$home" 2>/dev/null || echo "$home")
        [[ $resolved == *" $home "* ]] && continue
        resolved+="$home "
        version=$(ipradar_java_version "$home")
        [[ -n $version ]] || continue
        seen+="  $home: $version"$'\n'
        has_javac=0
        [[ -x "$home/bin/javac" ]] && has_javac=1
        if ((version >= IPRADAR_MIN_JAVA)) &&
            ((version > best_version || (version == best_version && has_javac > best_javac))); then
            best=$home best_version=$version best_javac=$has_javac
        fi
    done
    if [[ -z $best ]]; then
        echo "ipradar: no JDK $IPRADAR_MIN_JAVA or newer found; install one (e.g. Temurin $IPRADAR_MIN_JAVA or later) or set JAVA_HOME to it." >&2
        if [[ -n $seen ]]; then
            printf 'Java installations seen:\n%s' "$seen" >&2
        fi
        return 1
    fi
    if [[ -n ${JAVA_HOME:-} ]]; then
        echo "ipradar: JAVA_HOME=$JAVA_HOME is older than Java $IPRADAR_MIN_JAVA; using $best (Java $best_version)" >&2
    fi
    export JAVA_HOME=$best
}

# Builds target/ipradar.jar with Maven when it is missing or older than pom.xml or anything under src/main.
ipradar_build_jar() {
    local newer=""
    if [[ -f $IPRADAR_JAR ]]; then
        newer=$(find "$IPRADAR_ROOT/pom.xml" "$IPRADAR_ROOT/src/main" -newer "$IPRADAR_JAR" -print -quit 2>/dev/null || true)
        [[ -z $newer ]] && return 0
        echo "ipradar: $newer is newer than target/ipradar.jar; rebuilding" >&2
    else
        echo "ipradar: target/ipradar.jar is missing; building it" >&2
    fi
    if ! command -v mvn >/dev/null 2>&1; then
        echo "ipradar: Maven (mvn) is needed to build target/ipradar.jar but is not on PATH" >&2
        return 1
    fi
    (cd "$IPRADAR_ROOT" && mvn -q -B -DskipTests package) || {
        echo "ipradar: the build failed (mvn -q -B -DskipTests package in $IPRADAR_ROOT)" >&2
        return 1
    }
}

# Runs the java of $JAVA_HOME with the flags Lucene wants, then the given arguments.
ipradar_java() {
    "$JAVA_HOME/bin/java" "${IPRADAR_JVM_FLAGS[@]}" "$@"
}
