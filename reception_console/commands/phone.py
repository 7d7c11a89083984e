"""reception-console phone ami-secret — store the Asterisk Manager secret in the system keyring."""

from __future__ import annotations

import argparse
import getpass

from ..platform.settings import Settings
from . import fail


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    phone = sub.add_parser("phone", help="the phone system link").add_subparsers(dest="action", required=True)
    phone.add_parser("ami-secret", help="store the AMI secret for [telephony.ami] username@host in the keyring")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from keyring.errors import KeyringError

    from ..platform.telephony_settings import store_ami_secret

    telephony = settings.telephony
    if not telephony.ami_username:
        return fail("Set [telephony.ami] username (and host) in config.toml first.")
    secret = getpass.getpass(f"AMI secret for {telephony.ami_keyring_user}: ")
    if not secret:
        return fail("Nothing stored: the secret was empty.")
    try:
        store_ami_secret(telephony, secret)
    except KeyringError as error:
        return fail(f"The system keyring refused the secret: {error}")
    print(f"Stored in the system keyring as {telephony.ami_keyring_user}.")
    return 0
