#!/usr/bin/env bash
# Fails when a boundary of ARCHITECTURE.md §2 is crossed by an #include: core must not see Widgets or
# HttpServer, and app/ and daemon/ must not include each other.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
if grep -rnE '#include +<(QtWidgets/|QWidget|QApplication|QtHttpServer/|QHttpServer)' core; then
    echo "layering: core/ includes Widgets or HttpServer headers" >&2; status=1
fi
if [ -d app ] && grep -rnE '#include +"daemon/' app; then
    echo "layering: app/ includes daemon/ sources" >&2; status=1
fi
if [ -d daemon ] && grep -rnE '#include +"app/' daemon; then
    echo "layering: daemon/ includes app/ sources" >&2; status=1
fi
exit $status
