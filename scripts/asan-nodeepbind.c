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
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>

void *dlopen(const char *file, int mode)
{
	static void *(*next_dlopen)(const char *, int);

	if (!next_dlopen) {
		next_dlopen = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return next_dlopen(file, mode & ~RTLD_DEEPBIND);
}

__attribute__((constructor)) static void only_this_process(void)
{
	unsetenv("LD_PRELOAD");
}
