
# Tests that use ext/sockets' Socket objects declare `--EXTENSIONS-- sockets`
# (signal tests: `posix`, for posix_kill(); prefork tests: `pcntl`, where PHP
# has it as a shared module rather than built into the CLI);
# run-tests.php looks for them in modules/ (our extension_dir while testing),
# so link the installed ones there when PHP has them as shared modules.
test: event-link-sockets
event-link-sockets:
	@for ext in sockets posix pcntl; do \
		if test -f "$(EXTENSION_DIR)/$$ext.so" && test ! -e "$(phplibdir)/$$ext.so"; then \
			ln -s "$(EXTENSION_DIR)/$$ext.so" "$(phplibdir)/$$ext.so"; \
		fi; \
	done

.PHONY: event-link-sockets

# The extension requires ext/sockets, as PECL event does: where PHP has it as
# a shared module, every test's PHP loads it (run-tests adds the ones a test's
# --EXTENSIONS-- names only when they are missing).
PHP_TEST_SHARED_EXTENSIONS += `if test -f "$(EXTENSION_DIR)/sockets.so" && ! $(PHP_EXECUTABLE) -n -m 2>/dev/null | grep -qx sockets; then echo "-d extension=sockets"; fi`
