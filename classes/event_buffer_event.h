#ifndef PHP_EVENT_BUFFER_EVENT_CLASS_H
#define PHP_EVENT_BUFFER_EVENT_CLASS_H

/* EventBufferEvent: see event_buffer_event.c for what it owns and when it
 * is freed. */
typedef struct {
	struct bufferevent *bev;    /* NULL once freed or disowned */
	bool borrowed;              /* owned by an evhttp connection */
	php_event_dep dep;          /* on the EventBase */
	php_event_cb readcb;
	php_event_cb writecb;
	php_event_cb eventcb;
	zval input;                 /* cached EventBuffer objects, IS_UNDEF until asked for */
	zval output;
	zval ssl_ctx;               /* the EventSslContext of an SSL bufferevent, if any */
	zval underlying;            /* the EventBufferEvent under an SSL filter, if any */
	int dns_error;              /* from the last connectHost() */
	zval fd_owner;              /* the PHP stream or Socket the descriptor came from, or UNDEF */
	bool close_owner_on_free;   /* OPT_CLOSE_ON_FREE given with fd_owner: we close it, not libevent */
	/* A number that was not open, given to sslSocket() without
	 * OPT_CLOSE_ON_FREE: libevent holds it as is (there was nothing to
	 * duplicate), and must not close it (it may name another file by
	 * then); -1 otherwise */
	evutil_socket_t unowned_fd;
	zend_object std;
} php_event_bevent_t;

PHP_EVENT_FROM_OBJ(php_event_bevent_t, bevent)

#define Z_EVENT_BEVENT_P(zv) php_event_bevent_from_obj(Z_OBJ_P(zv))

/* Makes return_value a new EventBufferEvent that owns bev (freed with the
 * object), attached to the EventBase object base_obj. For the SSL
 * constructors (sslSocket, createSslFilter), which live in their own file. */
php_event_bevent_t *php_event_bevent_create(zval *return_value, zend_object *base_obj, struct bufferevent *bev);

/* A new EventBufferEvent object for a bufferevent that evhttp owns. */
zend_object *php_event_bevent_wrap_borrowed(struct bufferevent *bev, zend_object *base_obj);

/* The owner of a borrowed bufferevent is freeing it: the object becomes
 * "freed" (its methods throw), its cached buffers too. */
void php_event_bevent_disown(zend_object *obj);

/* The object of $this, or NULL after PECL event's "Buffer Event is not
 * initialized" warning when it has no bufferevent. */
php_event_bevent_t *php_event_bevent_live(zval *zthis);

#endif
