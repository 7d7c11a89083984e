"""The one composition root: settings → database → stores → services → windows. Nothing else wires."""

from __future__ import annotations

import logging
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .platform.paths import resources_dir
from .platform.settings import Settings

if TYPE_CHECKING:  # imported where used: the sign-in window is shown before the services load
    from .platform.instance_lock import InstanceLock
    from .services.console import ConsoleServices, SupervisorServices
    from .services.passwords import PasswordCheckedAhead

log = logging.getLogger(__name__)


def build_services(db, settings: Settings, clock=None) -> ConsoleServices:  # type: ignore[no-untyped-def]
    """Every service of one console on one database; `clock` (UTC now) is for tests and benchmarks."""
    from .domain.calls import utcnow
    from .services.audit import AuditTrail
    from .services.auth import AuthService
    from .services.cards import CardService
    from .services.console import ConsoleServices
    from .services.console_desk import ConsoleDesk
    from .services.deliveries import DeliveryDesk
    from .services.messages import MessageComposer
    from .services.tasks import TaskService
    from .storage.repositories import SqlCallStore, SqlCardStore, SqlPeopleStore, SqlTaskStore
    from .storage.repositories.audit import SqlAuditStore
    from .storage.repositories.outbox import SqlOutbox
    from .storage.repositories.sign_in import SqlSignInFailureStore

    now = clock or utcnow
    cards = SqlCardStore(db.connections)
    calls = SqlCallStore(db.connections)
    people = SqlPeopleStore(db.connections)
    tasks = SqlTaskStore(db.connections)
    audit = AuditTrail(SqlAuditStore(db.connections), clock=now)
    gate = None
    failures = SqlSignInFailureStore(db.connections)
    if db.per_person_logins:  # signing in is connecting as the person's own PostgreSQL login
        from .storage.repositories.logins import PostgresLogins

        gate = PostgresLogins(db)
        failures = None  # nothing to write to before the connection: PostgreSQL logs failed logins itself
    auth = AuthService(people, failures, audit, workstation=platform.node(), clock=now, gate=gate)
    deliveries = DeliveryDesk(SqlOutbox(db.connections), clock=now)
    composer = MessageComposer(cards, sms_parts=settings.notify.sms_parts)
    return ConsoleServices(
        auth=auth,
        desk=ConsoleDesk(
            calls,
            cards,
            region=settings.phone_region,
            clock=now,
            tasks=tasks,
            messages=composer,
            on_queued=deliveries.queued,
        ),
        cards=CardService(cards, calls, audit),
        tasks=TaskService(tasks, clock=now, deliveries=deliveries),
        audit=audit,
        deliveries=deliveries,
        build_supervisor=lambda: _supervisor_services(
            db, cards, people, tasks, audit, settings.phone_region, now, auth, deliveries
        ),
        build_training=lambda: _training_service(db, cards, now, auth),
    )


def _training_service(db, cards, clock, auth):  # type: ignore[no-untyped-def]
    from .services.training import TrainingService
    from .storage.repositories.training import SqlTrainingStore

    return TrainingService(SqlTrainingStore(db.sessions), cards, clock=clock, who=lambda: auth.person)


def senders(notify, typed=None):  # type: ignore[no-untyped-def]
    """The channels config.toml sets up, by medium; secrets are read from the keyring when a message is sent
    (or taken from `typed`, {"smtp": …, "sms": …}, where the admin has just typed one)."""
    from functools import partial

    from .channels.email_sms import EmailToSms
    from .channels.http_sms import HttpSmsGateway
    from .channels.smtp import SmtpChannel
    from .domain.messages import Medium
    from .platform.notify_settings import secret

    def secret_of(name: str):  # type: ignore[no-untyped-def]
        return (lambda: typed[name]) if typed and typed.get(name) else partial(secret, name)

    found = {}
    smtp = SmtpChannel(notify.email, secret_of("smtp"))
    if notify.email.ready:
        found[Medium.EMAIL] = smtp
    if notify.sms_via == "http":
        found[Medium.SMS] = HttpSmsGateway(notify.gateway, secret_of("sms"))
    elif notify.sms_via == "email":
        found[Medium.SMS] = EmailToSms(smtp, notify.sms_email_address)
    return found


def send_test_message(notify, typed, medium: str, to: str, *, language: str = "en", region: str = "PL"):  # type: ignore[no-untyped-def]
    """The admin's *Send test message*: (sent, the server's answer or why not)."""
    from .domain.messages import DeliveryError, Medium
    from .services.channel_check import check_message

    sender = senders(notify, typed).get(Medium(medium))
    if sender is None:
        return False, f"No {'e-mail' if medium == 'email' else 'SMS'} channel is set up."
    try:
        receipt = sender.send(check_message(Medium(medium), to, language, region))
    except (DeliveryError, ValueError) as error:
        return False, getattr(error, "answer", None) or str(error)
    return True, f"{receipt.answer} (id {receipt.provider_id})"


def worker_id(settings: Settings) -> str:
    """This console's name in the outbox's claims: the same after a restart, different on every PC and user."""
    import getpass
    import hashlib
    import socket

    place = hashlib.sha256(str(settings.paths.data).encode()).hexdigest()[:8]
    return f"{socket.gethostname()[:60]}/{getpass.getuser()[:40]}/{place}"


def build_delivery(db, settings: Settings, services: ConsoleServices, clock=None):  # type: ignore[no-untyped-def]
    """The delivery worker on its own thread, woken whenever a call puts a message in the outbox."""
    from .domain.calls import utcnow
    from .services.delivery import DeliveryLoop, DeliveryWorker
    from .storage.repositories.outbox import SqlOutbox

    now = clock or utcnow
    worker = DeliveryWorker(SqlOutbox(db.connections), {}, worker_id=worker_id(settings), clock=now)
    summaries = []

    def prepare() -> None:  # on the worker's thread, off the start-up path: channels (smtplib, ssl, urllib), reports
        worker.set_senders(senders(settings.notify))
        summaries.append(owner_summaries(db, settings, now))

    loop = DeliveryLoop(worker, prepare=prepare, jobs=[lambda: summaries and summaries[0].due()])
    services.deliveries.wake = loop.wake
    return loop


def owner_summaries(db, settings: Settings, clock=None):  # type: ignore[no-untyped-def]
    from .domain.calls import utcnow
    from .domain.permissions import CommandLine
    from .services.reports import ReportService
    from .services.summaries import OwnerSummaries
    from .storage.repositories import SqlCardStore, SqlPeopleStore, SqlTaskStore
    from .storage.repositories.goals import SqlGoalStore
    from .storage.repositories.outbox import SqlOutbox
    from .storage.repositories.reports import SqlReportStore

    now = clock or utcnow
    cards = SqlCardStore(db.connections)
    system = CommandLine("owner's summary")  # the console itself, for the clinic's owner: no person signed in
    reports = ReportService(
        SqlReportStore(db.sessions),
        SqlGoalStore(db.sessions),
        SqlPeopleStore(db.connections),
        cards,
        clock=now,
        who=lambda: system,
    )
    s = settings.notify.summary
    return OwnerSummaries(
        reports,
        cards,
        SqlTaskStore(db.connections),
        SqlOutbox(db.connections),
        now,
        daily=s.daily,
        weekly=s.weekly,
        hour=s.hour,
    )


def _supervisor_services(db, cards, people, tasks, audit, region, clock, auth, deliveries=None) -> SupervisorServices:  # type: ignore[no-untyped-def]
    from .services.card_editor import CardEditor
    from .services.card_exchange import CardExchange
    from .services.console import SupervisorServices
    from .services.knowledge_gaps import KnowledgeGapService
    from .services.people_admin import PeopleAdmin
    from .services.reports import ReportService
    from .services.retention import RetentionService, SubjectRequests
    from .services.worklists import WorkListService
    from .storage.repositories.card_edits import SqlCardEditStore
    from .storage.repositories.goals import SqlGoalStore
    from .storage.repositories.knowledge_gaps import SqlKnowledgeGapStore
    from .storage.repositories.people_admin import SqlPeopleAdminStore
    from .storage.repositories.privacy import SqlPrivacyStore
    from .storage.repositories.reports import SqlReportStore
    from .storage.repositories.visits import SqlVisitStore

    edits = SqlCardEditStore(db.sessions, db.connections)
    editor = CardEditor(edits, clock=clock)
    privacy = SqlPrivacyStore(db.sessions)
    if db.per_person_logins:
        from .storage.repositories.logins import PostgresPeopleAdminStore

        logins = PostgresPeopleAdminStore(db)
        people_admin = PeopleAdmin(logins, audit, secret_for=logins.secret_for)
    else:
        people_admin = PeopleAdmin(SqlPeopleAdminStore(db.connections), audit)
    who = lambda: auth.person  # noqa: E731
    return SupervisorServices(
        editor=editor,
        exchange=CardExchange(edits, clock=clock),
        gaps=KnowledgeGapService(SqlKnowledgeGapStore(db.sessions), editor, clock=clock),
        people=people_admin,
        reports=ReportService(
            SqlReportStore(db.sessions), SqlGoalStore(db.sessions), people, cards, clock=clock, who=who
        ),
        worklists=WorkListService(tasks, SqlVisitStore(db.sessions), clock=clock, who=who, deliveries=deliveries),
        retention=RetentionService(privacy, audit, clock=clock),
        subjects=SubjectRequests(privacy, audit, region=region, clock=clock),
    )


def open_prepared_database(settings: Settings, *, load_demo: bool):  # type: ignore[no-untyped-def]
    """Open the database, migrate it if embedded (a shared one is only checked, and only once someone signed in
    where signing in is connecting), and on an empty embedded one load the demo data."""
    from .storage import migrate
    from .storage.database import open_database
    from .storage.repositories import SqlCardStore, SqlPeopleStore

    db = open_database(settings.effective_database_url)
    if db.per_person_logins:
        return db
    migrate.prepare(db)
    if load_demo and SqlCardStore(db.connections).clinic_count() == 0:
        from .services.demo import load_demo as load

        loaded = load(
            resources_dir() / "demo",
            SqlCardStore(db.connections),
            SqlPeopleStore(db.connections),
            only_if_empty=True,
        )
        if loaded:
            log.info("demo data loaded into %s", db.url)
    return db


DELIVERY_AFTER_SHOWN_MS = 2000
LISTEN_AFTER_SHOWN_MS = 50  # a timer: the next turn of the event loop can come before the first paint
HAND_OVER_TIMEOUT_S = 10.0


@dataclass
class GuiStart:
    """What a console's start does before anything else loads: whether it is the only console of this user and
    data folder (its lock), and an unattended PC's password check, begun on the other core."""

    lock: InstanceLock | None
    first: bool  # False: another console holds the lock, and takes this start's arguments
    user: str | None
    password: str | None = None  # an unattended PC's: --user with RECEPTION_CONSOLE_PASSWORD, or the keyring's
    ahead: PasswordCheckedAhead | None = None


def begin_gui(settings: Settings, user: str | None) -> GuiStart:
    """The first steps of a console's start (`cli` runs them first thing, or the frozen program's first run-time
    hook before Qt loads): the lock, and the password check that then runs while everything else loads."""
    lock, first = _instance_lock(settings)
    if not first:
        return GuiStart(lock, first, user)
    try:
        stored = _stored_sign_in(settings, user)  # --user with the password, or the keyring's
        user, password = stored if stored is not None else (user, None)
        return GuiStart(lock, first, user, password, _check_password_ahead(settings, user, password))
    except BaseException:
        if lock is not None:
            lock.release()  # a start that goes on from the beginning takes it again
        raise


def run_gui(settings: Settings, argv: list[str], start: GuiStart) -> int:
    """Start the console: the sign-in window first (shown before the storage layer is even imported), the
    database and the phone behind it while the person types, then the console window."""
    lock, first, user, password, ahead = start.lock, start.first, start.user, start.password, start.ahead
    from .platform.qt_imports import skip_source_scan_for_known_packages

    skip_source_scan_for_known_packages()  # before PySide6's own imports: it looks at every import from then on
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .platform import start_gc
    from .platform.crash import install_crash_handler
    from .platform.i18n import choose_language, install_translators
    from .platform.logs import route_qt_messages, setup_logging
    from .ui.style import apply_style

    log_file = setup_logging(settings.paths.logs)
    route_qt_messages()
    install_crash_handler(str(log_file))
    app = QApplication.instance() or QApplication(argv)
    QTimer.singleShot(0, start_gc.resume)  # the collector is back once the event loop first runs
    app.setApplicationName("Reception Console")
    app.setOrganizationName("ReceptionConsole")
    app.setDesktopFileName("reception-console")  # the desktop entry: its icon and name in the task bar
    app.setWindowIcon(app_icon())
    from .ui.theme import Theme

    theme = Theme.of(settings.theme)
    apply_style(app, theme)
    translators = install_translators(app, choose_language(settings.language))  # noqa: F841 (kept alive)
    if not first:
        return _hand_over(settings, argv[1:])
    if lock is None and _handed_over(settings, argv[1:]):  # no lock here: the socket alone tells consoles apart
        return 0
    inbox = _inbox(argv[1:], lock)
    exit_when_shown = bool(os.environ.get("RECEPTION_CONSOLE_EXIT_WHEN_SHOWN"))  # start-up bench, smoke tests
    ui_state = QSettings(str(settings.paths.config / "ui.ini"), QSettings.Format.IniFormat)
    dialog = None
    if not (user and password is not None):
        from .ui.console.sign_in import SignInDialog

        dialog = SignInDialog(None, str(ui_state.value("sign_in/last_login", "") or user or ""))
        dialog.show()
        if exit_when_shown:
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
            return app.exec()
        app.processEvents()  # on screen before the storage loads; what is typed meanwhile waits in the queue
        _listen(inbox, settings)

    db = _open_storage(settings, app)
    if db is None:
        return 2
    _warn_about_settings(settings, app)
    services = build_services(db, settings)
    if ahead is not None:
        services.auth.verify = ahead
    delivery = build_delivery(db, settings, services)
    if dialog is not None and not db.read_only:  # its channels and reports load while the person types
        delivery.start()
    phone = PhoneBeforeSignIn(services, settings.telephony, app, dialog)
    inbox.open(phone.handle_argv)
    unattended = dialog is None and user and password is not None
    if unattended and db.per_person_logins:  # signing in is connecting: nothing to build the window with before
        person = _sign_in_now(services, user or "", password or "")
        unattended = False
        if person is None:
            person = _sign_in(services, ui_state, user, None)
    verified = _verify_in_background(services, user or "", password or "") if unattended else None
    if unattended or not db.per_person_logins or dialog is not None:
        person = _unverified_person(services, user or "") if unattended else _sign_in(services, ui_state, user, dialog)
    if person is None and verified is not None:  # no such person: the dialog asks
        verified.cancel()
        verified = None
        person = _sign_in(services, ui_state, user, None)
    if person is None:
        phone.stop()
        delivery.stop()
        db.dispose()
        return 0
    if db.per_person_logins and not _schema_fits(db):  # connected as the person only now
        phone.stop()
        db.dispose()
        return 2
    if db.read_only:
        delivery.stop()  # nothing is sent from a database this console may not write

    from .domain.calls import utcnow
    from .platform.journal import CallJournal
    from .ui.console.main_window import MainWindow
    from .ui.console.voice import find_espeak
    from .ui.supervisor_windows import supervisor_windows

    database_label = (
        app.translate("App", "Embedded database") if settings.is_embedded else app.translate("App", "Shared database")
    )
    window = MainWindow(
        services,
        person,
        region=settings.phone_region,
        database_label=database_label,
        ui_state=ui_state,
        journal=CallJournal(settings.paths.data / "unsaved-calls.json"),
        supervisor_windows=supervisor_windows(services, region=settings.phone_region, clock=utcnow, ui_state=ui_state),
        speech=find_espeak(),
    )
    from .ui.settings_dialog import SettingsAction

    SettingsAction(
        window,
        settings.paths.config / "config.toml",
        settings.language,
        theme=theme,
        apply_theme=lambda chosen: apply_style(app, chosen),
    )
    from .ui.database_dialog import DatabaseAction

    DatabaseAction(window, settings.paths.config / "config.toml", settings.shared)
    from .ui.monthly_test import MonthlyTestAction

    MonthlyTestAction(window, lambda: services.training)
    if person.role.value == "admin":
        from functools import partial

        from .platform.i18n import choose_language
        from .ui.messages_settings import MessageSettingsAction

        send = partial(send_test_message, language=choose_language(settings.language), region=settings.phone_region)
        MessageSettingsAction(window, settings.paths.config / "config.toml", settings.notify, send)
    for call in phone.unattended.kept.values():  # rang while the database was away and nobody signed in
        window.outage.keep(call)
    window.restore_unsaved()
    if db.read_only:
        window.outage.read_only(db.read_only_reason)
    # the window was built and filled while scrypt ran; nothing of it is on screen before the password is right
    if verified is not None and not _verified(verified, person):
        print(f"Cannot sign in as {user!r}: wrong name or password.", file=sys.stderr)
        window.deleteLater()
        phone.stop()
        delivery.stop()
        db.dispose()
        return 2
    window.show()
    from .ui.console.idle_collector import IdleCollector

    IdleCollector.follow(window)
    inbox.open(phone.hand_to(window).handle_argv)
    QTimer.singleShot(LISTEN_AFTER_SHOWN_MS, window, lambda: _listen(inbox, settings))
    # signed in unattended: the window was built meanwhile, so the outbox's worker (whose start imports the mail,
    # SMS and report modules on its thread, holding the interpreter from the window's thread) starts once it is up
    if not db.read_only:
        QTimer.singleShot(DELIVERY_AFTER_SHOWN_MS, window, delivery.start)
    from .platform.daily import DailyJob

    if not db.read_only:
        DailyJob(lambda: daily_purge(services, db, f"{platform.node()} ({person.login})"), window)
    if exit_when_shown:
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    code = app.exec()
    delivery.stop()
    db.dispose()
    return code


def _open_storage(settings: Settings, app):  # type: ignore[no-untyped-def]
    """The database, migrated (and the demo on a first start), or None after telling the person why not."""
    from sqlalchemy.exc import SQLAlchemyError

    from .storage.migrate import SchemaError

    try:
        return open_prepared_database(settings, load_demo=settings.demo_on_first_start and settings.is_embedded)
    except SchemaError as error:
        from .storage.database import open_database

        db = open_database(settings.effective_database_url)
        if _read_only_anyway(db, error):
            return db
        db.dispose()
        _schema_problem(error)
    except SQLAlchemyError as error:
        log.exception("cannot open the database")
        _cannot_open(settings, error)
    return None


def _schema_fits(db) -> bool:  # type: ignore[no-untyped-def]
    """A shared database is checked once someone is connected: at this version's schema, or said why not."""
    from sqlalchemy.exc import SQLAlchemyError

    from .storage import migrate

    try:
        migrate.prepare(db)
    except migrate.SchemaError as error:
        if _read_only_anyway(db, error):
            return True
        _schema_problem(error)
        return False
    except SQLAlchemyError as error:
        log.exception("cannot read the database")
        _cannot_open_url(db.url, error)
        return False
    return True


def _read_only_anyway(db, error) -> bool:  # type: ignore[no-untyped-def]
    """A schema this version does not own, but with every table and column it reads: the console opens to read
    (the card at every ring), the database itself refusing every write, and calls kept on this PC meanwhile."""
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy.exc import SQLAlchemyError

    from .storage import migrate

    if error.revision is None:  # nothing there to read
        return False
    try:
        missing = migrate.unreadable(db)
    except SQLAlchemyError:
        log.exception("cannot read the database's schema")
        return False
    if missing:
        log.warning("schema %s lacks %d table(s)/column(s) this version reads", error.revision, len(missing))
        return False
    log.warning("schema %s is not this version's (%s): opened read-only", error.revision, error.head)
    reason = QCoreApplication.translate(
        "App",
        "Read only: %1 Cards are shown at every ring; calls and what you type are kept on this PC and stored once "
        "that is done.",
    ).replace("%1", _schema_text(error))
    db.make_read_only(reason)
    return True


def _schema_text(error) -> str:  # type: ignore[no-untyped-def]
    from .storage.migrate import SchemaTooNewError
    from .ui.error_text import schema_too_new, schema_too_old

    if isinstance(error, SchemaTooNewError):
        return schema_too_new(error.revision or "", error.head)
    return schema_too_old(error.revision, error.head)


def _schema_problem(error) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("App", "Reception Console"), _schema_text(error))
    return 2


def _cannot_open(settings: Settings, error: BaseException) -> int:
    return _cannot_open_url(settings.effective_database_url, error)


def _cannot_open_url(url: str, error: BaseException) -> int:
    """The database cannot be opened: said with every password masked (the URL and the driver's words alike)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .platform.database_settings import mask_url

    QMessageBox.critical(
        None,
        QCoreApplication.translate("App", "Reception Console"),
        QCoreApplication.translate("App", "The database cannot be opened:\n%1\n\n%2")
        .replace("%1", mask_url(url))
        .replace("%2", mask_url(str(getattr(error, "orig", None) or error))),
    )
    return 2


def _stored_sign_in(settings: Settings, user: str | None) -> tuple[str, str] | None:
    """The sign-in of an unattended PC: --user with RECEPTION_CONSOLE_PASSWORD (benchmarks, tests), or the login of
    `[database] unattended_login` (or --user) with its password from the system keyring (`db connect`)."""
    password = os.environ.get("RECEPTION_CONSOLE_PASSWORD")
    if user and password is not None:
        return user, password
    login = user or settings.shared.unattended_login
    if login:
        from .platform.database_settings import stored_password

        stored = stored_password(settings.effective_database_url, login)
        if stored is not None:
            return login, stored
    return None


def _check_password_ahead(settings: Settings, user: str | None, password: str | None):  # type: ignore[no-untyped-def]
    """An unattended start on an embedded database: its password's scrypt check starts now, on another core, while
    the storage layer loads (the stored hash read with the standard library). None when there is nothing to check
    yet; the sign-in then checks as always."""
    if not user or password is None:
        return None
    from .storage.early_read import stored_password_hash

    stored = stored_password_hash(settings.effective_database_url, user)
    if stored is None:
        return None
    from .services.passwords import PasswordCheckedAhead

    return PasswordCheckedAhead(password, stored)


def _sign_in_now(services: ConsoleServices, user: str, password: str):  # type: ignore[no-untyped-def]
    """Sign in without a dialog; None (and said on stderr and in the log) when refused or unreachable."""
    from .domain.errors import StorageUnavailableError
    from .services.auth import SignInError

    try:
        return services.auth.sign_in(user, password)
    except SignInError:
        log.error("the unattended sign-in as %r was refused", user)
        print(f"Cannot sign in as {user!r}: wrong name or password.", file=sys.stderr)
    except StorageUnavailableError as error:
        log.error("the unattended sign-in could not reach the database: %s", error)
    return None


def _warn_about_settings(settings: Settings, app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    for problem in settings.problems:
        QMessageBox.warning(
            None,
            app.translate("App", "Reception Console"),
            app.translate("App", "A settings file could not be read and was ignored:\n%1").replace("%1", problem),
        )


def _verify_in_background(services: ConsoleServices, user: str, password: str):  # type: ignore[no-untyped-def]
    """Check --user's password (RECEPTION_CONSOLE_PASSWORD: kiosk PCs, benchmarks) on another thread: scrypt
    releases the GIL, so the console window is built meanwhile. It is shown only once the password is right."""
    from concurrent.futures import ThreadPoolExecutor

    from .services.auth import SignInError

    def check():  # type: ignore[no-untyped-def]
        try:
            return services.auth.sign_in(user, password)
        except SignInError:
            return None

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sign-in")
    future = pool.submit(check)
    pool.shutdown(wait=False)  # the thread ends with its one task
    return future


def _unverified_person(services: ConsoleServices, login: str):  # type: ignore[no-untyped-def]
    """Who --user names, to build the window for while the password is checked; None when nobody is."""
    return next((p for p in services.auth.people() if p.login == login.strip() and p.active), None)


def _verified(future, person) -> bool:  # type: ignore[no-untyped-def]
    signed_in = future.result()
    return signed_in is not None and signed_in.id == person.id


def _sign_in(services: ConsoleServices, ui_state, user: str | None, dialog):  # type: ignore[no-untyped-def]
    """Sign in with the dialog already on screen (a new one when the start had none)."""
    from .domain.people import Role

    if dialog is None:
        from .ui.console.sign_in import SignInDialog

        dialog = SignInDialog(None, user or "")
    dialog.ready(services.auth)
    if not dialog.exec() or dialog.person is None:
        return None
    if dialog.person.role is Role.RECEPTIONIST:  # the next person is never offered a supervisor's login
        ui_state.setValue("sign_in/last_login", dialog.person.login)
    return dialog.person


def daily_purge(services: ConsoleServices, db, who: str):  # type: ignore[no-untyped-def]
    """The daily purge, if no console has run it today: calls past their retention, then old backups."""
    from .domain.errors import StorageUnavailableError
    from .platform.backups import prune_backups

    try:
        report = services.retention.run_daily(who)
    except StorageUnavailableError:
        log.warning("daily purge skipped: the database is not reachable")
        return None
    if report is None:
        return None
    path = db.sqlite_path
    removed = prune_backups(path, older_than=services.retention.backup_cutoff()) if path is not None else []
    log.info("daily purge: %d call(s) anonymised, %d old backup(s) removed", report.calls, len(removed))
    return report


def app_icon():  # type: ignore[no-untyped-def]
    """The application's icon in every size drawn (resources/icons, rendered from the SVG by installer/icons.py)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("reception-console-*.png")):
        icon.addFile(str(png))
    return icon


def demo_folder() -> Path:
    return resources_dir() / "demo"


def _instance_lock(settings: Settings):  # type: ignore[no-untyped-def]
    """(the lock, True) for the console of this user and data folder; (None, False) when another console holds it;
    (None, True) when no lock can be taken here (the local socket alone then tells consoles apart)."""
    from .platform import instance_lock

    try:
        lock = instance_lock.take(settings.paths.data)
    except OSError as error:
        log.warning("no single-console lock in %s: %s", settings.paths.data, error)
        return None, True
    return lock, lock is not None


def _hand_over(settings: Settings, args: list[str]) -> int:
    """Another console runs (or is starting, its socket opens once its window is up): it takes `args`."""
    import time

    deadline = time.monotonic() + HAND_OVER_TIMEOUT_S
    while not _handed_over(settings, args, timeout_ms=1000):
        if time.monotonic() > deadline:
            log.error("another console holds the lock but does not answer on its socket")
            print("Reception Console is already running for this user but does not answer.", file=sys.stderr)
            return 1
        time.sleep(0.1)
    log.info("another console is running: arguments handed over")
    return 0


def _handed_over(settings: Settings, args: list[str], timeout_ms: int = 3000) -> bool:
    """Whether a console answering on this user's socket took `args`."""
    from .platform.ipc import send, server_name

    return send(server_name(settings.paths), args, timeout_ms=timeout_ms)


def _inbox(args: list[str], lock):  # type: ignore[no-untyped-def]
    """Where later starts' arguments wait for the window; a start by a click on a number waits there first."""
    from .platform.inbox import Inbox
    from .services.phone_links import link_in

    inbox = Inbox(lock)
    if link_in(args) is not None:  # started by a click on a number: the call waits for the window like a later one
        inbox.put(args)
    return inbox


def _listen(inbox, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """Open the socket later starts hand their arguments to (once the first window is up: it costs Qt's network
    module); once only."""
    from .platform.ipc import server_name

    if inbox.server is None and not inbox.listen(server_name(settings.paths)):
        log.warning("another console answers on this user's socket: later starts go to it, not to this one")


class PhoneBeforeSignIn:
    """The phone from the moment the database is open: command-line events always, baresip or Asterisk AMI when
    configured. Until someone signs in, events are recorded without a receptionist (and announced on the sign-in
    window); `hand_to` gives the same phone to the console window."""

    def __init__(self, services: ConsoleServices, telephony, parent, dialog=None, *, start: bool = True) -> None:  # type: ignore[no-untyped-def]
        from .services.unattended import UnattendedDesk
        from .telephony.command_line import CommandLineEvents
        from .telephony.lines import CachedLineMap, LineMap

        self.telephony = telephony
        self.lines = CachedLineMap(
            lambda: LineMap.build(((x.number, x.telephony_account) for x in services.cards.lines()), telephony.lines)
        )
        self.parse = CommandLineEvents(self.lines).event
        self._dialog = dialog
        self._services = services
        self.links: list[list[str]] = []  # starts' arguments with a phone link, for the window
        self.unattended = UnattendedDesk(services.desk, self._announce)
        self.source = _phone_source(telephony, self.lines, parent)
        if self.source is not None:
            self.source.call_event.connect(self.unattended.deliver)
            if start:
                self.source.start()

    def _announce(self, call) -> None:  # type: ignore[no-untyped-def]
        if self._dialog is None:
            return
        from PySide6.QtCore import QCoreApplication

        from .ui.formatting import phone

        clinic = next((x.clinic_name for x in self._services.cards.lines() if x.clinic_id == call.clinic_id), "")
        text = QCoreApplication.translate(
            "App", "The phone is ringing: %1 — %2. Sign in to answer; the call is recorded."
        )
        self._dialog.announce_ring(text.replace("%1", clinic or phone(call.line)).replace("%2", phone(call.caller)))

    def handle_argv(self, argv: list[str]) -> None:
        """`reception-console call …` while nobody is signed in: recorded the same way. A clicked phone link
        waits for the console window, which starts the call."""
        from .services.phone_links import link_in

        if argv and argv[0] != "call" and link_in(argv) is not None:
            self.links.append(argv)
            return
        if not argv or argv[0] != "call":
            return
        try:
            event = self.parse(argv)
        except ValueError as error:
            log.warning("command-line call event ignored: %s", error)
            return
        self.unattended.deliver(event)

    def hand_to(self, window):  # type: ignore[no-untyped-def]
        """The console window takes the phone over: its events, answering, dialling, ring attention."""
        self._dialog = None
        if self.source is not None:
            self.source.call_event.disconnect(self.unattended.deliver)
        bridge = _bridge(window, self.telephony, self.parse, self.source)
        if self.links:
            from PySide6.QtCore import QTimer

            links, self.links = self.links, []
            QTimer.singleShot(0, window, lambda: [bridge.handle_argv(argv) for argv in links])  # once it is up
        return bridge

    def stop(self) -> None:
        if self.source is not None:
            self.source.stop()


def wire_telephony(window, services: ConsoleServices, telephony, *, start: bool = True):  # type: ignore[no-untyped-def]
    """The phone side of a window that is already signed in (tests, benchmarks)."""
    return PhoneBeforeSignIn(services, telephony, window, start=start).hand_to(window)


def _bridge(window, telephony, parse, source):  # type: ignore[no-untyped-def]
    """The phone side of one window: the bridge for its events and the ring's attention."""
    from .ui.console.phone_bridge import PhoneBridge
    from .ui.console.ring_attention import RingAttention

    attention = RingAttention(window, telephony.on_ring, telephony.tray)
    bridge = PhoneBridge(window, attention, parse)
    if source is not None:
        source.setParent(window)
        bridge.attach(source)
    return bridge


def _phone_source(telephony, lines, parent):  # type: ignore[no-untyped-def]
    from .telephony.link import Backoff

    backoff = Backoff(maximum=telephony.reconnect_max_seconds)
    if telephony.source == "baresip":
        from .telephony.baresip import BaresipSource

        return BaresipSource(
            telephony.baresip_host,
            telephony.baresip_port,
            lines,
            dial_uri=telephony.dial_uri,
            backoff=backoff,
            parent=parent,
        )
    if telephony.source == "ami":
        if not telephony.ami_username:
            log.error("telephony.source is ami but [telephony.ami] username is not set; not connecting")
            return None
        from .platform.telephony_settings import ami_secret
        from .telephony.ami import AmiSource

        return AmiSource(
            telephony.ami_host,
            telephony.ami_port,
            telephony.ami_username,
            ami_secret(telephony),
            lines,
            telephony.ami_interfaces,
            originate_channel=telephony.originate_channel,
            originate_context=telephony.originate_context,
            backoff=backoff,
            parent=parent,
        )
    return None
