#!/usr/bin/env bash
# veraPDF, the PDF/A validator, without an installer: its jars come from Maven Central
# (scripts/verapdf/pom.xml) and run on the local JDK.
#
# Usage: scripts/verapdf.sh fetch
#        scripts/verapdf.sh validate <flavour, e.g. 2b> <file.pdf>   (exit 0: compliant)
# Env:   VERAPDF_HOME_DIR (default <repo>/.verapdf)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"
POM="$SCRIPT_DIR/verapdf/pom.xml"
# shellcheck source=maven-jars.sh
source "$SCRIPT_DIR/maven-jars.sh"
HOME_DIR="${VERAPDF_HOME_DIR:-$REPO_DIR/.verapdf}"
LIBS="$HOME_DIR/libs"
VERSION="$(sed -n 's:.*<verapdf.version>\(.*\)</verapdf.version>.*:\1:p' "$POM")"

die() { echo "verapdf: $*" >&2; exit 2; }

fetch() { fetch_jars "$POM" "$LIBS" "$VERSION" verapdf || die "no veraPDF jars"; }

case "${1:-}" in
  fetch) fetch ;;
  validate)
    [[ $# -eq 3 ]] || die "usage: verapdf.sh validate <flavour> <file.pdf>"
    [[ -f "$3" ]] || die "no such file: $3"
    fetch
    # veraPDF exits 0 for a compliant file and 1 for a non-compliant one; the text report names
    # each failed rule.
    exec java -cp "$LIBS/*" org.verapdf.apps.GreenfieldCliWrapper --flavour "$2" --format text \
      --verbose "$3"
    ;;
  *) die "usage: verapdf.sh fetch | validate <flavour> <file.pdf>" ;;
esac
