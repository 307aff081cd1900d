/* PLACEHOLDER */
#include "php_event.h"
