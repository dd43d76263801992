# Sourced by the scripts that run a Java tool from Maven Central (kafka.sh, verapdf.sh).
#
# fetch_jars <pom> <libs dir> <version> <name>: copies the pom's dependencies into <libs dir>
# once per version; <libs dir>/.version records which. Maven's output goes to <libs dir>/../
# fetch.log: it is noisy and only useful when the download fails.
fetch_jars() {
  local pom="$1" libs="$2" version="$3" name="$4"
  local home
  home="$(dirname "$libs")"
  if [[ -f "$libs/.version" && "$(cat "$libs/.version")" == "$version" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || { echo "$name: mvn not found (needed once to download the jars)" >&2; return 1; }
  echo "$name: fetching $version jars from Maven Central into $libs" >&2
  # Start clean so jars of a previously pinned version never end up on the classpath.
  rm -rf "$libs"
  mkdir -p "$home"
  if ! mvn -q -B -f "$pom" dependency:copy-dependencies -DoutputDirectory="$libs" \
      >"$home/fetch.log" 2>&1; then
    tail -n 30 "$home/fetch.log" >&2
    echo "$name: fetch failed (full output: $home/fetch.log)" >&2
    return 1
  fi
  echo "$version" >"$libs/.version"
}
