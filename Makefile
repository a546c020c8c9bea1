# ClusterDesk: `make run` opens the app on the demo survey, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-noqt test-bundle bundle bench screenshots translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/clusterdesk --demo

test: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Every test outside tests/gui in a venv without PySide6: proves nothing below gui/ needs Qt.
NOQT := .venv-noqt
NOQT_PY := $(NOQT)/bin/python
NOQT_STAMP := $(NOQT)/.installed

$(NOQT_STAMP): pyproject.toml installer/noqt_requirements.py
	test -x $(NOQT_PY) || $(PYTHON) -m venv $(NOQT)
	$(NOQT_PY) -m pip install --quiet --upgrade pip
	$(NOQT_PY) installer/noqt_requirements.py > $(NOQT)/requirements.txt
	$(NOQT_PY) -m pip install --quiet -r $(NOQT)/requirements.txt
	$(NOQT_PY) -m pip install --quiet --no-deps -e .
	! $(NOQT_PY) -c "import PySide6" 2>/dev/null
	touch $(NOQT_STAMP)

# qt_api (pyproject) is pytest-qt's option: unknown here, so its warning is silenced.
test-noqt: $(NOQT_STAMP)
	QT_QPA_PLATFORM=offscreen $(NOQT_PY) -m pytest --ignore=tests/gui -p no:pytestqt \
		-W ignore::pytest.PytestConfigWarning

bundle: $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6"
	$(PY) -m PyInstaller installer/clusterdesk.spec --distpath dist --workpath build/pyinstaller --noconfirm --log-level WARN
	@du -sh dist/ClusterDesk | awk '{print "bundle size: " $$1 " (dist/ClusterDesk)"}'

test-bundle: $(STAMP)
	$(PY) -m pip install --quiet "pyinstaller>=6"
	$(PY) installer/check_bundle.py

screenshots: $(STAMP)
	$(PY) installer/screenshots.py --lang en
	$(PY) installer/screenshots.py --lang nb

translations: $(STAMP)
	$(PY) resources/translations/update.py

bench: $(STAMP)
	$(PY) benchmarks/report_speed.py

clean:
	rm -rf $(VENV) $(NOQT) build dist *.egg-info
