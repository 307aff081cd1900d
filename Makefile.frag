
# Tests that use ext/sockets' Socket objects declare `--EXTENSIONS-- sockets`;
# run-tests.php looks for it in modules/ (our extension_dir while testing),
# so link the installed one there when PHP has it as a shared module.
test: event-link-sockets
event-link-sockets:
	@if test -f "$(EXTENSION_DIR)/sockets.so" && test ! -e "$(phplibdir)/sockets.so"; then \
		ln -s "$(EXTENSION_DIR)/sockets.so" "$(phplibdir)/sockets.so"; \
	fi

.PHONY: event-link-sockets
