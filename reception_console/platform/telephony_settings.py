"""The `[telephony]` part of config.toml: which phone system to follow and how a ring gets attention.

[telephony]
source = "baresip"        # "baresip", "ami", or "" (only `reception-console call …` events)
on_ring = "raise"         # "raise" the window, "flash" it in the task bar, or "none"
tray = true               # a tray notification for each ring, where the desktop has a tray
[telephony.baresip]
host = "127.0.0.1"
port = 4444
dial = "{number}"         # what Call back dials; e.g. "sip:{number}@pbx.example.com"
[telephony.ami]
host = "pbx.clinic.local"
port = 5038
username = "console"      # the secret lives in the system keyring: reception-console phone ami-secret
interfaces = ["PJSIP/101"]  # the receptionist's phone(s) or queue member interface(s)
originate_channel = "PJSIP/101"
originate_context = "from-internal"
[telephony.lines]         # account or DID → clinic line, where phone_lines.telephony_account is empty
"sip:clinic-a@127.0.0.1" = "+48228431200"
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from typing import Any

SOURCES = ("", "baresip", "ami")
ON_RING = ("raise", "flash", "none")
KEYRING_SERVICE = "ReceptionConsole"
log = logging.getLogger(__name__)
AMI_SECRET_ENV = "RECEPTION_CONSOLE_AMI_SECRET"


@dataclass(frozen=True)
class TelephonySettings:
    source: str = ""
    on_ring: str = "raise"
    tray: bool = True
    baresip_host: str = "127.0.0.1"
    baresip_port: int = 4444
    dial_uri: str = "{number}"
    ami_host: str = "127.0.0.1"
    ami_port: int = 5038
    ami_username: str = ""
    ami_interfaces: tuple[str, ...] = ()
    originate_channel: str = ""
    originate_context: str = "from-internal"
    reconnect_max_seconds: float = 10.0
    lines: dict[str, str] = field(default_factory=dict)

    @property
    def ami_keyring_user(self) -> str:
        return f"ami:{self.ami_username}@{self.ami_host}"


def _problem(problems: list[str], text: str) -> None:
    log.error("config: %s", text)
    problems.append(text)


def _port(value: Any, default: int, problems: list[str], where: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 65536:
        return value
    _problem(problems, f"{where}: port {value!r} is not a port number; using {default}")
    return default


def merge_telephony(base: TelephonySettings, data: dict[str, Any], problems: list[str]) -> TelephonySettings:
    """Apply one config file's `[telephony]` table; wrong values are reported and replaced by the previous."""
    if not isinstance(data, dict) or not data:
        return base
    out = base
    source = str(data.get("source", out.source)).strip().lower()
    if source not in SOURCES:
        _problem(problems, f"telephony.source {source!r} is not one of baresip, ami or empty; ignored")
        source = out.source
    on_ring = str(data.get("on_ring", out.on_ring)).strip().lower()
    if on_ring not in ON_RING:
        _problem(problems, f"telephony.on_ring {on_ring!r} is not one of raise, flash, none; ignored")
        on_ring = out.on_ring
    out = replace(out, source=source, on_ring=on_ring, tray=bool(data.get("tray", out.tray)))
    if isinstance(data.get("reconnect_max_seconds"), int | float):
        out = replace(out, reconnect_max_seconds=max(0.5, float(data["reconnect_max_seconds"])))
    baresip = data.get("baresip", {})
    if isinstance(baresip, dict) and baresip:
        out = replace(
            out,
            baresip_host=str(baresip.get("host", out.baresip_host)),
            baresip_port=_port(baresip.get("port", out.baresip_port), out.baresip_port, problems, "telephony.baresip"),
            dial_uri=str(baresip.get("dial", out.dial_uri)),
        )
    ami = data.get("ami", {})
    if isinstance(ami, dict) and ami:
        interfaces = ami.get("interfaces", list(out.ami_interfaces))
        if isinstance(interfaces, str):
            interfaces = [interfaces]
        out = replace(
            out,
            ami_host=str(ami.get("host", out.ami_host)),
            ami_port=_port(ami.get("port", out.ami_port), out.ami_port, problems, "telephony.ami"),
            ami_username=str(ami.get("username", out.ami_username)),
            ami_interfaces=tuple(str(i) for i in interfaces if str(i).strip()),
            originate_channel=str(ami.get("originate_channel", out.originate_channel)),
            originate_context=str(ami.get("originate_context", out.originate_context)),
        )
    lines = data.get("lines", {})
    if isinstance(lines, dict) and lines:
        out = replace(out, lines={**out.lines, **{str(k): str(v) for k, v in lines.items()}})
    return out


def ami_secret(settings: TelephonySettings) -> str:
    """The AMI secret: from the system keyring (or RECEPTION_CONSOLE_AMI_SECRET on kiosk and test machines)."""
    from_env = os.environ.get(AMI_SECRET_ENV)
    if from_env:
        return from_env
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, settings.ami_keyring_user) or ""
    except KeyringError:
        return ""


def store_ami_secret(settings: TelephonySettings, secret: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, settings.ami_keyring_user, secret)
