#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter: $PYTHON if set, else python3.10 on
# PATH, else the newest 3.10 that pyenv has installed. Exits 1 with advice if none.
set -u
works() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' 2>/dev/null; }

if [ -n "${PYTHON:-}" ]; then
  if works "$PYTHON"; then command -v "$PYTHON"; exit 0; fi
  echo "PYTHON=$PYTHON is not a working Python 3.10." >&2; exit 1
fi
if command -v python3.10 >/dev/null 2>&1 && works python3.10; then
  command -v python3.10; exit 0
fi
if command -v pyenv >/dev/null 2>&1; then
  for candidate in $(ls -d "$(pyenv root)"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V -r); do
    if works "$candidate"; then echo "$candidate"; exit 0; fi
  done
fi
echo "Python 3.10 not found. Rasa 3.6 needs Python 3.10: install it (for example" >&2
echo "'pyenv install 3.10') or point to it with PYTHON=/path/to/python3.10." >&2
exit 1
