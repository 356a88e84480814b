"""A throwaway PostgreSQL cluster for the test run: initdb into a temporary folder, start it on a
free local port, stop it and delete the folder after.

The server's binaries come from ``PG_BIN`` when set, else from ``pg_ctl`` on PATH, else from the
newest ``/usr/lib/postgresql/*/bin`` (Debian's layout). PostgreSQL refuses to run as root, so as
root the cluster is created and run as the ``postgres`` user (which Debian's package creates).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL's server binaries (initdb, pg_ctl) were not found, and the repository tests run "
    "on PostgreSQL too. Install them: `apt-get install -y postgresql` (Debian/Ubuntu; .ci/run "
    "does this), or point PG_BIN at the folder holding initdb and pg_ctl."
)


class PostgresUnavailableError(RuntimeError):
    """The test cluster cannot be created or started."""


def find_binaries(debian: Path = Path("/usr/lib/postgresql")) -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``; raises with how to install them."""
    if os.environ.get("PG_BIN"):
        folder = Path(os.environ["PG_BIN"])
        if (folder / "initdb").exists():
            return folder
        raise PostgresUnavailableError(f"PG_BIN={folder} holds no initdb. {INSTALL_HINT}")
    on_path = shutil.which("pg_ctl")
    if on_path and (Path(on_path).resolve().parent / "initdb").exists():
        return Path(on_path).resolve().parent
    versions = sorted(
        debian.glob("*/bin/initdb"),
        key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    raise PostgresUnavailableError(INSTALL_HINT)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running throwaway cluster; ``url(name)`` is a database on it."""

    folder: Path
    port: int
    bin: Path
    user: str | None
    template_ready: bool = False

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        return subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=120, check=False
        )

    @classmethod
    def start(cls) -> Cluster:
        binaries = find_binaries()
        user = "postgres" if os.geteuid() == 0 else None
        folder = Path(tempfile.mkdtemp(prefix="bot-test-pg-"))
        if user:
            try:
                account = pwd.getpwnam(user)
            except KeyError:
                raise PostgresUnavailableError(
                    "running as root needs a 'postgres' user to run the test cluster as "
                    "(Debian's postgresql package creates it)"
                ) from None
            os.chown(folder, account.pw_uid, account.pw_gid)
        cluster = cls(folder, _free_port(), binaries, user)
        data = str(folder / "data")
        made = cluster._run(
            str(binaries / "initdb"),
            "-D",
            data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        )
        if made.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise PostgresUnavailableError(f"initdb failed:\n{made.stderr[-2000:]}")
        options = (
            f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        started = cluster._run(
            str(binaries / "pg_ctl"),
            "-D",
            data,
            "-l",
            str(folder / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        if started.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace")[-2000:]
            cluster.stop()
            raise PostgresUnavailableError(f"pg_ctl start failed:\n{started.stderr}\n{log}")
        return cluster

    def stop(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.folder / "data"),
            "-m",
            "immediate",
            "-w",
            "stop",
        )
        shutil.rmtree(self.folder, ignore_errors=True)
