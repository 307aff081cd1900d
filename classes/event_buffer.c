/*
 * EventBuffer: a struct evbuffer seen from PHP.
 *
 * Ownership: `new EventBuffer` (and php_event_buffer_wrap(buf, true)) owns
 * its evbuffer and evbuffer_free()s it exactly once, in free_obj. A buffer
 * wrapped with owned=false is borrowed from libevent (a bufferevent's input
 * or output, an HTTP request's body buffers): its owner frees it, and must
 * call php_event_buffer_disown() first. Then the object either takes a copy
 * of the bytes into a new evbuffer it owns (keep_data) and goes on working,
 * or forgets the pointer and throws EventException from every method.
 */
#include "php_event.h"
#include "classes/event_buffer.h"

static zend_object_handlers buffer_handlers;

/* Slots of the declared properties $length and $contiguous_space; they are
 * refreshed whenever the property table is read (var_dump, foreach,
 * get_object_vars, array casts), and never written by scripts. */
static uint32_t length_slot;
static uint32_t contiguous_space_slot;

/* {{{ Object life */

static php_event_buffer_t *buffer_alloc(zend_class_entry *ce, struct evbuffer *buf, bool owned)
{
	php_event_buffer_t *b = PHP_EVENT_ALLOC_OBJECT(php_event_buffer_t, ce);
	b->std.handlers = &buffer_handlers;
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
	php_event_buffer_t *b = php_event_buffer_from_obj(Z_OBJ_P(zbuf));
	if (b->buf == NULL) {
		php_event_throw_freed(Z_OBJ_P(zbuf));
		return NULL;
	}
	return b->buf;
}

/* The live evbuffer of $this; returns from the method after throwing. */
#define THIS_BUFFER(var) do { \
		(var) = php_event_buffer_get(ZEND_THIS); \
		if ((var) == NULL) { \
			RETURN_THROWS(); \
		} \
	} while (0)

/* }}} */

/* {{{ Computed read-only properties */

typedef enum { PROP_NONE, PROP_LENGTH, PROP_CONTIGUOUS_SPACE } computed_prop;

static computed_prop which_prop(zend_string *name)
{
	if (zend_string_equals_literal(name, "length")) {
		return PROP_LENGTH;
	}
	if (zend_string_equals_literal(name, "contiguous_space")) {
		return PROP_CONTIGUOUS_SPACE;
	}
	return PROP_NONE;
}

static void prop_value(php_event_buffer_t *b, computed_prop p, zval *rv)
{
	if (b->buf == NULL) {
		ZVAL_NULL(rv);
	} else if (p == PROP_LENGTH) {
		ZVAL_LONG(rv, (zend_long)evbuffer_get_length(b->buf));
	} else {
		ZVAL_LONG(rv, (zend_long)evbuffer_get_contiguous_space(b->buf));
	}
}

static zval *buffer_read_property(zend_object *obj, zend_string *name, int type, void **cache_slot, zval *rv)
{
	computed_prop p = which_prop(name);
	php_event_buffer_t *b = php_event_buffer_from_obj(obj);

	if (p == PROP_NONE) {
		return zend_std_read_property(obj, name, type, cache_slot, rv);
	}
	if (b->buf == NULL) {
		php_event_throw_freed(obj);
		return &EG(uninitialized_zval);
	}
	prop_value(b, p, rv);
	return rv;
}

static void throw_read_only(zend_string *name)
{
	zend_throw_error(NULL, "Cannot modify read-only property EventBuffer::$%s", ZSTR_VAL(name));
}

static zval *buffer_write_property(zend_object *obj, zend_string *name, zval *value, void **cache_slot)
{
	if (which_prop(name) != PROP_NONE) {
		throw_read_only(name);
		return &EG(error_zval);
	}
	return zend_std_write_property(obj, name, value, cache_slot);
}

static void buffer_unset_property(zend_object *obj, zend_string *name, void **cache_slot)
{
	if (which_prop(name) != PROP_NONE) {
		throw_read_only(name);
		return;
	}
	zend_std_unset_property(obj, name, cache_slot);
}

/* NULL makes the engine go through read/write_property for ++, .= and the
 * like, so the computed properties cannot be modified through a pointer. */
static zval *buffer_get_property_ptr_ptr(zend_object *obj, zend_string *name, int type, void **cache_slot)
{
	if (which_prop(name) != PROP_NONE) {
		return NULL;
	}
	return zend_std_get_property_ptr_ptr(obj, name, type, cache_slot);
}

static int buffer_has_property(zend_object *obj, zend_string *name, int check_empty, void **cache_slot)
{
	computed_prop p = which_prop(name);
	zval v;

	if (p == PROP_NONE) {
		return zend_std_has_property(obj, name, check_empty, cache_slot);
	}
	prop_value(php_event_buffer_from_obj(obj), p, &v);
	switch (check_empty) {
		case ZEND_PROPERTY_EXISTS:
			return 1;
		case ZEND_PROPERTY_NOT_EMPTY:
			return zend_is_true(&v);
		default:
			return Z_TYPE(v) != IS_NULL;
	}
}

/* Writes the current values into the declared slots, so every view of the
 * property table (var_dump, foreach, get_object_vars) shows them. */
static HashTable *buffer_get_properties(zend_object *obj)
{
	php_event_buffer_t *b = php_event_buffer_from_obj(obj);
	zval *slot;

	slot = OBJ_PROP(obj, length_slot);
	zval_ptr_dtor(slot);
	prop_value(b, PROP_LENGTH, slot);

	slot = OBJ_PROP(obj, contiguous_space_slot);
	zval_ptr_dtor(slot);
	prop_value(b, PROP_CONTIGUOUS_SPACE, slot);

	return zend_std_get_properties(obj);
}

static uint32_t declared_slot(const char *name)
{
	zend_property_info *info = zend_hash_str_find_ptr(&php_event_buffer_ce->properties_info, name, strlen(name));
	ZEND_ASSERT(info != NULL && !(info->flags & ZEND_ACC_STATIC));
	return info->offset;
}

/* }}} */

PHP_MINIT_FUNCTION(event_buffer)
{
	php_event_buffer_ce->create_object = buffer_create_object;

	PHP_EVENT_INIT_HANDLERS(buffer_handlers, php_event_buffer_t, buffer_free_obj);
	buffer_handlers.read_property = buffer_read_property;
	buffer_handlers.write_property = buffer_write_property;
	buffer_handlers.unset_property = buffer_unset_property;
	buffer_handlers.get_property_ptr_ptr = buffer_get_property_ptr_ptr;
	buffer_handlers.has_property = buffer_has_property;
	buffer_handlers.get_properties = buffer_get_properties;

	length_slot = declared_slot("length");
	contiguous_space_slot = declared_slot("contiguous_space");
	return SUCCESS;
}

/* {{{ Argument checks */

/* A count or position that must be >= 0. */
static bool check_non_negative(uint32_t arg, zend_long v)
{
	if (v < 0) {
		zend_argument_value_error(arg, "must be greater than or equal to 0");
		return false;
	}
	return true;
}

/* A count or position where -1 means "all" / "from the start". */
static bool check_minus_one_or_more(uint32_t arg, zend_long v)
{
	if (v < -1) {
		zend_argument_value_error(arg, "must be greater than or equal to -1");
		return false;
	}
	return true;
}

static bool check_eol_style(uint32_t arg, zend_long style)
{
	switch (style) {
		case EVBUFFER_EOL_ANY:
		case EVBUFFER_EOL_CRLF:
		case EVBUFFER_EOL_CRLF_STRICT:
		case EVBUFFER_EOL_LF:
		case EVBUFFER_EOL_NUL:
			return true;
	}
	zend_argument_value_error(arg, "must be one of the EventBuffer::EOL_* constants");
	return false;
}

/* Sets ptr to byte `pos` of buf; false when pos is past the end. */
static bool ptr_at(struct evbuffer *buf, struct evbuffer_ptr *ptr, zend_long pos)
{
	if ((zend_ulong)pos > evbuffer_get_length(buf)) {
		return false;
	}
	return evbuffer_ptr_set(buf, ptr, (size_t)pos, EVBUFFER_PTR_SET) == 0;
}

/* }}} */

ZEND_METHOD(EventBuffer, __construct)
{
	struct evbuffer *buf;

	ZEND_PARSE_PARAMETERS_NONE();
	/* create_object made the buffer already; a second call changes nothing. */
	THIS_BUFFER(buf);
	(void)buf;
}

ZEND_METHOD(EventBuffer, freeze)
{
	struct evbuffer *buf;
	bool at_front;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_BOOL(at_front)
	ZEND_PARSE_PARAMETERS_END();
	THIS_BUFFER(buf);

	RETURN_BOOL(evbuffer_freeze(buf, at_front) == 0);
}

ZEND_METHOD(EventBuffer, unfreeze)
{
	struct evbuffer *buf;
	bool at_front;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_BOOL(at_front)
	ZEND_PARSE_PARAMETERS_END();
	THIS_BUFFER(buf);

	RETURN_BOOL(evbuffer_unfreeze(buf, at_front) == 0);
}

/* lock()/unlock() take $at_front for compatibility; libevent has one lock
 * per buffer. Without enableLocking() (or thread support) they do nothing. */
ZEND_METHOD(EventBuffer, lock)
{
	struct evbuffer *buf;
	bool at_front;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_BOOL(at_front)
	ZEND_PARSE_PARAMETERS_END();
	(void)at_front;
	THIS_BUFFER(buf);

	evbuffer_lock(buf);
}

ZEND_METHOD(EventBuffer, unlock)
{
	struct evbuffer *buf;
	bool at_front;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_BOOL(at_front)
	ZEND_PARSE_PARAMETERS_END();
	(void)at_front;
	THIS_BUFFER(buf);

	evbuffer_unlock(buf);
}

ZEND_METHOD(EventBuffer, enableLocking)
{
	struct evbuffer *buf;

	ZEND_PARSE_PARAMETERS_NONE();
	THIS_BUFFER(buf);

	/* Fails only when the buffer already has a lock (enabled before, or
	 * a thread-safe bufferevent gave it one): locking is on either way. */
	(void)evbuffer_enable_locking(buf, NULL);
}

ZEND_METHOD(EventBuffer, add)
{
	struct evbuffer *buf;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	THIS_BUFFER(buf);

	RETURN_BOOL(evbuffer_add(buf, ZSTR_VAL(data), ZSTR_LEN(data)) == 0);
}

ZEND_METHOD(EventBuffer, prepend)
{
	struct evbuffer *buf;
	zend_string *data;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(data)
	ZEND_PARSE_PARAMETERS_END();
	THIS_BUFFER(buf);

	RETURN_BOOL(evbuffer_prepend(buf, ZSTR_VAL(data), ZSTR_LEN(data)) == 0);
}

/* Up to max bytes from the front (never more than the buffer holds, so a
 * huge max does not allocate a huge string), copied, drained if `drain`.
 * NULL when libevent refused (the front is frozen). */
static zend_string *take_front(struct evbuffer *buf, size_t max, bool drain)
{
	size_t len = evbuffer_get_length(buf);
	size_t n = max < len ? max : len;
	zend_string *s;
	ev_ssize_t got;

	if (n == 0) {
		return ZSTR_EMPTY_ALLOC();
	}
	s = zend_string_alloc(n, 0);
	/* copyout + drain rather than evbuffer_remove(), whose int result
	 * cannot count more than 2 GiB. */
	got = evbuffer_copyout(buf, ZSTR_VAL(s), n);
	if (got < 0 || (drain && got > 0 && evbuffer_drain(buf, (size_t)got) != 0)) {
		zend_string_efree(s);
		return NULL;
	}
	if ((size_t)got < n) {
		s = zend_string_truncate(s, (size_t)got, 0);
	}
	ZSTR_VAL(s)[got] = '\0';
	return s;
}

ZEND_METHOD(EventBuffer, read)
{
	struct evbuffer *buf;
	zend_long max_bytes;
	zend_string *s;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(max_bytes)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_non_negative(1, max_bytes)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	s = take_front(buf, (size_t)max_bytes, true);
	if (s == NULL) {
		php_event_throw("Failed to read from the buffer: its front is frozen");
		RETURN_THROWS();
	}
	RETURN_STR(s);
}

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
	if (!check_non_negative(2, max_bytes)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	s = take_front(buf, (size_t)max_bytes, false);
	if (s == NULL) {
		RETURN_LONG(-1);
	}
	RETVAL_LONG((zend_long)ZSTR_LEN(s));
	ZEND_TRY_ASSIGN_REF_STR(zdata, s);
}

/* drain()/expand(): `op` with a non-negative length. */
static void length_op(INTERNAL_FUNCTION_PARAMETERS, int (*op)(struct evbuffer *, size_t))
{
	struct evbuffer *buf;
	zend_long len;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(len)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_non_negative(1, len)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	RETURN_BOOL(op(buf, (size_t)len) == 0);
}

ZEND_METHOD(EventBuffer, drain)
{
	length_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_drain);
}

ZEND_METHOD(EventBuffer, expand)
{
	length_op(INTERNAL_FUNCTION_PARAM_PASSTHRU, evbuffer_expand);
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
	THIS_BUFFER(buf);
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

ZEND_METHOD(EventBuffer, appendFrom)
{
	struct evbuffer *buf, *other;
	zval *zother;
	zend_long len;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zother, php_event_buffer_ce)
		Z_PARAM_LONG(len)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_non_negative(2, len)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);
	if ((other = php_event_buffer_get(zother)) == NULL) {
		RETURN_THROWS();
	}
	if (other == buf) {
		RETURN_LONG(0);
	}
	RETURN_LONG(move_front(buf, other, (size_t)len));
}

ZEND_METHOD(EventBuffer, readLine)
{
	struct evbuffer *buf;
	zend_long eol_style;
	size_t len;
	char *line;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(eol_style)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_eol_style(1, eol_style)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	line = evbuffer_readln(buf, &len, (enum evbuffer_eol_style)eol_style);
	if (line == NULL) {
		RETURN_NULL();
	}
	RETVAL_STRINGL(line, len);
	free(line);
}

ZEND_METHOD(EventBuffer, search)
{
	struct evbuffer *buf;
	zend_string *what;
	zend_long start = -1, end = -1;
	struct evbuffer_ptr start_ptr, end_ptr, found;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(what)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(start)
		Z_PARAM_LONG(end)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_minus_one_or_more(2, start) || !check_minus_one_or_more(3, end)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	if (start == -1) {
		start = 0;
	}
	if (!ptr_at(buf, &start_ptr, start)) {
		RETURN_FALSE;
	}
	if (end == -1) {
		found = evbuffer_search_range(buf, ZSTR_VAL(what), ZSTR_LEN(what), &start_ptr, NULL);
	} else {
		/* An end past the data is the end of the data. */
		if ((zend_ulong)end > evbuffer_get_length(buf)) {
			end = (zend_long)evbuffer_get_length(buf);
		}
		if (end < start || !ptr_at(buf, &end_ptr, end)) {
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
	if (!check_minus_one_or_more(1, start) || !check_eol_style(2, eol_style)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	if (!ptr_at(buf, &start_ptr, start == -1 ? 0 : start)) {
		RETURN_FALSE;
	}
	found = evbuffer_search_eol(buf, &start_ptr, &eol_len, (enum evbuffer_eol_style)eol_style);
	if (found.pos < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG((zend_long)found.pos);
}

ZEND_METHOD(EventBuffer, pullup)
{
	struct evbuffer *buf;
	zend_long size;
	size_t len;
	unsigned char *mem;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(size)
	ZEND_PARSE_PARAMETERS_END();
	THIS_BUFFER(buf);

	len = evbuffer_get_length(buf);
	/* A negative size means the whole buffer (documented). */
	if (size < 0) {
		size = (zend_long)len;
	}
	if ((zend_ulong)size > len) {
		RETURN_NULL();
	}
	if (size == 0) {
		RETURN_EMPTY_STRING();
	}
	mem = evbuffer_pullup(buf, (ev_ssize_t)size);
	if (mem == NULL) {
		php_event_throw("Failed to make %" ZEND_LONG_FMT_SPEC " bytes of the buffer contiguous", size);
		RETURN_THROWS();
	}
	RETURN_STRINGL((char *)mem, (size_t)size);
}

ZEND_METHOD(EventBuffer, substr)
{
	struct evbuffer *buf;
	zend_long start, length = -1;
	struct evbuffer_ptr ptr;
	size_t avail, n;
	zend_string *s;
	ev_ssize_t got;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(start)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(length)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_non_negative(1, start) || !check_minus_one_or_more(2, length)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);

	if (!ptr_at(buf, &ptr, start)) {
		RETURN_FALSE;
	}
	avail = evbuffer_get_length(buf) - (size_t)start;
	n = (length == -1 || (zend_ulong)length > avail) ? avail : (size_t)length;
	if (n == 0) {
		RETURN_EMPTY_STRING();
	}
	s = zend_string_alloc(n, 0);
	got = evbuffer_copyout_from(buf, &ptr, ZSTR_VAL(s), n);
	if (got < 0) {
		zend_string_efree(s);
		RETURN_FALSE;
	}
	if ((size_t)got < n) {
		s = zend_string_truncate(s, (size_t)got, 0);
	}
	ZSTR_VAL(s)[got] = '\0';
	RETURN_STR(s);
}

ZEND_METHOD(EventBuffer, write)
{
	struct evbuffer *buf;
	zval *zfd;
	zend_long howmuch = -1;
	evutil_socket_t fd;
	int written;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(howmuch)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_minus_one_or_more(2, howmuch)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);
	if ((fd = php_event_zval_to_fd(zfd, 0)) < 0) {
		RETURN_THROWS();
	}

	/* libevent reports an empty write as an error; it is not one. */
	if (howmuch == 0 || evbuffer_get_length(buf) == 0) {
		RETURN_LONG(0);
	}
	written = evbuffer_write_atmost(buf, fd, howmuch == -1 ? (ev_ssize_t)-1 : (ev_ssize_t)howmuch);
	if (written < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(written);
}

ZEND_METHOD(EventBuffer, readFrom)
{
	struct evbuffer *buf;
	zval *zfd;
	zend_long howmuch = -1;
	evutil_socket_t fd;
	int got;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(zfd)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(howmuch)
	ZEND_PARSE_PARAMETERS_END();
	if (!check_minus_one_or_more(2, howmuch)) {
		RETURN_THROWS();
	}
	THIS_BUFFER(buf);
	if ((fd = php_event_zval_to_fd(zfd, 0)) < 0) {
		RETURN_THROWS();
	}

	if (howmuch == 0) {
		RETURN_LONG(0);
	}
	/* libevent reads at most what one read can deliver (bounded by its
	 * internal per-read limit), never more than howmuch. */
	got = evbuffer_read(buf, fd, (howmuch == -1 || howmuch > INT_MAX) ? -1 : (int)howmuch);
	if (got < 0) {
		RETURN_FALSE;
	}
	RETURN_LONG(got);
}
