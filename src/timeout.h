/*
 * Seconds (a PHP float) into a struct timeval, the way PECL event takes
 * them: any number is accepted. Frameworks pass huge timeouts on purpose
 * (ReactPHP: (int)(PHP_INT_MAX / 1000) - 1 seconds, Revolt: PHP_INT_MAX / 2)
 * to mean "never": those are clamped to PHP_EVENT_MAX_TIMEOUT_SEC, which is
 * still "never" in practice, and which libevent can add to the current time
 * without overflowing time_t. A float beyond that range would otherwise be
 * undefined behaviour when converted to an integer. Negative numbers and
 * NAN mean "at once" (a zero timeout).
 */
#ifndef PHP_EVENT_TIMEOUT_H
#define PHP_EVENT_TIMEOUT_H

#include <math.h>
#include <sys/time.h>

/* About 31 million years; fits a 32-bit time_t only as its quarter. */
#define PHP_EVENT_MAX_TIMEOUT_SEC (sizeof(time_t) >= 8 ? 1e15 : 5e8)

static inline void php_event_seconds_to_timeval(double seconds, struct timeval *tv)
{
	if (!(seconds > 0)) {       /* negative, zero or NAN */
		tv->tv_sec = 0;
		tv->tv_usec = 0;
		return;
	}
	if (seconds >= PHP_EVENT_MAX_TIMEOUT_SEC) {
		tv->tv_sec = (time_t)PHP_EVENT_MAX_TIMEOUT_SEC;
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
