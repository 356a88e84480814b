"""The test run's PostgreSQL: found where Debian puts it, or a failure saying how to install it
(the PostgreSQL variants of the tests are never skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.postgres import PostgresUnavailableError, find_binaries


def fake_install(root: Path, version: str) -> Path:
    folder = root / version / "bin"
    folder.mkdir(parents=True)
    (folder / "initdb").touch()
    (folder / "pg_ctl").touch()
    return folder


def test_the_newest_debian_install_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PG_BIN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    fake_install(tmp_path, "9")
    newest = fake_install(tmp_path, "15")
    assert find_binaries(tmp_path) == newest


def test_without_postgresql_the_run_fails_saying_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PG_BIN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(PostgresUnavailableError, match=r"apt-get install -y postgresql"):
        find_binaries(tmp_path / "nothing")


def test_pg_bin_points_at_the_binaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = fake_install(tmp_path, "16")
    monkeypatch.setenv("PG_BIN", str(chosen))
    assert find_binaries(tmp_path / "nothing") == chosen
    monkeypatch.setenv("PG_BIN", str(tmp_path))  # no initdb there
    with pytest.raises(PostgresUnavailableError, match="holds no initdb"):
        find_binaries()
