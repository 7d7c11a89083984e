"""A real softphone for tests and benchmarks: baresip (the receptionist's phone) and sipp (the patient) on
loopback — inside a private network namespace when root, so parallel runs never meet and nothing leaves the box.

    lab = SoftphoneLab.create(tmp_path)     # skips (pytest) or raises Unavailable with the reason
    lab.start()                             # baresip up, ctrl_tcp listening
    source.link.around_connect = lab.entered    # the console's socket is opened inside the namespace
    lab.call("clinic-a", "+48600111222", "Jan Kowalski", ring_ms=2000)   # a sipp caller; returns its process

Recipe and protocol facts: baresip 1.0.0 + sipp 3.6.1 on Debian 12 (`installer/linux/system-deps.sh test`
installs both when run as root).
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent / "e2e" / "softphone"
ROOT = Path(__file__).resolve().parents[1]
CLONE_NEWNET = 0x40000000
ACCOUNTS = ("clinic-a", "clinic-b", "clinic-c")  # c answers by itself (answermode=auto)


class Unavailable(RuntimeError):
    """The real softphone cannot run here; the message says why."""


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing_programs() -> list[str]:
    return [p for p in ("baresip", "sipp") if shutil.which(p) is None]


def ensure_programs() -> None:
    """Install baresip and sipp when missing and we are root; else say what is missing."""
    if missing_programs() and is_root():
        subprocess.run([str(ROOT / "installer" / "linux" / "system-deps.sh"), "test"], check=False, timeout=600)
    missing = missing_programs()
    if missing:
        raise Unavailable(
            f"{' and '.join(missing)} not installed and not root to install them "
            "(apt-get install baresip-core sip-tester, or run make test as root)"
        )


class NetNamespace:
    """A private network namespace (loopback only) held open by a sleeping process."""

    def __init__(self) -> None:
        self._holder = subprocess.Popen(["unshare", "--net", "--", "sleep", "infinity"])
        self.path = f"/proc/{self._holder.pid}/ns/net"
        deadline = time.monotonic() + 5
        while os.readlink(self.path) == os.readlink("/proc/self/ns/net"):
            if time.monotonic() > deadline or self._holder.poll() is not None:
                raise Unavailable("unshare --net did not give a new network namespace")
            time.sleep(0.01)
        subprocess.run(self.wrap(["ip", "link", "set", "lo", "up"]), check=True, timeout=10)
        self._libc = ctypes.CDLL(None, use_errno=True)

    def wrap(self, command: list[str]) -> list[str]:
        return ["nsenter", f"--net={self.path}", "--", *command]

    @contextlib.contextmanager
    def entered(self) -> Iterator[None]:
        """Sockets created meanwhile by this thread belong to the namespace (and stay there after)."""
        home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
        target = os.open(self.path, os.O_RDONLY)
        try:
            if self._libc.setns(target, CLONE_NEWNET) != 0:
                raise OSError(ctypes.get_errno(), "setns into the test namespace")
            try:
                yield
            finally:
                if self._libc.setns(home, CLONE_NEWNET) != 0:
                    raise OSError(ctypes.get_errno(), "setns back")
        finally:
            os.close(home)
            os.close(target)

    def close(self) -> None:
        self._holder.kill()
        self._holder.wait(timeout=10)


def _free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Ports:
    sip: int
    ctrl: int
    rtp: tuple[int, int]
    first_caller: int


class SoftphoneLab:
    def __init__(self, workdir: Path, namespace: NetNamespace | None, ports: Ports) -> None:
        self.workdir = workdir
        self.namespace = namespace
        self.ports = ports
        self.baresip: subprocess.Popen[bytes] | None = None
        self._callers = itertools.count()
        self.log = workdir / "baresip.log"

    @classmethod
    def create(cls, workdir: Path) -> SoftphoneLab:
        ensure_programs()
        shared = os.environ.get("RECEPTION_CONSOLE_TEST_SHARED_NETWORK")  # exercise the non-root way as root
        if is_root() and not shared and shutil.which("unshare") and shutil.which("nsenter"):
            return cls(workdir, NetNamespace(), Ports(5060, 4444, (10000, 10100), 5070))
        sip = _free_port(socket.SOCK_DGRAM)
        rtp = 20000 + (os.getpid() % 400) * 100
        return cls(workdir, None, Ports(sip, _free_port(), (rtp, rtp + 98), _free_port(socket.SOCK_DGRAM)))

    @property
    def private(self) -> bool:
        return self.namespace is not None

    def entered(self) -> contextlib.AbstractContextManager[None]:
        return self.namespace.entered() if self.namespace else contextlib.nullcontext()

    def _command(self, command: list[str]) -> list[str]:
        return self.namespace.wrap(command) if self.namespace else command

    def start(self, timeout: float = 20) -> None:
        home = self.workdir / "home" / ".baresip"
        home.mkdir(parents=True, exist_ok=True)
        config = (HERE / "config.template").read_text()
        config = config.replace("{sip_port}", str(self.ports.sip)).replace("{ctrl_port}", str(self.ports.ctrl))
        config = config.replace("{rtp_ports}", f"{self.ports.rtp[0]}-{self.ports.rtp[1]}")
        (home / "config").write_text(config)
        shutil.copy(HERE / "accounts", home / "accounts")  # calls find their account by the user part alone
        log = self.log.open("ab")
        self.baresip = subprocess.Popen(
            self._command(["baresip", "-f", str(home)]),
            env={**os.environ, "HOME": str(home.parent)},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.wait_listening(timeout)

    def wait_listening(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.baresip is None or self.baresip.poll() is not None:
                raise Unavailable(f"baresip exited at start; see {self.log}")
            with self.entered(), socket.socket() as probe:
                probe.settimeout(0.5)
                if probe.connect_ex(("127.0.0.1", self.ports.ctrl)) == 0:
                    return
            if time.monotonic() > deadline:
                raise Unavailable(f"baresip's ctrl_tcp did not listen within {timeout:.0f} s; see {self.log}")
            time.sleep(0.05)

    def kill(self) -> None:
        """As if it crashed: SIGKILL, no goodbye on ctrl_tcp."""
        if self.baresip is not None:
            self.baresip.send_signal(signal.SIGKILL)
            self.baresip.wait(timeout=10)
            self.baresip = None

    def stop(self) -> None:
        if self.baresip is not None:
            self.baresip.terminate()
            try:
                self.baresip.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.baresip.kill()
                self.baresip.wait(timeout=10)
            self.baresip = None

    def close(self) -> None:
        self.stop()
        if self.namespace:
            self.namespace.close()

    # --- callers ------------------------------------------------------------------------------------------

    def _caller_ports(self) -> tuple[int, int]:
        n = next(self._callers)
        if self.namespace:
            return self.ports.first_caller + 2 * (n % 500), 16000 + 10 * (n % 1000)
        return _free_port(socket.SOCK_DGRAM), _free_port(socket.SOCK_DGRAM)

    def sipp(self, scenario: str, *args: str, log_name: str | None = None) -> subprocess.Popen[bytes]:
        port, media = self._caller_ports()
        command = [
            "sipp", *args, "-sf", str(HERE / scenario), "-i", "127.0.0.1", "-p", str(port),
            "-mi", "127.0.0.1", "-mp", str(media), "-m", "1", "-nostdin", "-timeout", "40s", "-timeout_error",
        ]  # fmt: skip
        if log_name:
            command += ["-trace_logs", "-log_file", str(self.workdir / log_name)]
        return subprocess.Popen(
            self._command(command), cwd=self.workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )

    def call(
        self, line: str, caller: str, name: str = "", *, ring_ms: int = 2000, answered: bool = False,
        log_name: str | None = None,
    ) -> subprocess.Popen[bytes]:  # fmt: skip
        """A patient calls `line` (an account: clinic-a…): rings `ring_ms` then hangs up, or — `answered` — waits
        up to 15 s for an answer, talks `ring_ms` and hangs up."""
        scenario = "uac_answered.xml" if answered else "uac_missed.xml"
        return self.sipp(
            scenario, f"127.0.0.1:{self.ports.sip}", "-s", line, "-key", "caller_num", caller,
            "-key", "caller_name", name or caller, "-d", str(ring_ms), log_name=log_name,
        )  # fmt: skip

    def unknown_line(self, line: str, caller: str) -> subprocess.Popen[bytes]:
        return self.sipp("uac_unknown.xml", f"127.0.0.1:{self.ports.sip}", "-s", line, "-key", "caller_num", caller,
                         "-key", "caller_name", caller)  # fmt: skip

    def patient_phone(self, talk_ms: int = 1000, messages: Path | None = None) -> tuple[subprocess.Popen[bytes], int]:
        """A patient's phone that answers a callback, talks `talk_ms` and hangs up: (process, its SIP port).
        `messages`: a file that gets every SIP message it received and sent."""
        port, media = self._caller_ports()
        command = [
            "sipp", "-sf", str(HERE / "uas_answer_then_bye.xml"), "-i", "127.0.0.1", "-p", str(port),
            "-mi", "127.0.0.1", "-mp", str(media), "-m", "1", "-d", str(talk_ms), "-nostdin",
            "-timeout", "40s", "-timeout_error",
        ]  # fmt: skip
        if messages is not None:
            command += ["-trace_msg", "-message_file", str(messages)]
        process = subprocess.Popen(
            self._command(command), cwd=self.workdir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        return process, port
