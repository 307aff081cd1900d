/*
 * Seconds (a PHP float) into a struct timeval, the way PECL event takes
 * them: any number is accepted. Frameworks pass huge timeouts on purpose
 * (ReactPHP: (int)(PHP_INT_MAX / 1000) - 1 seconds, Revolt: PHP_INT_MAX / 2)
 * to mean "never": those are clamped to PHP_EVENT_MAX_TIMEOUT_SEC, which is
 * still "never" in practice, and which libevent can add to the current time
 * without overflowing time_t. A float beyond that range would otherwise be
 * undefined behaviour when converted to an integer. Negative numbers are
 * a deadline that has passed already, as in PECL event: due at once, and
 * ahead of what is due at a later point (a timer of -1e20 s runs before one
 * of 0 s added earlier). NAN, which PECL event converts to the most
 * negative long on x86-64, is the earliest of them.
 */
#ifndef PHP_EVENT_TIMEOUT_H
#define PHP_EVENT_TIMEOUT_H

#include <math.h>
#include <sys/time.h>

/* About 31 million years; fits a 32-bit time_t only as its quarter. */
#define PHP_EVENT_MAX_TIMEOUT_SEC (sizeof(time_t) >= 8 ? 1e15 : 5e8)
/* The earliest deadline in the past: 2^62 s ago, which the current time
 * plus it cannot overflow. PECL's -1e20, -INF and NAN are all the most
 * negative long, one deadline; -1e16 is a later one, as it is here. */
#define PHP_EVENT_MIN_TIMEOUT_SEC (sizeof(time_t) >= 8 ? -4611686018427387904.0 : -5e8)

static inline void php_event_seconds_to_timeval(double seconds, struct timeval *tv)
{
	if (seconds >= PHP_EVENT_MAX_TIMEOUT_SEC) {
		tv->tv_sec = (time_t)PHP_EVENT_MAX_TIMEOUT_SEC;
		tv->tv_usec = 0;
		return;
	}
	if (isnan(seconds) || seconds <= PHP_EVENT_MIN_TIMEOUT_SEC) {
		tv->tv_sec = (time_t)PHP_EVENT_MIN_TIMEOUT_SEC;
		tv->tv_usec = 0;
		return;
	}
	double whole = floor(seconds);
	long usec = lround((seconds - whole) * 1e6);
	tv->tv_sec = (time_t)whole;
	if (usec >= 1000000) {
		tv->tv_sec++;
		usec -= 1000000;
	}
	tv->tv_usec = (suseconds_t)usec;
}

#endif
