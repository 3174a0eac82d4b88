# Small but Strong: the two commands a new user types are `make demo` and `make test`.
# Both install what they need (Debian packages, a venv for test tools) and are idempotent.

SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-shapely python3-scipy \
	python3-venv xvfb xauth poppler-utils qttools5-dev-tools pyqt5-dev-tools fonts-noto-cjk fonts-noto-core
PIP_PACKAGES := pytest hypothesis pytest-qgis
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: deps venv test demo zip styles clean test-matrix print-apt-packages

deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)

$(VENV)/.stamp: Makefile
	$(PY) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	touch $@

venv: deps $(VENV)/.stamp

test: venv
	$(VPY) -m pytest $(or $(PYTEST_ARGS),tests)

demo: deps
	bash scripts/demo.sh

styles: deps
	$(PY) scripts/make_styles.py

# The plugin archive as the QGIS plugin repository takes it (git archive of HEAD without the
# developer files listed in .gitattributes), checked as the repository checks an upload.
zip: deps
	rm -f dist/small_but_strong-$(VERSION).zip
	mkdir -p dist
	git archive --format=zip --prefix=small_but_strong/ -o dist/small_but_strong-$(VERSION).zip HEAD
	$(PY) scripts/check_package.py dist/small_but_strong-$(VERSION).zip

# The whole suite and the demo on QGIS 3.40 LTR and 3.44 LTR, each in a Debian root built once
# under .matrix/ (needs root or sudo for mmdebstrap and chroot); one line per version at the end.
test-matrix:
	bash scripts/matrix.sh

print-apt-packages:
	@echo $(APT_PACKAGES)

clean:
	rm -rf build dist output .qgis-profile .qgis-settings

clean-matrix:
	bash scripts/matrix.sh --remove

# Korean translation: extract every tr() string into resources/i18n/small_but_strong_ko.ts (keeping
# the translations), compile the .qm with lrelease, and list what is left to translate.
.PHONY: i18n
i18n: deps
	$(PY) scripts/i18n.py
	@$(PY) scripts/i18n.py --check || { echo "Translate the strings above in resources/i18n/small_but_strong_ko.ts (or scripts/i18n.py --export-untranslated / --import), then run make i18n again."; exit 1; }

# Issue 14's fuzzing suite with its long profile: hundreds of generated layers and parameter sets per
# algorithm (declineindicators, proposealliances, servicegaps, exportreport, projectpopulation,
# sitefacilities), each run in a worker process (a crash or a hang is a failure with the case printed,
# not the end of the run); about 5 minutes on 2 cores. `make test` runs the same suite with the short
# profile. More or fewer examples per algorithm: make fuzz SBS_FUZZ_EXAMPLES=2000 PYTEST_ARGS="-k sitefacilities"
.PHONY: fuzz
fuzz: venv
	HYPOTHESIS_PROFILE=long $(VPY) -m pytest tests/fuzz -m fuzz -p no:cacheprovider $(PYTEST_ARGS)
