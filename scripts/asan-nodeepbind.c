/*
 * Preloaded, before the ASan runtime, into the PHP that runs each test of the
 * sanitizer run (scripts/asan-php.sh, scripts/asan-test.sh).
 *
 * - PHP opens extensions with RTLD_DEEPBIND, which the ASan runtime refuses,
 *   so this dlopen() drops that flag and passes the call on.
 * - The runtime is meant for that PHP only: LD_PRELOAD is removed from the
 *   environment at load time, so the programs a test starts (curl, openssl,
 *   nc, another PHP) run as they are and their own exit-time allocations are
 *   not reported as the extension's leaks.
 * - UBSan's runtime (libubsan, loaded with event.so) ignores UBSAN_OPTIONS'
 *   log_path when ASan is there too and would print to stderr only: once it
 *   is loaded, its reports are sent to $EVENT_UBSAN_LOG.<pid> instead, where
 *   scripts/asan-php.sh finds them.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

static void *(*next_dlopen)(const char *, int);

static void send_ubsan_reports_to_file(void)
{
	static int done;
	const char *path = getenv("EVENT_UBSAN_LOG");
	void *ubsan;
	void (*set_report_path)(const char *);

	if (done || !path || !*path) {
		return;
	}
	ubsan = next_dlopen("libubsan.so.1", RTLD_NOW | RTLD_NOLOAD);
	if (!ubsan) {
		return;
	}
	done = 1;
	set_report_path = (void (*)(const char *))dlsym(ubsan, "__sanitizer_set_report_path");
	if (set_report_path) {
		set_report_path(path);
	}
}

void *dlopen(const char *file, int mode)
{
	void *handle;

	if (!next_dlopen) {
		next_dlopen = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	handle = next_dlopen(file, mode & ~RTLD_DEEPBIND);
	if (handle) {
		send_ubsan_reports_to_file();
	}
	return handle;
}

__attribute__((constructor)) static void only_this_process(void)
{
	unsetenv("LD_PRELOAD");
}
