# Framework M front door: `make run` and `make test` on a fresh Debian 12 machine.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
M := $(BUILD_DIR)/bin/m

.PHONY: all deps configure build test run studio studio-screenshots bench dist fuzz format translations clean

all: build

deps:
	@scripts/install-deps.sh

# Configure once, and again when the presets change; after that `cmake --build` re-runs
# CMake by itself whenever a CMakeLists.txt changed (a one-file rebuild skips it).
configure: deps $(BUILD_DIR)/build.ninja

$(BUILD_DIR)/build.ninja: CMakePresets.json
	@cmake --preset $(PRESET) >/dev/null
	@touch $@

build: configure
	@cmake --build --preset $(PRESET)

test: build
	@ctest --preset $(PRESET)

run: build
	@scripts/run-demo.sh $(M)

# The Studio on the demo project (needs a display; see docs/guide/studio.md).
studio: configure
	@cmake --build --preset $(PRESET) --target fm_studio
	@$(BUILD_DIR)/bin/m-studio examples/helpdesk

# docs/guide/images/studio-*.png, taken under Xvfb.
studio-screenshots: configure
	@scripts/studio-screenshots.sh $(BUILD_DIR)

bench: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release --target fm_bench
	@build/release/bench/fm_bench

# The source tarball of the committed HEAD: $(BUILD_DIR)/framework-m-<version>.tar.gz.
dist: configure
	@cmake --build --preset $(PRESET) --target dist

# libFuzzer targets, FUZZ_SECONDS each (default 60); see docs/guide/testing.md.
fuzz: deps
	@scripts/fuzz.sh

# Re-reads every tr() into translations/*.ts; then translate the new entries
# (docs/guide/translations.md). `make test` fails until the catalogues are complete.
translations: deps
	@scripts/translations.sh update

format:
	@git ls-files '*.cpp' '*.h' ':!:examples/**' ':!:tests/codegen/reference/**' | xargs clang-format -i

clean:
	@rm -rf build
