# Every target bootstraps what it needs: a fresh Debian 12 machine needs nothing but `make`.
PY          ?= python3
VENV        := .venv
BOOT        := .cache/bootstrap
UV          := $(BOOT)/bin/uv
UV_VERSION  := 0.13.8
SYNCED      := $(VENV)/.synced
PYTHON      := $(VENV)/bin/python
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PY)

.PHONY: run test bench lint dist screenshots translations translations-update clean

run: $(SYNCED) translations
	installer/linux/system-deps.sh gui
	$(PYTHON) -m reception_console

test: $(SYNCED) translations
	installer/linux/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m pytest $(PYTEST_ARGS)

bench: $(SYNCED) translations
	installer/linux/system-deps.sh test
	QT_QPA_PLATFORM=offscreen $(PYTHON) -m bench

lint: $(SYNCED)
	$(VENV)/bin/ruff check reception_console tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

screenshots: $(SYNCED) translations
	installer/linux/system-deps.sh screenshots
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.screenshots docs
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.screenshots docs --language pl
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.screenshots docs --language ru
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.screenshots docs --theme dark --suffix=-dark
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.5 $(PYTHON) -m bench.screenshots docs --suffix=-150
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.dashboard_shots docs
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.practice_shots docs
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.practice_shots docs --theme dark --suffix=-dark
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.dashboard_shots docs --theme dark --only-overview
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.editor_shots docs
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.editor_shots docs --language pl
	xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb $(PYTHON) -m bench.training_shots docs

# the one-folder program (dist/reception-console) and its Debian package (dist/reception-console_*.deb)
dist: $(SYNCED) translations
	installer/linux/system-deps.sh dist
	$(PYTHON) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		installer/reception-console.spec
	installer/linux/build-deb.sh dist/reception-console dist

translations: $(SYNCED)
	@$(PYTHON) -m reception_console.platform.build_translations

$(UV):
	installer/linux/system-deps.sh python
	$(PY) -m venv $(BOOT)
	$(BOOT)/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(SYNCED): $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --all-extras --all-groups --quiet
	@touch $@

clean:
	rm -rf $(VENV) .cache build dist .pytest_cache

translations-update: $(SYNCED)
	$(PYTHON) -m reception_console.platform.build_translations update
