"""E-mail over SMTP (STARTTLS, SMTPS or plain on a trusted relay), with login; Python's smtplib and email."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate

from ..domain.messages import DeliveryError, OutboxItem, Receipt
from .settings import SmtpSettings


def build_email(item: OutboxItem, settings: SmtpSettings, to: str | None = None) -> EmailMessage:
    """The e-mail of an outbox message; its Message-ID is the message's key, the same on every attempt."""
    mail = EmailMessage(policy=SMTP)
    mail["From"] = formataddr((settings.sender_name, settings.sender)) if settings.sender_name else settings.sender
    mail["To"] = to or item.to
    mail["Subject"] = item.subject
    mail["Date"] = formatdate(item.created_at.timestamp(), usegmt=True)
    mail["Message-ID"] = item.message_id
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(item.text, cte="quoted-printable")  # 7-bit safe for any server
    if item.html:
        mail.add_alternative(item.html, subtype="html", cte="quoted-printable")
    return mail


def _answer(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}"


class SmtpChannel:
    def __init__(self, settings: SmtpSettings, password: Callable[[], str]) -> None:
        self.settings = settings
        self._password = password

    def send(self, item: OutboxItem) -> Receipt:
        return self.submit(build_email(item, self.settings), item.to)

    def submit(self, mail: EmailMessage, to: str) -> Receipt:
        s = self.settings
        if not s.ready:
            raise DeliveryError("E-mail is not set up: the SMTP server and the sender's address are needed.")
        try:
            with self._connect() as server:
                if s.username:
                    password = self._password()
                    if not password.isascii():  # smtplib sends logins as ASCII only
                        raise DeliveryError(
                            "The SMTP password has letters outside ASCII, which SMTP login cannot carry.",
                            permanent=True,
                        )
                    server.login(s.username, password)
                code, text = server.mail(s.sender)
                if code != 250:
                    raise smtplib.SMTPSenderRefused(code, text, s.sender)
                code, text = server.rcpt(to)
                if code not in (250, 251):
                    raise smtplib.SMTPRecipientsRefused({to: (code, text)})
                code, text = server.data(mail.as_bytes())
                return Receipt(provider_id=_queue_id(text), answer=_answer(code, text))
        except smtplib.SMTPAuthenticationError as error:
            raise DeliveryError(
                f"The mail server refused the login of {s.username}: {_answer(error.smtp_code, error.smtp_error)}",
                permanent=True,
            ) from error
        except smtplib.SMTPRecipientsRefused as error:
            code, text = next(iter(error.recipients.values()))
            raise DeliveryError(
                f"The mail server refused the recipient: {_answer(code, text)}", permanent=code >= 500
            ) from error
        except smtplib.SMTPNotSupportedError as error:
            raise DeliveryError(f"The mail server does not offer what is set up: {error}", permanent=True) from error
        except smtplib.SMTPResponseException as error:
            raise DeliveryError(
                f"The mail server answered {_answer(error.smtp_code, error.smtp_error)}",
                permanent=error.smtp_code >= 500,
            ) from error
        except ssl.SSLCertVerificationError as error:
            raise DeliveryError(f"The mail server's certificate is not trusted: {error.verify_message}") from error
        except (smtplib.SMTPException, OSError) as error:  # refused, unreachable, timed out, dropped
            raise DeliveryError(
                f"The mail server {s.host}:{s.port} could not be reached: {error or type(error).__name__}"
            ) from error

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file or None)
        if s.security == "ssl":
            return smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
        server = smtplib.SMTP(s.host, s.port, timeout=s.timeout, local_hostname=_hostname())
        try:
            if s.security == "starttls":
                server.starttls(context=context)
            server.ehlo()
        except BaseException:
            server.close()
            raise
        return server


def _hostname() -> str:
    name = socket.getfqdn()
    return name if name and name.isascii() else "localhost"


def _queue_id(text: bytes) -> str:
    """The server's id for the message, from its answer to DATA ("2.0.0 Ok: queued as 4B7C2"), or its answer."""
    words = text.decode("utf-8", "replace").strip()
    marker = "queued as "
    at = words.lower().rfind(marker)
    return words[at + len(marker) :].split()[0] if at >= 0 and words[at + len(marker) :].split() else words
