# Small but Strong: the two commands a new user types are `make demo` and `make test`.
# Both install what they need (Debian packages, a venv for test tools) and are idempotent.

SHELL := /bin/bash
PY := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-shapely python3-scipy \
	python3-venv xvfb xauth poppler-utils qttools5-dev-tools pyqt5-dev-tools fonts-noto-cjk fonts-noto-core
PIP_PACKAGES := pytest hypothesis
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: deps venv test demo zip styles clean

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
	$(VPY) -m pytest tests

demo: deps
	bash scripts/demo.sh

styles: deps
	$(PY) scripts/make_styles.py

zip: deps
	rm -rf build/small_but_strong dist/small_but_strong-$(VERSION).zip
	mkdir -p build dist
	git archive --format=tar --prefix=small_but_strong/ HEAD -- . ':!tests' ':!benchmarks' ':!scripts' ':!.ci' ':!Makefile' ':!pytest.ini' ':!.gitignore' | tar -x -C build
	cd build && $(PY) -m zipfile -c ../dist/small_but_strong-$(VERSION).zip small_but_strong
	@echo "dist/small_but_strong-$(VERSION).zip"

clean:
	rm -rf build dist output .qgis-profile

# Korean translation: extract every tr() string into resources/i18n/small_but_strong_ko.ts (keeping
# the translations), compile the .qm with lrelease, and list what is left to translate.
.PHONY: i18n
i18n: deps
	$(PY) scripts/i18n.py
	@$(PY) scripts/i18n.py --check || { echo "Translate the strings above in resources/i18n/small_but_strong_ko.ts (or scripts/i18n.py --export-untranslated / --import), then run make i18n again."; exit 1; }
