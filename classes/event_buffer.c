/*
 * EventBuffer: a struct evbuffer seen from PHP.
 *
 * Owns: the evbuffer of `new EventBuffer` (and of php_event_buffer_wrap(buf,
 * true)). A buffer wrapped with owned=false is borrowed from libevent (a
 * bufferevent's input or output, an HTTP request's body buffers).
 * Freed by: an owned evbuffer, in free_obj, or in php_event_buffer_disown()
 * when the object was told to forget it; never twice. A borrowed one, by
 * its owner, which calls php_event_buffer_disown() first.
 * If the base or libevent goes first: the borrowed buffer's owner disowns
 * the object before the evbuffer goes. The object then either takes a copy
 * of the bytes into a new evbuffer it owns (keep_data) and goes on working,
 * or forgets the pointer and throws EventException from every method.
 */
#include "php_event.h"
#include "src/arginfo.h"
#include "classes/event_buffer.h"

static zend_object_handlers buffer_handlers;

/* {{{ Object life */

static php_event_buffer_t *buffer_alloc(zend_class_entry *ce, struct evbuffer *buf, bool owned)
{
	php_event_buffer_t *b = PHP_EVENT_ALLOC_OBJECT(php_event_buffer_t, ce, &buffer_handlers);
	b->buf = buf;
	b->owned = owned;
	return b;
}

/* Creates the buffer right away, so that a subclass whose constructor does
 * not call parent::__construct() still has a working buffer. */
static zend_object *buffer_create_object(zend_class_entry *ce)
{
	struct evbuffer *buf = evbuffer_new();
	if (buf == NULL) {
		zend_throw_error(NULL, "Failed to allocate an event buffer");
	}
	return &buffer_alloc(ce, buf, buf != NULL)->std;
}

static void buffer_free_obj(zend_object *obj)
{
	php_event_buffer_t *b = php_event_buffer_from_obj(obj);
	if (b->buf && b->owned) {
		evbuffer_free(b->buf);
	}
	b->buf = NULL;
	b->owned = false;
	zend_object_std_dtor(obj);
}

zend_object *php_event_buffer_wrap(struct evbuffer *buf, bool owned)
{
	return &buffer_alloc(php_event_buffer_ce, buf, owned)->std;
}

/* Copies every byte of src to the end of dst without touching src: src may
 * be frozen or have callbacks of its owner, which is being torn down. */
static bool copy_all(struct evbuffer *dst, struct evbuffer *src)
{
	int n = evbuffer_peek(src, -1, NULL, NULL, 0);
	struct evbuffer_iovec *vec;
	bool ok = true;

	if (n <= 0) {
		return true;
	}
	vec = safe_emalloc(n, sizeof(*vec), 0);
	evbuffer_peek(src, -1, NULL, vec, n);
	for (int i = 0; i < n && ok; i++) {
		ok = evbuffer_add(dst, vec[i].iov_base, vec[i].iov_len) == 0;
	}
	efree(vec);
	return ok;
}

void php_event_buffer_disown(zend_object *obj, bool keep_data)
{
	php_event_buffer_t *b = php_event_buffer_from_obj(obj);
	struct evbuffer *copy = NULL;

	if (b->buf == NULL) {
		return;
	}
	if (b->owned) {
		/* Already ours: nobody else frees it. */
		if (!keep_data) {
			evbuffer_free(b->buf);
			b->buf = NULL;
			b->owned = false;
		}
		return;
	}
	if (keep_data) {
		copy = evbuffer_new();
		if (copy && !copy_all(copy, b->buf)) {
			evbuffer_free(copy);
			copy = NULL;
		}
	}
	b->buf = copy;
	b->owned = copy != NULL;
}

struct evbuffer *php_event_buffer_get(zval *zbuf)
{
	return php_event_live_or_throw(Z_EVENT_BUFFER_P(zbuf)->buf, Z_OBJ_P(zbuf));
}

/* }}} */

/* {{{ Properties (src/props.h): computed, read-only; none once freed */

static bool read_length(zend_object *obj, zval *rv)
{
	struct evbuffer *buf = php_event_buffer_from_obj(obj)->buf;
	if (buf) {
		ZVAL_LONG(rv, (zend_long)evbuffer_get_length(buf));
	}
	return buf != NULL;
}

static bool read_contiguous_space(zend_object *obj, zval *rv)
{
	struct evbuffer *buf = php_event_buffer_from_obj(obj)->buf;
	if (buf) {
		ZVAL_LONG(rv, (zend_long)evbuffer_get_contiguous_space(buf));
	}
	return buf != NULL;
}

static const php_event_prop buffer_props[] = {
	PHP_EVENT_PROP_READONLY("length", read_length),
	PHP_EVENT_PROP_READONLY("contiguous_space", read_contiguous_space),
};

/* }}} */

/* {{{ Argument checks */

/*
 * Counts and lengths take PECL event's meaning: a negative one is cast to
 * size_t, i.e. "everything". read() and copyout() allocate up front in PECL
 * and abort on a count below -1, so here those are a ValueError.
 */
static bool check_read_count(uint32_t arg, zend_long v)
{
	if (v < -1) {
		zend_argument_value_error(arg, "must be greater than or equal to -1");
		return false;
	}
	return true;
}

static size_t as_size(zend_long v)
{
	return (size_t)(zend_ulong)v;
}

static bool is_eol_style(zend_long style)
{
	switch (style) {
		case EVBUFFER_EOL_ANY:
		case EVBUFFER_EOL_CRLF:
		case EVBUFFER_EOL_CRLF_STRICT:
		case EVBUFFER_EOL_LF:
		case EVBUFFER_EOL_NUL:
			return true;
	}
	return false;
}

/* Sets ptr to byte `pos` of buf; false when pos is past the end. */
static bool ptr_at(struct evbuffer *buf, struct evbuffer_ptr *ptr, zend_long pos)
{
	if (pos < 0 || (zend_ulong)pos > evbuffer_get_length(buf)) {
		return false;
	}
	return evbuffer_ptr_set(buf, ptr, (size_t)pos, EVBUFFER_PTR_SET) == 0;
}

/* A search start: negative means the front; past the end, PECL event warns
 * and searches from the front. */
static void search_start(struct evbuffer *buf, struct evbuffer_ptr *ptr, zend_long pos)
{
	if (pos < 0) {
		pos = 0;
	}
	if (!ptr_at(buf, ptr, pos)) {
		php_error_docref(NULL, E_WARNING, "Failed to set position to " ZEND_LONG_FMT, pos);
		evbuffer_ptr_set(buf, ptr, 0, EVBUFFER_PTR_SET);
	}
}

/* The live buffer of $this for search()/searchEol(), with *ptr at the
 * start position; NULL after throwing. */
static struct evbuffer *search_live(zval *zthis, struct evbuffer_ptr *ptr, zend_long pos)
{
	struct evbuffer *buf = php_event_buffer_get(zthis);
	if (buf) {
		search_start(buf, ptr, pos);
	}
	return buf;
}

/* Copies n bytes from ptr on without draining; unlike evbuffer_copyout_from()
 * it also reads a buffer whose front is frozen (substr() does in PECL). */
static zend_string *peek_copy(struct evbuffer *buf, struct evbuffer_ptr *ptr, size_t n)
{
	int cnt = evbuffer_peek(buf, (ev_ssize_t)n, ptr, NULL, 0);
	struct evbuffer_iovec *vec;
	zend_string *s = zend_string_alloc(n, 0);
	size_t got = 0;

	if (cnt > 0) {
		vec = safe_emalloc(cnt, sizeof(*vec), 0);
		cnt = evbuffer_peek(buf, (ev_ssize_t)n, ptr, vec, cnt);
		for (int i = 0; i < cnt && got < n; i++) {
			size_t k = vec[i].iov_len < n - got ? vec[i].iov_len : n - got;
			memcpy(ZSTR_VAL(s) + got, vec[i].iov_base, k);
			got += k;
		}
		efree(vec);
	}
	ZSTR_LEN(s) = got;
	ZSTR_VAL(s)[got] = '\0';
	return s;
}

/* }}} */

ZEND_METHOD(EventBuffer, __construct)
{
	struct evbuffer *buf;

	ZEND_PARSE_PARAMETERS_NONE();
	php_event_buffer_t *b = Z_EVENT_BUFFER_P(ZEND_THIS);
	/* create_object made a buffer already. A second call starts an empty
	 * one, as in PECL event (a borrowed buffer stays with its owner). */
	if (b->buf && evbuffer_get_length(b->buf) == 0 && b->owned) {
		return;
	}
	if ((buf = evbuffer_new()) == NULL) {
		php_event_throw("Failed to allocate an event buffer");
		RETURN_THROWS();
	}
	if (b->buf && b->owned) {
		evbuffer_free(b->buf);
	}
	b->buf = buf;
	b->owned = true;
}

/* freeze()/unfreeze(): `op` on one end of the buffer. */
static void freeze_op(INTERNAL_FUNCTION_PARAMETERS, int (*op)(struct evbuffer *, int))
{
	struct evbuffer *buf;
	bool at_front;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_BOOL(at_front)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	RETURN_BOOL(op(buf, at_front) == 0);
}

ZEND_METHOD(EventBuffer, freeze)
{
	freeze_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_freeze);
}

ZEND_METHOD(EventBuffer, unfreeze)
{
	freeze_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_unfreeze);
}

/* lock()/unlock() take no argument (PECL event's arginfo names one, its
 * code takes none). Without enableLocking() they do nothing. */
ZEND_METHOD(EventBuffer, lock)
{
	struct evbuffer *buf;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	evbuffer_lock(buf);
}

ZEND_METHOD(EventBuffer, unlock)
{
	struct evbuffer *buf;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	evbuffer_unlock(buf);
}

ZEND_METHOD(EventBuffer, enableLocking)
{
	struct evbuffer *buf;

	ZEND_PARSE_PARAMETERS_NONE();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	/* Fails only when the buffer already has a lock (enabled before, or
	 * a thread-safe bufferevent gave it one): locking is on either way. */
	(void)evbuffer_enable_locking(buf, NULL);
}

/* add()/prepend(): `op` with the string's bytes. */
static void add_op(INTERNAL_FUNCTION_PARAMETERS, int (*op)(struct evbuffer *, const void *, size_t))
{
	struct evbuffer *buf;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	RETURN_BOOL(op(buf, ZSTR_VAL(data), ZSTR_LEN(data)) == 0);
}

ZEND_METHOD(EventBuffer, add)
{
	add_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_add);
}

ZEND_METHOD(EventBuffer, prepend)
{
	add_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_prepend);
}

/* Up to max bytes from the front (never more than the buffer holds, so a
 * huge max does not allocate a huge string), copied, drained if `drain`.
 * NULL when there is nothing to take or libevent refused (a frozen front). */
static zend_string *take_front(struct evbuffer *buf, size_t max, bool drain)
{
	size_t len = evbuffer_get_length(buf);
	size_t n = max < len ? max : len;
	zend_string *s;
	ev_ssize_t got;

	if (n == 0) {
		return NULL;
	}
	s = zend_string_alloc(n, 0);
	/* copyout + drain rather than evbuffer_remove(), whose int result
	 * cannot count more than 2 GiB. */
	got = evbuffer_copyout(buf, ZSTR_VAL(s), n);
	if (got <= 0 || (drain && evbuffer_drain(buf, (size_t)got) != 0)) {
		zend_string_efree(s);
		return NULL;
	}
	if ((size_t)got < n) {
		s = zend_string_truncate(s, (size_t)got, 0);
	}
	ZSTR_VAL(s)[got] = '\0';
	return s;
}

/* read(): NULL when nothing was read (an empty buffer, 0, a frozen front),
 * as in PECL event; -1 reads everything. */
ZEND_METHOD(EventBuffer, read)
{
	struct evbuffer *buf;
	zend_long max_bytes;
	zend_string *s;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(max_bytes)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_read_count(1, max_bytes)) {
		RETURN_THROWS();
	}
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	s = take_front(buf, as_size(max_bytes), true);
	if (s == NULL) {
		RETURN_NULL();
	}
	RETURN_STR(s);
}

/* copyout(): $data is only assigned when bytes were copied; -1 when the
 * front is frozen. */
ZEND_METHOD(EventBuffer, copyout)
{
	struct evbuffer *buf;
	zval *zdata;
	zend_long max_bytes;
	zend_string *s;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(zdata)
		Z_PARAM_LONG(max_bytes)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_read_count(2, max_bytes)) {
		RETURN_THROWS();
	}
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	if (evbuffer_get_length(buf) > 0 && max_bytes != 0 && evbuffer_get_contiguous_space(buf) > 0) {
		/* A frozen front: libevent refuses any copy. */
		char probe;
		if (evbuffer_copyout(buf, &probe, 1) < 0) {
			RETURN_LONG(-1);
		}
	}
	s = take_front(buf, as_size(max_bytes), false);
	if (s == NULL) {
		RETURN_LONG(0);
	}
	/* The old value is converted to a string first (an array warns, an
	 * object without __toString() throws), as PECL event does. */
	zend_string *old = zval_try_get_string(Z_REFVAL_P(zdata));
	if (old == NULL) {
		zend_string_release(s);
		RETURN_THROWS();
	}
	zend_string_release(old);
	RETVAL_LONG((zend_long)ZSTR_LEN(s));
	ZEND_TRY_ASSIGN_REF_STR(zdata, s);
}

/* drain()/expand(): the length and the live buffer, or NULL after throwing. */
static struct evbuffer *length_args(INTERNAL_FUNCTION_PARAMETERS, zend_long *len)
{
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(*len)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);
	return php_event_buffer_get(ZEND_THIS);
}

ZEND_METHOD(EventBuffer, drain)
{
	struct evbuffer *buf;
	zend_long len;
	PHP_EVENT_LIVE(buf, length_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &len), RETURN_THROWS());

	RETURN_BOOL(evbuffer_drain(buf, as_size(len)) == 0);
}

/* Reserving more than this fails without asking the allocator: a 2^63
 * byte malloc() is an error under sanitizers, and never succeeds anyway. */
#define EXPAND_MAX ((size_t)1 << 32)

ZEND_METHOD(EventBuffer, expand)
{
	struct evbuffer *buf;
	zend_long len;
	PHP_EVENT_LIVE(buf, length_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &len), RETURN_THROWS());

	if (as_size(len) > EXPAND_MAX) {
		RETURN_FALSE;
	}
	RETURN_BOOL(evbuffer_expand(buf, as_size(len)) == 0);
}

/* addBuffer()/prependBuffer(): moves all of the other buffer's bytes to
 * this one's end or front with `move`. Moving a buffer into itself leaves
 * it as it is. */
static void move_whole_buffer(INTERNAL_FUNCTION_PARAMETERS, int (*move)(struct evbuffer *, struct evbuffer *))
{
	struct evbuffer *buf, *other;
	zval *zother;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_OBJECT_OF_CLASS(zother, php_event_buffer_ce)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());
	if ((other = php_event_buffer_get(zother)) == NULL) {
		RETURN_THROWS();
	}
	if (other == buf) {
		RETURN_TRUE;
	}
	RETURN_BOOL(move(buf, other) == 0);
}

ZEND_METHOD(EventBuffer, addBuffer)
{
	move_whole_buffer(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_add_buffer);
}

ZEND_METHOD(EventBuffer, prependBuffer)
{
	move_whole_buffer(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_prepend_buffer);
}

/* Moves up to len bytes from the front of src to the end of dst and returns
 * how many moved, or -1 when libevent refused (a frozen end or front).
 * evbuffer_remove_buffer() counts in an int, so huge moves go in steps. */
static zend_long move_front(struct evbuffer *dst, struct evbuffer *src, size_t len)
{
	zend_long total = 0;

	while (len > 0) {
		size_t step = len < (size_t)INT_MAX ? len : (size_t)INT_MAX;
		int moved = evbuffer_remove_buffer(src, dst, step);
		if (moved < 0) {
			return total > 0 ? total : -1;
		}
		total += moved;
		if ((size_t)moved < step) {
			break;
		}
		len -= (size_t)moved;
	}
	return total;
}

/* A negative length moves everything (PECL event casts it to size_t). */
ZEND_METHOD(EventBuffer, appendFrom)
{
	struct evbuffer *buf, *other;
	zval *zother;
	zend_long len;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zother, php_event_buffer_ce)
		Z_PARAM_LONG(len)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());
	if ((other = php_event_buffer_get(zother)) == NULL) {
		RETURN_THROWS();
	}
	if (other == buf) {
		RETURN_LONG(0);
	}
	RETURN_LONG(move_front(buf, other, as_size(len)));
}

/* An unknown EOL style finds no line (NULL), as in libevent. */
ZEND_METHOD(EventBuffer, readLine)
{
	struct evbuffer *buf;
	zend_long eol_style;
	size_t len;
	char *line;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(eol_style)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	/* (PECL event passes the style as a C int: 2^32 is EOL_ANY.) */
	eol_style = php_event_c_int(eol_style);
	if (!is_eol_style(eol_style)) {
		RETURN_NULL();
	}
	line = evbuffer_readln(buf, &len, (enum evbuffer_eol_style)eol_style);
	if (line == NULL) {
		RETURN_NULL();
	}
	RETVAL_STRINGL(line, len);
	free(line);
}

/* A negative end means the end of the data, as does one past it. */
ZEND_METHOD(EventBuffer, search)
{
	struct evbuffer *buf;
	zend_string *what;
	zend_long start = -1, end = -1;
	struct evbuffer_ptr start_ptr, end_ptr, found;
	size_t len;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(what)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(start)
		Z_PARAM_LONG(end)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, search_live(ZEND_THIS, &start_ptr, start), RETURN_THROWS());
	len = evbuffer_get_length(buf);
	if (end < 0) {
		found = evbuffer_search_range(buf, ZSTR_VAL(what), ZSTR_LEN(what), &start_ptr, NULL);
	} else {
		if ((zend_ulong)end > len) {
			end = (zend_long)len;
		}
		if ((size_t)end < start_ptr.pos || !ptr_at(buf, &end_ptr, end)) {
			RETURN_FALSE;
		}
		found = evbuffer_search_range(buf, ZSTR_VAL(what), ZSTR_LEN(what), &start_ptr, &end_ptr);
	}
	if (found.pos < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)found.pos);
}

ZEND_METHOD(EventBuffer, searchEol)
{
	struct evbuffer *buf;
	zend_long start = -1, eol_style = EVBUFFER_EOL_ANY;
	struct evbuffer_ptr start_ptr, found;
	size_t eol_len;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(start)
		Z_PARAM_LONG(eol_style)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, search_live(ZEND_THIS, &start_ptr, start), RETURN_THROWS());
	eol_style = php_event_c_int(eol_style);
	if (!is_eol_style(eol_style)) {
		RETURN_FALSE;
	}
	found = evbuffer_search_eol(buf, &start_ptr, &eol_len, (enum evbuffer_eol_style)eol_style);
	if (found.pos < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)found.pos);
}

/*
 * pullup($size) makes the first $size bytes contiguous (a negative size:
 * all of them) and returns the whole buffer, as PECL event does; PECL reads
 * the bytes past $size from the pulled-up chunk's memory, here they are
 * read from where they are. NULL for 0, an empty buffer, or a size past
 * the end.
 */
ZEND_METHOD(EventBuffer, pullup)
{
	struct evbuffer *buf;
	zend_long size;
	size_t len;
	struct evbuffer_ptr ptr;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	len = evbuffer_get_length(buf);
	if (size < 0) {
		size = (zend_long)len;
	}
	if (size == 0 || (zend_ulong)size > len) {
		RETURN_NULL();
	}
	if (evbuffer_pullup(buf, (ev_ssize_t)size) == NULL) {
		RETURN_NULL();
	}
	evbuffer_ptr_set(buf, &ptr, 0, EVBUFFER_PTR_SET);
	RETURN_STR(peek_copy(buf, &ptr, len));
}

/* A negative start gives false; one past the end warns too. A negative
 * length means "to the end". */
ZEND_METHOD(EventBuffer, substr)
{
	struct evbuffer *buf;
	zend_long start, length = -1;
	struct evbuffer_ptr ptr;
	size_t avail, n;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(start)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	PHP_EVENT_LIVE(buf, php_event_buffer_get(ZEND_THIS), RETURN_THROWS());

	if (start < 0) {
		RETURN_FALSE;
	}
	if (!ptr_at(buf, &ptr, start)) {
		php_error_docref(NULL, E_WARNING, "Failed to set position to " ZEND_LONG_FMT, start);
		RETURN_FALSE;
	}
	avail = evbuffer_get_length(buf) - (size_t)start;
	n = (length < 0 || (zend_ulong)length > avail) ? avail : (size_t)length;
	if (n == 0) {
		RETURN_EMPTY_STRING();
	}
	RETURN_STR(peek_copy(buf, &ptr, n));
}

/* {{{ Descriptors, the way PECL event takes them */

static bool is_memory_stream(php_stream *stream)
{
	const char *label = stream->ops && stream->ops->label ? stream->ops->label : "";
	return strcmp(label, "MEMORY") == 0 || strcmp(label, "TEMP") == 0;
}

evutil_socket_t php_event_buffer_fd(zval *z, bool allow_null)
{
	zval *zv = z;

	ZVAL_DEREF(zv);
	switch (Z_TYPE_P(zv)) {
		case IS_NULL:
			if (allow_null) {
				return -1;
			}
			break;
		case IS_LONG:
			if (Z_LVAL_P(zv) < 0) {
				break;
			}
			if (Z_LVAL_P(zv) > INT_MAX) {
				/* PECL event truncates to a C int: negative ones are
				 * invalid there too; others would name some other
				 * descriptor, which is not what the script meant. */
				if (php_event_c_int(Z_LVAL_P(zv)) < 0 || allow_null) {
					break;
				}
				return PHP_EVENT_BUFFER_BAD_FD;
			}
			return (evutil_socket_t)Z_LVAL_P(zv);
		case IS_RESOURCE: {
			php_stream *stream = zend_fetch_resource2_ex(zv, NULL, php_file_le_stream(), php_file_le_pstream());
			if (stream == NULL) {
				zend_clear_exception();
				zend_throw_exception(NULL, "valid PHP stream resource expected", 0);
				return PHP_EVENT_BUFFER_THREW;
			}
			if (is_memory_stream(stream)) {
				zend_throw_exception(NULL, "Cannot fetch file descriptor from memory based stream", 0);
				return PHP_EVENT_BUFFER_THREW;
			}
			break;
		}
		case IS_OBJECT:
#ifdef PHP_EVENT_SOCKETS
			if (php_event_socket_ce && instanceof_function(Z_OBJCE_P(zv), php_event_socket_ce)
					&& Z_SOCKET_P(zv)->bsd_socket < 0) {
				return PHP_EVENT_BUFFER_BAD_FD;
			}
#endif
			break;
		default:
			break;
	}
	if (Z_TYPE_P(zv) == IS_RESOURCE || Z_TYPE_P(zv) == IS_OBJECT) {
		evutil_socket_t fd = php_event_zval_to_fd(zv, 0);
		if (fd >= 0) {
			return fd;
		}
		zend_clear_exception();
	}
	zend_throw_exception(NULL, "Invalid file descriptor", 0);
	return PHP_EVENT_BUFFER_THREW;
}

/* write()/readFrom(): ($fd, $howmuch = -1) and the live buffer of $this.
 * NULL after throwing, or with *fd < 0 for a descriptor PECL event answers
 * false for. */
static struct evbuffer *fd_args(INTERNAL_FUNCTION_PARAMETERS, evutil_socket_t *fd, zend_long *howmuch)
{
	zval *zfd;
	struct evbuffer *buf;

	*fd = -1;
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(*howmuch)
	ZEND_PARSE_PARAMETERS_END_EX(return NULL);
	if ((buf = php_event_buffer_get(ZEND_THIS)) == NULL) {
		return NULL;
	}
	*fd = php_event_buffer_fd(zfd, false);
	return *fd == PHP_EVENT_BUFFER_THREW ? NULL : buf;
}

/* Fetches fd_args() or returns from the method. */
#define FD_ARGS_OR_RETURN(buf, fd, howmuch) do { \
		(buf) = fd_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &(fd), &(howmuch)); \
		if (!(buf)) { \
			RETURN_THROWS(); \
		} \
		if ((fd) < 0) { \
			RETURN_FALSE; \
		} \
	} while (0)

/* }}} */

/* write(): false when nothing was written (an empty buffer, 0 bytes, an
 * error); a negative count writes everything. */
ZEND_METHOD(EventBuffer, write)
{
	struct evbuffer *buf;
	zend_long howmuch = -1;
	evutil_socket_t fd;
	int written;

	FD_ARGS_OR_RETURN(buf, fd, howmuch);

	if (howmuch == 0 || evbuffer_get_length(buf) == 0) {
		RETURN_FALSE;
	}
	written = evbuffer_write_atmost(buf, fd, howmuch < 0 ? (ev_ssize_t)-1 : (ev_ssize_t)howmuch);
	if (written <= 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(written);
}

/* readFrom(): the count is taken as a C int, as in PECL event (2^32 + 2
 * reads 2 bytes); a negative one reads what one read delivers. */
ZEND_METHOD(EventBuffer, readFrom)
{
	struct evbuffer *buf;
	zend_long howmuch = -1;
	evutil_socket_t fd;
	int n, got;

	FD_ARGS_OR_RETURN(buf, fd, howmuch);

	n = php_event_c_int(howmuch);
	/* (0 goes to libevent too: it reads nothing, or fails on a buffer
	 * whose end is frozen, as in PECL event.) */
	got = evbuffer_read(buf, fd, n < 0 ? -1 : n);
	if (got < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(got);
}

PHP_EVENT_CLASS_MINIT(event_buffer, php_event_buffer_ce, EventBuffer, buffer_handlers,
	PHP_EVENT_SPEC_OBJECT(php_event_buffer_t, buffer_create_object, buffer_free_obj),
	PHP_EVENT_SPEC_PROPS(buffer_props))
