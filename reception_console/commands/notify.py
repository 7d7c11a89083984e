"""reception-console notify … — the channels that carry messages out: their secrets, and a test message.

reception-console notify secret smtp             store the SMTP password in the system keyring
reception-console notify secret sms              store the SMS gateway's API token ({secret} in [notify.sms.http])
reception-console notify test email ADDRESS      send a test e-mail now and print the server's answer
reception-console notify test sms NUMBER         the same by SMS
reception-console notify outbox                  the newest messages and their delivery state
"""

from __future__ import annotations

import argparse
import getpass
import sys

from ..platform.settings import Settings
from . import CommandError, database, fail, guarded


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    notify = sub.add_parser("notify", help="e-mail and SMS: secrets, a test message, the outbox")
    actions = notify.add_subparsers(dest="action", required=True)
    secret = actions.add_parser("secret", help="store a channel's password or token in the system keyring")
    secret.add_argument("name", choices=("smtp", "sms"))
    test = actions.add_parser("test", help="send a test message now and print the server's answer")
    test.add_argument("medium", choices=("email", "sms"))
    test.add_argument("to", help="an e-mail address or a mobile number")
    actions.add_parser("outbox", help="the newest messages and their delivery state")


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "secret":
        return _secret(args.name)
    if args.action == "test":
        return guarded(lambda: _test(args.medium, args.to, settings))
    return guarded(lambda: _outbox(settings))


def _secret(name: str) -> int:
    from keyring.errors import KeyringError

    from ..platform.notify_settings import store_secret

    value = getpass.getpass(f"{'SMTP password' if name == 'smtp' else 'SMS gateway token'}: ")
    if not value:
        return fail("Nothing stored: it was empty.")
    try:
        store_secret(name, value)
    except KeyringError as error:
        return fail(f"The system keyring refused it: {error}")
    print(f"Stored in the system keyring as notify:{name}.")
    return 0


def _test(medium: str, to: str, settings: Settings) -> int:
    from ..app import senders
    from ..domain.messages import DeliveryError, Medium
    from ..services.channel_check import check_message

    sender = senders(settings.notify).get(Medium(medium))
    if sender is None:
        raise CommandError(f"No {medium} channel is set up in config.toml ([notify]).")
    try:
        item = check_message(Medium(medium), to, settings.language or "en", settings.phone_region)
    except ValueError as error:
        raise CommandError(str(error)) from error
    try:
        receipt = sender.send(item)
    except DeliveryError as error:
        print(f"Not sent: {error.answer}", file=sys.stderr)
        return 1
    print(f"Sent. The server's id: {receipt.provider_id}; its answer: {receipt.answer}")
    return 0


def _outbox(settings: Settings) -> int:
    from ..domain.messages import mask_address
    from ..storage.repositories.outbox import SqlOutbox

    with database(settings) as db:
        for item in SqlOutbox(db.connections).items(limit=50):
            when = item.sent_at.isoformat(timespec="seconds") if item.sent_at else ""
            print(
                f"{item.id:>6} {item.kind:<8} {item.medium:<5} {mask_address(item.to):<24} {item.state:<8} "
                f"{item.attempts:>2} {when:<25} {item.answer[:80]}"
            )
    return 0
