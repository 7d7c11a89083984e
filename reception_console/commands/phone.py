"""reception-console phone … — the phone system link: which account rings each line, and the AMI secret.

reception-console phone lines                       every clinic line and the phone account that rings it
reception-console phone account NUMBER ACCOUNT      e.g. +48228431200 sip:clinic-a@pbx.clinic.local
reception-console phone account NUMBER --clear
reception-console phone ami-secret                  store the Asterisk Manager secret in the system keyring
"""

from __future__ import annotations

import argparse
import getpass

from ..platform.settings import Settings
from . import CommandError, fail, guarded, signed_in


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    phone = sub.add_parser("phone", help="the phone system link").add_subparsers(dest="action", required=True)
    phone.add_parser("lines", help="every clinic line and the phone account (or DID) that rings it")
    account = phone.add_parser("account", help="set the phone account (softphone AOR or PBX DID) of a line")
    account.add_argument("number", help="the clinic line, e.g. +48228431200")
    account.add_argument("account", nargs="?", default="", help="e.g. sip:clinic-a@pbx.clinic.local")
    account.add_argument("--clear", action="store_true", help="remove the line's account")
    phone.add_parser("ami-secret", help="store the AMI secret for [telephony.ami] username@host in the keyring")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "ami-secret":
        return _ami_secret(settings)
    return guarded(lambda: _lines(args, settings) if args.action == "lines" else _account(args, settings))


def _lines(args: argparse.Namespace, settings: Settings) -> int:
    from ..storage.repositories.phone_accounts import SqlPhoneAccounts

    with signed_in(settings, getattr(args, "user", None), "phone lines", changes=False, anyone=True) as (
        db,
        _services,
        _actor,
    ):
        for line in SqlPhoneAccounts(db.sessions).lines():
            mapped = settings.telephony.lines
            configured = next((a for a, n in mapped.items() if n == line.number), None)
            where = line.account or (f"{configured} (config.toml)" if configured else "—")
            print(f"{line.number:<16} {where:<40} {line.clinic_name}")
    return 0


def _account(args: argparse.Namespace, settings: Settings) -> int:
    from ..services.phones import InvalidNumberError, normalize
    from ..storage.repositories.phone_accounts import AccountInUseError, SqlPhoneAccounts

    account = args.account.strip()
    if bool(account) == args.clear:
        raise CommandError("Give the account, or --clear to remove it.")
    try:
        number = normalize(args.number, settings.phone_region)
    except InvalidNumberError as error:
        raise CommandError(str(error)) from error
    from ..domain.permissions import Permission
    from ..services.permissions import PermissionDenied, require

    with signed_in(settings, getattr(args, "user", None), "phone account") as (db, _services, actor):
        try:
            require(actor, Permission.EDIT_CARDS)
        except PermissionDenied as error:
            raise CommandError(str(error)) from error
        try:
            found = SqlPhoneAccounts(db.sessions).set_account(number, account or None)
        except AccountInUseError as error:
            raise CommandError(str(error)) from error
    if not found:
        raise CommandError(f"{number} is no clinic's line; `reception-console phone lines` lists them.")
    print(f"{number}: {account or 'no account'}. A running console picks it up within a minute.")
    return 0


def _ami_secret(settings: Settings) -> int:
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
