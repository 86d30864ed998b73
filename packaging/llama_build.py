"""Build and install llama-cpp-python as a portable engine: CPU code chosen at run time.

PyPI carries llama-cpp-python only as source, and its default build compiles llama.cpp
with ``-march=native``: the result runs only on CPUs like the one that built it (an AVX2
laptop dies with "Illegal instruction" on a wheel built on an AVX-512 server), and on
CPUs with AMX it uses llama.cpp's AMX kernels, which crash on any prompt of two or more
tokens (``ggml_backend_amx_mul_mat``, a known upstream bug). This script builds it the way
llama.cpp's own release builds are made instead:

- ``GGML_BACKEND_DL`` with ``GGML_CPU_ALL_VARIANTS``: the CPU backend is a set of
  loadable libraries, ``libggml-cpu-<variant>.so``, one per instruction-set level, and
  ggml loads the best one the running CPU supports (each variant scores the CPU's
  features at load time);
- the variants are a chosen subset (``X86_VARIANTS``) that spans SSE4.2 to AVX-512 VNNI
  without the AMX one, and compiles in reasonable time on two cores;
- two small patches to the unpacked source: the variant filter above, and the Python
  package loading its variants from its own ``lib`` folder when it is imported (ggml
  looks next to the *executable*, which for Python is the interpreter's folder).

The wheel goes to a folder named by a hash of everything that shapes it (version,
variants, extra ``CMAKE_ARGS``, the patches), so a wheel built with other flags is never
reused by mistake (pip's own cache is keyed by version only). The installed package
carries ``handloom-build.json``; ``install`` compares it with what this script would
build and reinstalls when they differ.

    python packaging/llama_build.py install [--wheels DIR]   # build if needed, install
    python packaging/llama_build.py wheel [--wheels DIR]     # build if needed, print path
    python packaging/llama_build.py check                    # exit 1 if not portable

Extra CMake options (a GPU backend, ``-DGGML_CUDA=on``) come from ``CMAKE_ARGS`` as with
pip; they are part of the key. Runs with the standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "handloom-build.json"

# x86-64 CPU variants, oldest first (names and feature sets are llama.cpp's own, from
# ggml/src/CMakeLists.txt). Together they cover every x86-64 CPU: x64 (SSE2 only), sse42
# (x86-64-v2: Nehalem, 2008), sandybridge (AVX), haswell (AVX2/FMA: x86-64-v3, most laptops
# since 2013 and every Zen), alderlake (AVX-VNNI without AVX-512: Intel laptops since 2021),
# skylakex (AVX-512: x86-64-v4) and icelake (AVX-512 VBMI/VNNI: Ice Lake, Sapphire Rapids and
# Zen 4 servers). Left out: sapphirerapids, the one variant with AMX (its matrix kernels
# crash, see above), and the in-between levels ivybridge, piledriver, cannonlake,
# cascadelake, cooperlake and zen4, whose gains over their neighbour here are small for
# quantised models and whose compile time is not.
X86_VARIANTS = ("x64", "sse42", "sandybridge", "haswell", "alderlake", "skylakex", "icelake")

BASE_CMAKE_ARGS = (
    "-DGGML_NATIVE=OFF",  # never -march=native: the build machine is not the user's
    "-DGGML_BACKEND_DL=ON",  # backends are loadable libraries…
    "-DGGML_CPU_ALL_VARIANTS=ON",  # …and the CPU backend is one library per variant
    "-DCMAKE_INSTALL_BINDIR=llama_cpp/lib",  # where ggml installs them: beside libllama
    "-DLLAVA_BUILD=OFF",  # the multimodal library: Handloom sends text only
)

# Patches to the unpacked sdist: (file, anchor text, replacement). Each anchor must occur
# exactly once, so that a new llama-cpp-python release that moved things fails loudly here
# instead of building something else.
_VARIANT_FILTER = """\
function(ggml_add_cpu_backend_variant tag_name)
    # Handloom: build only the variants listed in HANDLOOM_CPU_VARIANTS (when given).
    if (DEFINED HANDLOOM_CPU_VARIANTS AND NOT "${tag_name}" IN_LIST HANDLOOM_CPU_VARIANTS)
        return()
    endif()
"""
_LOAD_VARIANTS = """\
_lib = load_shared_library(_lib_base_name, _base_path)

# Handloom: this build's backends (the CPU variants) are loadable libraries in this
# package's lib folder; ggml only looks beside the executable, so load them from here: the
# best variant for this CPU, or the one HANDLOOM_CPU_VARIANT names ("haswell"). The
# functions are taken through libllama, so that they act on the libggml libllama uses (the
# wheel holds libggml.so and libggml.so.0 as two copies, which would be two registries).
# ggml's "loaded CPU backend" line is kept off the terminal; warnings and errors are not.
def _load_backends() -> None:
    import sys

    try:
        ggml = _lib
        ggml.ggml_backend_reg_count
    except AttributeError:  # Windows: a DLL's dependencies are not searched; one file
        ggml = load_shared_library("ggml", _base_path)
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    if ggml.ggml_backend_reg_count() != 0:
        return
    callback_type = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)

    def warnings_only(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        if level in (3, 4) and text:  # GGML_LOG_LEVEL_WARN, GGML_LOG_LEVEL_ERROR
            sys.stderr.write(text.decode("utf-8", "replace"))

    quiet = callback_type(warnings_only)
    ggml.ggml_log_set.argtypes = [callback_type, ctypes.c_void_p]
    ggml.ggml_log_set.restype = None
    ggml.ggml_backend_load.argtypes = [ctypes.c_char_p]
    ggml.ggml_backend_load.restype = ctypes.c_void_p
    ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
    ggml.ggml_backend_load_all_from_path.restype = None
    ggml.ggml_log_set(quiet, None)
    try:
        forced = os.environ.get("HANDLOOM_CPU_VARIANT", "").strip()
        if forced:
            prefix, suffix = ("ggml-cpu-", ".dll") if sys.platform == "win32" else (
                "libggml-cpu-", ".so")
            path = _base_path / f"{prefix}{forced}{suffix}"
            if path.is_file() and ggml.ggml_backend_load(os.fsencode(path)):
                return
            sys.stderr.write(f"HANDLOOM_CPU_VARIANT={forced}: there is no such CPU variant "
                             f"in {_base_path}, or this CPU cannot run it; choosing one "
                             "automatically\\n")
        ggml.ggml_backend_load_all_from_path(os.fsencode(_base_path))
    finally:
        ggml.ggml_log_set(callback_type(), None)  # NULL: ggml's own logger again


_load_backends()
"""
PATCHES = (
    (
        "vendor/llama.cpp/ggml/src/CMakeLists.txt",
        "function(ggml_add_cpu_backend_variant tag_name)\n",
        _VARIANT_FILTER,
    ),
    (
        "llama_cpp/llama_cpp.py",
        "_lib = load_shared_library(_lib_base_name, _base_path)\n",
        _LOAD_VARIANTS,
    ),
)


class BuildError(Exception):
    """A build step failed; the message is a sentence for the person running make."""


def pinned_version() -> str:
    """llama-cpp-python's version as pinned in pyproject.toml (the one source of truth)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        match = re.fullmatch(r"llama-cpp-python==([\w.]+)", requirement.replace(" ", ""))
        if match:
            return match.group(1)
    raise BuildError("pyproject.toml does not pin llama-cpp-python==VERSION")


def variants() -> tuple[str, ...]:
    """The CPU variants to build on this machine's architecture (llama.cpp's own list
    elsewhere: ARM's variants have no AMX problem)."""
    return X86_VARIANTS if platform.machine().lower() in ("x86_64", "amd64") else ()


def cmake_args() -> list[str]:
    args = list(BASE_CMAKE_ARGS)
    if variants():
        args.append("-DHANDLOOM_CPU_VARIANTS=" + ";".join(variants()))
    args += shlex.split(os.environ.get("CMAKE_ARGS", ""))  # a GPU backend, from the caller
    return args


def build_description() -> dict[str, object]:
    """Everything that shapes the wheel; its hash names the wheel's folder."""
    patches = hashlib.sha256(json.dumps(PATCHES).encode()).hexdigest()[:16]
    described: dict[str, object] = {
        "package": "llama-cpp-python",
        "version": pinned_version(),
        "machine": platform.machine().lower(),
        "system": platform.system().lower(),
        "cmake_args": cmake_args(),
        "cpu_variants": list(variants()),
        "patches": patches,
    }
    described["key"] = hashlib.sha256(
        json.dumps(described, sort_keys=True).encode()
    ).hexdigest()[:16]
    return described


def _run(command: list[str], *, env: dict[str, str] | None = None, log: Path) -> None:
    with log.open("a") as out:
        out.write("$ " + shlex.join(command) + "\n")
        out.flush()
        result = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-25:])
        raise BuildError(f"{shlex.join(command[:4])} … failed (exit {result.returncode}); "
                         f"the last lines of {log}:\n{tail}")


def _patch(source: Path) -> None:
    for relative, anchor, replacement in PATCHES:
        path = source / relative
        text = path.read_text()
        if text.count(anchor) != 1:
            raise BuildError(f"{relative} of llama-cpp-python has changed: the text this "
                             "script patches is not there exactly once; update PATCHES")
        path.write_text(text.replace(anchor, replacement))


def sdist(cache: Path, python: str) -> Path:
    """llama-cpp-python's source archive, downloaded from the package index once."""
    version = pinned_version()
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(cache.glob(f"llama_cpp_python-{version}.tar.gz"))
    if found:
        return found[0]
    _run([python, "-m", "pip", "download", "--no-deps", "--no-binary", "llama-cpp-python",
          "--dest", str(cache), f"llama-cpp-python=={version}"], log=cache / "download.log")
    found = sorted(cache.glob(f"llama_cpp_python-{version}.tar.gz"))
    if not found:
        raise BuildError(f"pip did not download llama-cpp-python {version}'s source")
    return found[0]


def unpack_source(archive_path: Path, into: Path) -> Path:
    """The patched source tree of ``archive_path``, unpacked into ``into``."""
    with tarfile.open(archive_path) as archive:
        archive.extractall(into, filter="data")
    source = into / archive_path.name.removesuffix(".tar.gz")
    _patch(source)
    return source


def built_wheel(wheels: Path) -> Path | None:
    folder = wheels / str(build_description()["key"])
    found = sorted(folder.glob("llama_cpp_python-*.whl"))
    return found[-1] if found else None


def build_wheel(wheels: Path, python: str) -> Path:
    """The portable wheel, built into ``wheels/<key>/`` unless it is there already."""
    existing = built_wheel(wheels)
    if existing is not None:
        return existing
    described = build_description()
    folder = wheels / str(described["key"])
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "build.log"
    log.write_text("")
    started = time.monotonic()
    print(f"Building llama-cpp-python {described['version']} for every CPU "
          f"({', '.join(variants()) or 'llama.cpp’s own variants'}); this takes a while "
          f"on few cores. Log: {log}", flush=True)
    archive = sdist(wheels / "sources", python)
    with tempfile.TemporaryDirectory(prefix="llama-build-") as scratch:
        source = unpack_source(archive, Path(scratch))
        # in the package's top folder: its lib/ is git-ignored, and scikit-build-core
        # leaves git-ignored files out of the wheel
        (source / "llama_cpp" / MARKER).write_text(json.dumps(described, indent=1) + "\n")
        env = dict(os.environ, CMAKE_ARGS=shlex.join(cmake_args()))
        env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
        _run([python, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir",
              "--wheel-dir", str(folder), str(source)], env=env, log=log)
    wheel = built_wheel(wheels)
    if wheel is None:
        raise BuildError(f"pip wheel wrote no wheel into {folder}")
    minutes = (time.monotonic() - started) / 60
    (folder / "build-minutes.txt").write_text(f"{minutes:.1f}\n")
    print(f"Built {wheel.name} in {minutes:.1f} min", flush=True)
    return wheel


def build_tools(out: Path, targets: list[str], *, python: str,
                extra_args: list[str] | None = None, portable: bool = True) -> Path:
    """llama.cpp's own programs (``llama-server``, ``llama-batched-bench``…) or libraries
    from the same patched sources, for benchmarks; returns the folder holding them.

    ``portable`` True builds the CPU code as the wheel does (variants beside the
    programs, which ggml finds next to its executable); False builds one CPU backend from
    ``extra_args`` alone (a build tuned for one machine). The build folder is named by a
    hash of its settings and reused."""
    args = ["-DCMAKE_BUILD_TYPE=Release", "-DBUILD_SHARED_LIBS=ON", "-DLLAMA_CURL=OFF",
            "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=ON", "-DLLAMA_BUILD_TOOLS=ON",
            "-DLLAMA_BUILD_SERVER=ON"]
    if portable:
        args += [a for a in cmake_args() if "CMAKE_INSTALL_BINDIR" not in a]
    args += extra_args or []
    key = hashlib.sha256(json.dumps([pinned_version(), PATCHES, args, targets]).encode())
    folder = out / key.hexdigest()[:16]
    binaries = folder / "build" / "bin"
    done = folder / "built.json"
    if done.is_file():
        return binaries
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "build.log"
    log.write_text("")
    archive = sdist(out / "sources", python)
    source = folder / "src"
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir()
    tree = unpack_source(archive, source) / "vendor" / "llama.cpp"
    print(f"Building {', '.join(targets)} from llama.cpp's sources in {folder} "
          f"(several minutes). Log: {log}", flush=True)
    _run(["cmake", "-S", str(tree), "-B", str(folder / "build"), "-G", _generator(), *args],
         log=log)
    _run(["cmake", "--build", str(folder / "build"), "--config", "Release",
          "-j", str(os.cpu_count() or 2), "--target", *targets], log=log)
    shutil.rmtree(source, ignore_errors=True)
    done.write_text(json.dumps({"args": args, "targets": targets}, indent=1) + "\n")
    return binaries


def _generator() -> str:
    return "Ninja" if shutil.which("ninja") else "Unix Makefiles"


def installed_build(python: str) -> dict[str, object] | None:
    """The marker of the llama-cpp-python installed for ``python``, without importing it
    (importing loads llama.cpp)."""
    code = ("import importlib.util, sys; s = importlib.util.find_spec('llama_cpp'); "
            "print(s.submodule_search_locations[0] if s else '')")
    result = subprocess.run([python, "-c", code], capture_output=True, text=True)
    folder = result.stdout.strip()
    if result.returncode != 0 or not folder:
        return None
    marker = Path(folder) / MARKER
    try:
        return json.loads(marker.read_text())
    except (OSError, ValueError):
        return {}


def check(python: str) -> str | None:
    """None when the installed build is the one this script makes; else why not."""
    found = installed_build(python)
    if found is None:
        return "llama-cpp-python is not installed"
    if not found:
        return ("the installed llama-cpp-python is not Handloom's portable build (a default "
                "build compiles llama.cpp for the CPU that built it)")
    if found.get("key") != build_description()["key"]:
        return "the installed llama-cpp-python was built with other settings"
    return None


def install(wheels: Path, python: str) -> None:
    reason = check(python)
    if reason is None:
        return
    print(f"llama.cpp: {reason}; installing the portable build.", flush=True)
    wheel = build_wheel(wheels, python)
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--force-reinstall", str(wheel)], check=True)
    # its own dependencies (numpy, jinja2, diskcache, typing-extensions), without a build
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    still = check(python)
    if still is not None:
        raise BuildError(f"after installing {wheel.name}: {still}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("install", "wheel", "check", "describe"))
    parser.add_argument("--wheels", type=Path, default=ROOT / ".wheels",
                        help="where built wheels are kept (default: .wheels/)")
    parser.add_argument("--python", default=sys.executable,
                        help="the environment to install into or check (default: this one)")
    args = parser.parse_args(argv)
    try:
        if args.action == "describe":
            print(json.dumps(build_description(), indent=1))
        elif args.action == "check":
            reason = check(args.python)
            if reason:
                print(f"llama.cpp: {reason}", file=sys.stderr)
                return 1
        elif args.action == "wheel":
            print(build_wheel(args.wheels, args.python))
        else:
            install(args.wheels, args.python)
    except BuildError as error:
        print(f"llama_build: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
