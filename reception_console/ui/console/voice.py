"""The virtual patient's voice: each line spoken by `espeak-ng` in the clinic's language, in its own process, so the
console never waits for it. Where espeak-ng is not installed the lines are shown only, and nothing complains."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QProcess

log = logging.getLogger(__name__)
PROGRAM = "espeak-ng"
VOICES = {"pl": "pl", "ru": "ru", "en": "en-gb"}


def find_espeak() -> str | None:
    return shutil.which(PROGRAM)


class Voice(QObject):
    """Speaks one line at a time: a new line stops the one still being spoken. `wav_dir` writes each line to a
    numbered wave file instead of the speakers (for a check without a sound card)."""

    def __init__(self, program: str | None, parent: QObject | None = None, *, wav_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.wav_dir = wav_dir
        self.process: QProcess | None = None
        self.spoken = 0

    @property
    def available(self) -> bool:
        return self.program is not None

    def say(self, text: str, language: str) -> bool:
        """Start speaking `text`; False when there is no voice (the line is on screen anyway)."""
        if self.program is None or not text.strip():
            return False
        self.stop()
        arguments = ["-v", VOICES.get(language, VOICES["en"])]
        if self.wav_dir is not None:
            arguments += ["-w", str(self.wav_dir / f"line-{self.spoken + 1}.wav")]
        process = QProcess(self)
        process.errorOccurred.connect(lambda error: log.info("espeak-ng could not speak (%s)", error.name))
        process.start(self.program, [*arguments, "--", text])  # the text is an argument, never a shell's
        self.process = process
        self.spoken += 1
        return True

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(200)
        process.deleteLater()
