# Sourced by the bench scripts: installs what they need from Debian, as root, only when missing.
# need_debian COMMAND PACKAGE: exits 2 (the run failed) when COMMAND is still missing after that.
need_debian() {
  local command=$1 package=$2
  command -v "$command" >/dev/null && return 0
  if [[ $(id -u) -ne 0 ]]; then
    echo "bench: $command is missing: install it as root (apt-get install $package) or run this as root" >&2
    exit 2
  fi
  echo "bench: installing $package"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "$package"; then
    apt-get -o DPkg::Lock::Timeout=600 update -q
    apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "$package"
  fi
  command -v "$command" >/dev/null || {
    echo "bench: $command is still missing after apt-get install $package" >&2
    exit 2
  }
}
